/**
 * Saved reports survive a failed write (quota), an interrupted import and an
 * export/import round trip of 1,000 reports. (The schema upgrade is covered by
 * workspace-store.test.ts "opens a database written by version 1".)
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { CHECKLIST_IDS, STATUSES, type ChecklistId, type Report, type Status } from '../../analyzers/types';
import { browserDeps } from '../../entrypoints/background';
import { handleMessage } from '../../entrypoints/background/handler';
import { clearAll, exportAll, importAll, saveVendor, setOverride } from '../../components/workspace/store';
import { createDb, getDb, saveReport, type LacunaDb } from '../../storage/db';
import { isQuotaError } from '../../storage/errors';
import { bundleToJson, type WorkspaceBundle } from '../../workspace/bundle';
import { sampleReport } from '../../workspace/sample';
import { parseBundle } from '../../workspace/validate';
import { abortAfterWrite, quotaError, snapshot } from '../helpers/storage-faults';

let n = 0;
const freshName = () => `safety-test-${Date.now()}-${n++}`;


/** Makes every write to the reports table fail with a quota error while `on()` is true (a creating hook, run inside the write's transaction). */
function failReportWrites(db: LacunaDb, on: () => boolean = () => true) {
  const hook = () => {
    if (on()) throw quotaError();
  };
  db.reports.hook('creating', hook);
  return () => db.reports.hook('creating').unsubscribe(hook);
}

describe('a write that fails for lack of space (QuotaExceededError)', () => {
  it('rejects, leaves the database exactly as it was (no site without its report), and the next save works', async () => {
    const db = createDb(freshName());
    await saveReport(sampleReport({ url: 'https://a.example/privacy', hash: '1'.repeat(64) }), db);
    await saveVendor({ origin: 'https://a.example', name: 'A', tags: ['t'], notes: '' }, db);
    const before = await snapshot(db);

    const restore = failReportWrites(db);
    // A new site: the site row is written first, then the report write fails: the site row must go too.
    await expect(saveReport(sampleReport({ url: 'https://new.example/privacy', hash: '2'.repeat(64) }), db)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    // A new version of a known page: no version 2 may appear.
    await expect(saveReport(sampleReport({ url: 'https://a.example/privacy', hash: '3'.repeat(64), analyzedAt: '2026-11-02T00:00:00.000Z' }), db)).rejects.toSatisfy(isQuotaError);
    expect(await snapshot(db)).toEqual(before);
    restore();

    // Space freed: the same saves now go through, with the numbers they would have had.
    expect(await saveReport(sampleReport({ url: 'https://new.example/privacy', hash: '2'.repeat(64) }), db)).toMatchObject({ version: 1, created: true });
    expect(await saveReport(sampleReport({ url: 'https://a.example/privacy', hash: '3'.repeat(64), analyzedAt: '2026-11-02T00:00:00.000Z' }), db)).toMatchObject({ version: 2, created: true });
    const after = await snapshot(db);
    expect(after.sites.map((s) => s.origin)).toEqual(['https://a.example', 'https://new.example']);
    expect(after.reports.map((r) => [r.url, r.version])).toEqual([
      ['https://a.example/privacy', 1],
      ['https://new.example/privacy', 1],
      ['https://a.example/privacy', 2],
    ]);
    db.close();
  });

  it('also when the browser aborts the whole transaction at commit (the other way quota errors arrive)', async () => {
    const db = createDb(freshName());
    await saveReport(sampleReport({ url: 'https://a.example/privacy', hash: '1'.repeat(64) }), db);
    const before = await snapshot(db);
    // The write request itself succeeds; then the browser aborts the transaction.
    const restore = abortAfterWrite(db.reports);
    const error = await saveReport(sampleReport({ url: 'https://b.example/privacy', hash: '2'.repeat(64) }), db).catch((e: unknown) => e);
    restore();
    expect(error).toMatchObject({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(isQuotaError(error)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  it('recognises the shapes a quota failure takes (raw DOMException, Dexie wrapper, abort with inner cause, bulk failure, old Firefox)', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Transaction aborted', inner: quotaError() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', message: '1 of 2 operations failed', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe(true);
    expect(isQuotaError(new Error('A report needs source.contentHash to be stored'))).toBe(false);
    expect(isQuotaError(new DOMException('Key already exists', 'ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('the background tells the user when storage is full', () => {
  const executeScript = vi.fn();
  const POLICY = [
    'Privacy Policy',
    'Harbour Mill Software Ltd, 2 Quay Street, Leeds, is the controller of your personal data.',
    'Write to privacy@harbourmill.example with any question.',
    'We use your data to provide the service under our contract with you.',
  ].join('\n');
  let restore: () => void = () => undefined;

  beforeEach(async () => {
    fakeBrowser.reset();
    executeScript.mockReset();
    (browser as unknown as { scripting: unknown }).scripting = { executeScript };
    await clearAll(getDb());
  });
  afterEach(() => restore());

  it('answers storage-failed with the "storage is full" message, stores nothing, and a retry after space is freed saves', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://harbourmill.example/privacy' });
    executeScript.mockResolvedValue([{ frameId: 0, result: { text: POLICY, title: 'Privacy', url: 'https://harbourmill.example/privacy', method: 'readability' } }]);
    restore = failReportWrites(getDb());

    const res = await handleMessage({ type: 'analyze-tab', tabId: tab.id! }, browserDeps());
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'storage-failed',
        message: "Your browser's storage for Lacuna is full: the report was not saved. Export and delete old reports, then try again.",
      },
    });
    expect(await getDb().reports.count()).toBe(0);
    expect(await getDb().sites.count()).toBe(0);

    restore();
    restore = () => undefined;
    expect(await handleMessage({ type: 'analyze-tab', tabId: tab.id! }, browserDeps())).toMatchObject({ ok: true, version: 1, created: true });
    expect(await getDb().reports.count()).toBe(1);
  });

  it('keeps the generic message, with the cause, for other storage failures', async () => {
    const deps = {
      extract: async () => ({ text: POLICY, title: '', url: 'https://x.example/', method: 'readability' }),
      tabUrl: async () => 'https://x.example/',
      analyze: async () => sampleReport({ url: 'https://x.example/' }),
      save: vi.fn().mockRejectedValue(new DOMException('Database has been closed', 'InvalidStateError')),
    };
    expect(await handleMessage({ type: 'analyze-tab', tabId: 1 }, deps)).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: 'The report could not be saved: Database has been closed' },
    });
  });
});

describe('reports read through a #fragment link', () => {
  it('export to a file that import accepts (the export files them without the fragment)', async () => {
    const db = createDb(freshName());
    await saveReport(sampleReport({ url: 'https://a.example/legal#privacy', hash: '1'.repeat(64) }), db);
    const bundle = await exportAll(db);
    expect(bundle.reports[0]).toMatchObject({ url: 'https://a.example/legal', report: { source: { url: 'https://a.example/legal#privacy' } } });
    const parsed = parseBundle(bundleToJson(bundle));
    expect(parsed.ok).toBe(true);
    // A url that is not the report's page is still refused.
    bundle.reports[0]!.url = 'https://a.example/other';
    expect(parseBundle(bundleToJson(bundle))).toMatchObject({ ok: false, error: expect.stringMatching(/reports\[0\]\.url: differs/) });
    db.close();
  });
});

describe('the same text analysed again with other findings (an analyzer update)', () => {
  it('is a version of its own through export and import too, and re-importing adds nothing', async () => {
    const url = 'https://a.example/privacy';
    const v1 = sampleReport({ url, hash: '1'.repeat(64), analyzedAt: '2026-11-01T00:00:00.000Z', statuses: { retention: 'missing' } });
    const v2 = sampleReport({ url, hash: '1'.repeat(64), analyzedAt: '2026-11-02T00:00:00.000Z' });
    const db = createDb(freshName());
    await saveReport(v1, db);
    expect((await saveReport(v2, db)).version).toBe(2);
    const bundle = await exportAll(db);
    await clearAll(db);
    expect(await importAll(bundle, db)).toMatchObject({ reportsAdded: 2, reportsSkipped: 0 });
    expect((await db.reports.orderBy('id').toArray()).map((r) => [r.version, r.report])).toEqual([[1, v1], [2, v2]]);
    expect(await importAll(bundle, db)).toMatchObject({ reportsAdded: 0, reportsSkipped: 2 });
    // Into a database that holds only the first analysis: only the second is added, as version 2.
    await clearAll(db);
    await saveReport(v1, db);
    expect(await importAll(bundle, db)).toMatchObject({ reportsAdded: 1, reportsSkipped: 1 });
    expect((await db.reports.orderBy('id').toArray()).map((r) => [r.version, r.report.source.analyzedAt])).toEqual([[1, v1.source.analyzedAt], [2, v2.source.analyzedAt]]);
    db.close();
  });
});

describe('versions whose analysis times are out of order (the clock was set back between two analyses)', () => {
  it('keep their version numbers through export and import', async () => {
    const url = 'https://a.example/privacy';
    const db = createDb(freshName());
    await saveReport(sampleReport({ url, hash: '1'.repeat(64), analyzedAt: '2026-11-02T10:00:00.000Z' }), db);
    await saveReport(sampleReport({ url, hash: '2'.repeat(64), analyzedAt: '2026-11-02T09:59:00.000Z' }), db);
    await saveReport(sampleReport({ url: 'https://b.example/p', hash: '3'.repeat(64), analyzedAt: '2026-11-01T00:00:00.000Z' }), db);
    const versions = async () => (await db.reports.orderBy('[url+version]').toArray()).map((r) => [r.url, r.version, r.contentHash[0]]);
    const before = await versions();
    const bundle = await exportAll(db);
    await clearAll(db);
    await importAll(bundle, db);
    expect(await versions()).toEqual(before);
    expect(await exportAll(db, new Date(bundle.exportedAt))).toEqual(bundle);
    db.close();
  });
});

// ---------------------------------------------------------------------------
// 1,000 varied reports

const TEXTS = [
  'We keep invoices for ten years.',
  'Nous conservons vos données pendant trois ans après la fin du contrat.',
  'Wir speichern Ihre Daten höchstens 24 Monate; Löschung erfolgt automatisch.',
  'Contact: dpo@exämple.test — “quoted”, emoji 🧾🔒, combining e\u0301, RTL שלום, CJK 個人情報.',
  'Line one\twith a tab, a NUL \u0000 and a lone surrogate \ud800 in the middle.',
];

/** Deterministic pseudo-random numbers (a test must be repeatable). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * 1,000 reports over 12 origins and 60 pages: up to ~17 versions per page with
 * increasing analysis times, some pages read through a #fragment link, some
 * re-analyses of the same text whose findings changed (same contentHash, new
 * version), unicode in quotes, names and notes, evidence with offsets.
 */
function generateReports(count: number): Report[] {
  const rand = rng(42);
  const out: Report[] = [];
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const lastHash = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const page = i % 60;
    const origin = `https://vendor-${page % 12}.example`;
    const path = page < 12 ? '/privacy' : `/legal/${page}/datenschutz-${'é'.repeat(page % 3)}`;
    const fragment = i % 7 === 0 ? '#section-3' : '';
    const url = `${origin}${path}${fragment}`;
    const pageKey = `${origin}${path}`;
    // Every fifth version re-analyses the previous text with other findings (an analyzer update).
    const reuse = i % 5 === 4 && lastHash.has(pageKey);
    const hash = reuse ? lastHash.get(pageKey)! : (i + 1).toString(16).padStart(64, '0');
    lastHash.set(pageKey, hash);
    const statuses: Partial<Record<ChecklistId, Status>> = {};
    for (const id of CHECKLIST_IDS) if (rand() < 0.3) statuses[id] = pick(STATUSES);
    const analyzedAt = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    const text = `${pick(TEXTS)} #${i}`;
    const report = sampleReport({ url, hash, analyzedAt, statuses, text, name: i % 11 === 0 ? null : `Vendor ${page} GmbH & Co. KG “${pick(['Ä', 'ø', 'ł', '中'])}”` });
    report.language = pick(['en', 'fr', 'de', 'nl', 'it', 'es']);
    report.isPrivacyPolicy = i % 13 !== 0;
    report.source.title = `Privacy — ${page} ${pick(TEXTS).slice(0, 20)}`;
    report.retention = [{ duration: i % 2 ? 'P3Y' : 'P90D', text: text.slice(0, 12), evidence: [{ quote: text, start: 100 + i, end: 100 + i + text.length }] }];
    report.recipients = i % 3 ? [{ name: 'payment processors', evidence: [{ quote: 'payment processors', start: i, end: i + 18 }] }] : [];
    out.push(report);
  }
  return out;
}

async function fillWorkspace(db: LacunaDb, reports: Report[]) {
  for (const r of reports) await saveReport(r, db);
  for (let v = 0; v < 12; v++) {
    await saveVendor({ origin: `https://vendor-${v}.example`, name: `Vendor ${v} — Ünïcødé 🏷️`, tags: [`tier ${v % 3}`, 'project: α'], notes: v % 2 ? '' : `Checked by the DPO.\nSecond line, « guillemets », ${'x'.repeat(v * 10)}` }, db);
  }
  const items = CHECKLIST_IDS.slice(0, 5);
  for (let p = 0; p < 30; p++) {
    const path = p < 12 ? '/privacy' : `/legal/${p}/datenschutz-${'é'.repeat(p % 3)}`;
    await setOverride(`https://vendor-${p % 12}.example${path}`, items[p % items.length]!, STATUSES[p % STATUSES.length]!, `Kommentar ${p}: “vérifié” ✔`, db);
  }
}

describe('export / import round trip of 1,000 reports', () => {
  it('loses and changes nothing: the re-export equals the export and every stored report equals the original', async () => {
    const originals = generateReports(1000);
    const db = createDb(freshName());
    const t0 = performance.now();
    await fillWorkspace(db, originals);
    const t1 = performance.now();
    const stored = await db.reports.count();
    // Every generated report is a distinct version (different text or different findings): all stored.
    expect(stored).toBe(1000);

    const now = new Date('2026-11-22T00:00:00.000Z');
    const first = await exportAll(db, now);
    const json = bundleToJson(first);
    const t2 = performance.now();
    const parsed = parseBundle(json);
    if (!parsed.ok) throw new Error(parsed.error);
    await clearAll(db);
    expect(await db.reports.count()).toBe(0);
    const summary = await importAll(parsed.bundle, db);
    const t3 = performance.now();
    expect(summary).toEqual({ reportsAdded: 1000, reportsSkipped: 0, vendors: 12, overrides: 30 });

    const second = await exportAll(db, now);
    // exportedAt is the only field regenerated by design; it is pinned by `now` here, so the files are byte-identical.
    expect(second).toEqual(first);
    expect(bundleToJson(second)).toBe(json);
    expect(first.reports).toHaveLength(1000);

    // Every stored report is the original, field for field (JSON round trip included: unicode, NUL, lone surrogate).
    const rows = await db.reports.toArray();
    const byKey = (r: Report) => `${r.source.url} ${r.source.analyzedAt}`;
    const want = new Map(originals.map((r) => [byKey(r), r]));
    expect(rows).toHaveLength(1000);
    for (const row of rows) expect(row.report).toStrictEqual(want.get(byKey(row.report)));
    // Versions are renumbered identically: same (url, version) -> same report as before the round trip.
    expect(second.reports.map((r) => [r.url, r.report.source.analyzedAt])).toEqual(first.reports.map((r) => [r.url, r.report.source.analyzedAt]));
    const t4 = performance.now();
    // The same file again: every row is already there (same URL, text and findings), nothing is added.
    expect(await importAll(parsed.bundle, db)).toMatchObject({ reportsAdded: 0, reportsSkipped: 1000 });
    expect(await db.reports.count()).toBe(1000);
    const t5 = performance.now();
    console.log(
      `round trip of 1,000 reports: save ${(t1 - t0).toFixed(0)} ms, export+JSON ${(t2 - t1).toFixed(0)} ms (${(json.length / 1e6).toFixed(1)} MB), parse+clear+import ${(t3 - t2).toFixed(0)} ms, re-export+checks ${(t4 - t3).toFixed(0)} ms, re-import of the same file (all skipped) ${(t5 - t4).toFixed(0)} ms`,
    );
    db.close();
  }, 60_000);
});

describe('an import interrupted half-way', () => {
  it('changes nothing when the 500th of 1,000 report rows fails to be written', async () => {
    const source = createDb(freshName());
    await fillWorkspace(source, generateReports(1000));
    const bundle: WorkspaceBundle = await exportAll(source);
    source.close();

    const db = createDb(freshName());
    // The target already holds some work of its own.
    await saveReport(sampleReport({ url: 'https://mine.example/privacy', hash: 'f'.repeat(64) }), db);
    await saveVendor({ origin: 'https://vendor-1.example', name: 'My own name for vendor 1', tags: ['mine'], notes: 'do not lose' }, db);
    await setOverride('https://mine.example/privacy', 'retention', 'partial', 'mine', db);
    const before = await snapshot(db);

    let rowsWritten = 0;
    const restore = failReportWrites(db, () => ++rowsWritten === 500);
    const t0 = performance.now();
    const error = await importAll(bundle, db).catch((e: unknown) => e);
    console.log(`interrupted import of 1,000 reports failed and rolled back in ${(performance.now() - t0).toFixed(0)} ms`);
    restore();
    expect(rowsWritten).toBeGreaterThanOrEqual(500);
    expect(isQuotaError(error)).toBe(true);
    expect(await snapshot(db)).toEqual(before);

    // The same import, retried once the cause is gone, goes through whole.
    expect((await importAll(bundle, db)).reportsAdded).toBe(1000);
    expect(await db.reports.count()).toBe(1001);
    db.close();
  }, 60_000);
});
