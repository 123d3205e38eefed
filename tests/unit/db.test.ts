import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKLIST_IDS, SCHEMA_VERSION, type Report } from '../../analyzers/types';
import {
  createDb,
  latestReportByUrl,
  normalizeUrl,
  originOf,
  reportHistory,
  saveReport,
  type LacunaDb,
} from '../../storage/db';

function makeReport(url: string, contentHash: string, score = 50, analyzedAt = '2026-11-22T10:00:00.000Z'): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { url, title: 'Privacy', analyzedAt, contentHash },
    language: 'en',
    isPrivacyPolicy: true,
    controller: { name: 'Example Ltd', address: null, emails: [], phones: [], registrationNumber: null, evidence: [] },
    dpo: { mentioned: false, emails: [], evidence: [] },
    legalBases: [],
    rights: [],
    retention: [],
    transfers: { outsideEEA: null, countries: [], safeguards: [], evidence: [] },
    recipients: [],
    checklist: CHECKLIST_IDS.map((id) => ({ id, article: '13', status: 'missing' as const, evidence: [], note: 'x' })),
    score,
  };
}

let db: LacunaDb;
let n = 0;

beforeEach(() => {
  db = createDb(`lacuna-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('normalizeUrl / originOf', () => {
  it.each([
    ['https://example.com/privacy#cookies', 'https://example.com/privacy'],
    ['https://example.com/privacy?lang=fr', 'https://example.com/privacy?lang=fr'],
    ['not a url', 'not a url'],
  ])('normalizeUrl(%s) -> %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each([
    ['https://example.com:8443/a/b', 'https://example.com:8443'],
    ['file:///tmp/policy.html', 'file://'],
  ])('originOf(%s) -> %s', (input, expected) => {
    expect(originOf(input)).toBe(expected);
  });
});

describe('saveReport', () => {
  it('stores a report under its site and URL, version 1', async () => {
    const res = await saveReport(makeReport('https://a.example/privacy', 'h1'), db);
    expect(res).toMatchObject({ version: 1, created: true });
    const row = await latestReportByUrl('https://a.example/privacy', db);
    expect(row?.report.source.contentHash).toBe('h1');
    expect(row?.isPrivacyPolicy).toBe(1);
    const sites = await db.sites.toArray();
    expect(sites.map((s) => s.origin)).toEqual(['https://a.example']);
    expect(row?.siteId).toBe(sites[0]?.id);
  });

  it('does not duplicate the same text at the same URL', async () => {
    const first = await saveReport(makeReport('https://a.example/privacy', 'h1'), db);
    const again = await saveReport(makeReport('https://a.example/privacy#top', 'h1', 50, '2026-11-23T10:00:00.000Z'), db);
    expect(again).toEqual({ id: first.id, version: 1, created: false });
    expect(await db.reports.count()).toBe(1);
  });

  it('adds a version for the same text when the findings changed (analyzers updated), then dedupes again', async () => {
    await saveReport(makeReport('https://a.example/privacy', 'h1', 40), db);
    const better = await saveReport(makeReport('https://a.example/privacy', 'h1', 55), db);
    expect(better).toMatchObject({ version: 2, created: true });
    const again = await saveReport(makeReport('https://a.example/privacy', 'h1', 55, '2026-12-01T00:00:00.000Z'), db);
    expect(again).toEqual({ id: better.id, version: 2, created: false });
    // Re-running the old analyzers on the same text finds the old row, not a third one.
    expect((await saveReport(makeReport('https://a.example/privacy', 'h1', 40), db)).version).toBe(1);
    expect(await db.reports.count()).toBe(2);
  });

  it('adds a version when the text changed, and latest is the newest', async () => {
    await saveReport(makeReport('https://a.example/privacy', 'h1', 40), db);
    const second = await saveReport(makeReport('https://a.example/privacy', 'h2', 70), db);
    expect(second).toMatchObject({ version: 2, created: true });
    const latest = await latestReportByUrl('https://a.example/privacy', db);
    expect(latest?.version).toBe(2);
    expect(latest?.score).toBe(70);
    expect((await reportHistory('https://a.example/privacy', db)).map((r) => r.contentHash)).toEqual(['h1', 'h2']);
  });

  it('keeps pages apart and shares the site row between pages of one origin', async () => {
    await saveReport(makeReport('https://a.example/privacy', 'h1', 40), db);
    await saveReport(makeReport('https://a.example/cookies', 'h1', 10), db);
    await saveReport(makeReport('https://b.example/privacy', 'h9', 90), db);
    expect(await db.sites.count()).toBe(2);
    expect((await latestReportByUrl('https://a.example/cookies', db))?.score).toBe(10);
    expect((await latestReportByUrl('https://b.example/privacy', db))?.version).toBe(1);
    expect(await latestReportByUrl('https://c.example/privacy', db)).toBeUndefined();
  });

  it('refuses error reports and reports without a content hash', async () => {
    await expect(saveReport({ ...makeReport('https://a.example/', 'h'), error: 'boom' }, db)).rejects.toThrow(/error report/);
    await expect(saveReport(makeReport('https://a.example/', ''), db)).rejects.toThrow(/contentHash/);
    expect(await db.reports.count()).toBe(0);
  });
});
