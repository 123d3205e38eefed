import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { clearAll, exportAll, importAll, latestReports, overridesFor, saveVendor, setOverride, clearOverride } from '../../components/workspace/store';
import { createDb, saveReport } from '../../storage/db';
import { parseBundle } from '../../workspace/validate';
import { bundleToJson } from '../../workspace/bundle';
import { sampleReport } from '../../workspace/sample';

let n = 0;
const freshName = () => `ws-test-${Date.now()}-${n++}`;

describe('schema version 2 upgrade', () => {
  it('opens a database written by version 1 and finds every report intact', async () => {
    const name = freshName();
    // A database as version 1 of storage/db.ts wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      sites: '++id, &origin',
      reports: '++id, siteId, url, contentHash, analyzedAt, [url+contentHash], [url+version]',
    });
    const reports = [1, 2, 3].map((i) => sampleReport({ url: `https://v${i % 2}.example/privacy`, hash: String(i).repeat(64) }));
    await v1.table('sites').bulkAdd([{ origin: 'https://v0.example', firstSeenAt: 'x' }, { origin: 'https://v1.example', firstSeenAt: 'x' }]);
    await v1.table('reports').bulkAdd(
      reports.map((r, i) => ({ siteId: (i % 2) + 1, url: r.source.url, version: 1, contentHash: r.source.contentHash, analyzedAt: r.source.analyzedAt, score: r.score, language: 'en', isPrivacyPolicy: 1, report: r })),
    );
    v1.close();

    const db = createDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.reports.orderBy('id').toArray();
    expect(rows.map((r) => r.report)).toEqual(reports);
    expect((await db.vendors.toArray()).map((v) => [v.origin, v.name, v.tags])).toEqual([
      ['https://v0.example', '', []],
      ['https://v1.example', '', []],
    ]);
    expect(await db.overrides.count()).toBe(0);
    db.close();
  });
});

describe('workspace store', () => {
  it('keeps overrides across re-analyses of the same URL', async () => {
    const db = createDb(freshName());
    const url = 'https://vendor.example/privacy';
    await saveReport(sampleReport({ url, hash: '1'.repeat(64) }), db);
    await setOverride(url, 'retention', 'partial', 'only vague criteria', db);
    await saveReport(sampleReport({ url, hash: '2'.repeat(64), analyzedAt: '2026-11-05T00:00:00.000Z' }), db);
    const latest = await latestReports(db);
    expect(latest.map((r) => [r.version, r.versions])).toEqual([[2, 2]]);
    expect((await overridesFor(url, db)).map((o) => [o.itemId, o.status, o.comment])).toEqual([['retention', 'partial', 'only vague criteria']]);
    await clearOverride(url, 'retention', db);
    expect(await overridesFor(url, db)).toEqual([]);
  });

  it('exports everything and re-imports it into a cleared database', async () => {
    const db = createDb(freshName());
    await saveReport(sampleReport({ url: 'https://a.example/p', hash: '1'.repeat(64) }), db);
    await saveReport(sampleReport({ url: 'https://a.example/p', hash: '2'.repeat(64), analyzedAt: '2026-11-03T00:00:00.000Z' }), db);
    await saveReport(sampleReport({ url: 'https://b.example/p', hash: '3'.repeat(64) }), db);
    await saveVendor({ origin: 'https://a.example', name: 'Vendor A', tags: ['tier 1'], notes: 'checked' }, db);
    await setOverride('https://a.example/p', 'purposes', 'partial', 'vague', db);
    const bundle = await exportAll(db);
    const parsed = parseBundle(bundleToJson(bundle));
    expect(parsed.ok).toBe(true);
    await clearAll(db);
    expect(await db.reports.count()).toBe(0);
    const summary = await importAll(bundle, db);
    expect(summary).toEqual({ reportsAdded: 3, reportsSkipped: 0, vendors: 1, overrides: 1 });
    expect((await latestReports(db)).map((r) => [r.url, r.version])).toEqual([['https://a.example/p', 2], ['https://b.example/p', 1]]);
    // Importing the same file again adds no duplicate.
    expect((await importAll(bundle, db)).reportsAdded).toBe(0);
  });

  it('files imported reports exactly as saveReport does', async () => {
    const reports = [
      sampleReport({ url: 'https://a.example/p#top', hash: '1'.repeat(64), analyzedAt: '2026-11-01T00:00:00.000Z' }),
      sampleReport({ url: 'https://a.example/p', hash: '2'.repeat(64), analyzedAt: '2026-11-02T00:00:00.000Z' }),
      sampleReport({ url: 'https://a.example/p', hash: '1'.repeat(64), analyzedAt: '2026-11-03T00:00:00.000Z' }),
      sampleReport({ url: 'https://b.example/q', hash: '3'.repeat(64), analyzedAt: '2026-11-04T00:00:00.000Z' }),
    ];
    const viaSave = createDb(freshName());
    await saveReport(sampleReport({ url: 'https://a.example/p', hash: '0'.repeat(64), analyzedAt: '2026-10-01T00:00:00.000Z' }), viaSave);
    for (const r of reports) await saveReport(r, viaSave);
    const viaImport = createDb(freshName());
    await saveReport(sampleReport({ url: 'https://a.example/p', hash: '0'.repeat(64), analyzedAt: '2026-10-01T00:00:00.000Z' }), viaImport);
    const summary = await importAll({ format: 'lacuna-workspace', formatVersion: 1, exportedAt: '', vendors: [], overrides: [], reports: reports.map((report) => ({ url: report.source.url, origin: '', report })) }, viaImport);
    expect(summary.reportsAdded).toBe(3);
    const strip = (rows: Array<{ id: number }>) => rows.map(({ id: _id, ...rest }) => rest);
    expect(strip(await viaImport.reports.orderBy('id').toArray())).toEqual(strip(await viaSave.reports.orderBy('id').toArray()));
    expect(strip(await viaImport.sites.orderBy('id').toArray())).toEqual(strip(await viaSave.sites.orderBy('id').toArray()));
  });

  it('changes nothing when an import fails half-way', async () => {
    const db = createDb(freshName());
    await saveReport(sampleReport({ url: 'https://a.example/p', hash: '1'.repeat(64) }), db);
    const bundle = await exportAll(db);
    const bad = sampleReport({ url: 'https://c.example/p', hash: '' }); // saveReport refuses a report without hash
    bundle.reports.push({ url: 'https://z.example/p', origin: 'https://z.example', report: sampleReport({ url: 'https://z.example/p', hash: '9'.repeat(64) }) });
    bundle.reports.push({ url: bad.source.url, origin: 'https://c.example', report: bad });
    bundle.vendors.push({ origin: 'https://z.example', name: 'Z', tags: [], notes: '' });
    await expect(importAll(bundle, db)).rejects.toThrow(/contentHash/);
    expect(await db.reports.count()).toBe(1);
    expect(await db.sites.count()).toBe(1);
    expect(await db.vendors.count()).toBe(0);
  });
});
