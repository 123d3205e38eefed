/**
 * The extension's database (IndexedDB through Dexie). This is the only module
 * that imports dexie; entrypoints and components use the functions below.
 *
 * Schema history and upgrade path
 * -------------------------------
 * version(1) (issue 1/5):
 *   sites    one row per origin (https://example.com) a policy was read from.
 *   reports  one row per analysed version of a page: the full Report JSON plus
 *            the columns we query on. Re-analysing a URL whose text changed adds
 *            a row with version + 1; the same text (same contentHash) at the same
 *            URL with the same findings adds nothing, so the history holds one row
 *            per distinct text (and per analyzer change that altered its findings).
 *
 * version(2) (issue 3/5), additive:
 *   vendors    '&origin, name, *tags'   { origin, name, tags[], notes, updatedAt }: the
 *              auditor's name, tags (project, risk tier) and notes for a site; one per origin.
 *   overrides  '[url+itemId], url'      { url, itemId, status, comment, at }: an auditor's
 *              per-item decision kept apart from the machine report (a report stays the exact
 *              output of the analysis), keyed by page URL so it survives re-analyses.
 *   upgrade(): back-fills an empty vendor row for every site already stored.
 * A Report.schemaVersion bump is migrated the same way: a new db version whose
 * upgrade() rewrites `reports.report` and its columns.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ChecklistId, Report, Status } from '../analyzers/types';
import { normalizeUrl } from '../workspace/validate';

/** A site (web origin) that policies were read from. */
export interface SiteRow {
  id: number;
  /** `new URL(url).origin`, e.g. https://example.com; `null` origins keep the scheme (file:). */
  origin: string;
  firstSeenAt: string;
}

/** One stored analysis: one version of one page. */
export interface ReportRow {
  id: number;
  siteId: number;
  /** Normalised URL (fragment removed): the key the popup looks reports up by. */
  url: string;
  /** 1 for the first distinct text seen at this URL, then 2, 3, ... */
  version: number;
  contentHash: string;
  /** ISO timestamp of the analysis (copied from report.source.analyzedAt). */
  analyzedAt: string;
  score: number;
  language: string;
  isPrivacyPolicy: 0 | 1;
  report: Report;
}

/** The auditor's description of a site (version 2). */
export interface VendorRow {
  origin: string;
  name: string;
  tags: string[];
  notes: string;
  updatedAt: string;
}

/** An auditor's status for one checklist item of one page (version 2); the machine report is untouched. */
export interface OverrideRow {
  url: string;
  itemId: ChecklistId;
  status: Status;
  comment: string;
  at: string;
}

/** The Dexie database, typed. */
export type LacunaDb = Dexie & {
  sites: EntityTable<SiteRow, 'id'>;
  reports: EntityTable<ReportRow, 'id'>;
  vendors: EntityTable<VendorRow, 'origin'>;
  overrides: Dexie.Table<OverrideRow, [string, ChecklistId]>;
};

/** Name of the IndexedDB database (the e2e test reads it from the extension page). */
export const DB_NAME = 'lacuna';

/** Opens (lazily, on first query) the database with the current schema. */
export function createDb(name = DB_NAME): LacunaDb {
  const db = new Dexie(name) as LacunaDb;
  db.version(1).stores({
    sites: '++id, &origin',
    // [url+contentHash]: dedupe on save; [url+version]: latest and history of a page; siteId: a site's pages.
    reports: '++id, siteId, url, contentHash, analyzedAt, [url+contentHash], [url+version]',
  });
  db.version(2)
    .stores({ vendors: '&origin, name, *tags', overrides: '[url+itemId], url' })
    .upgrade(async (tx) => {
      const now = new Date().toISOString();
      const sites = (await tx.table('sites').toArray()) as SiteRow[];
      await tx.table('vendors').bulkPut(sites.map((s) => ({ origin: s.origin, name: '', tags: [], notes: '', updatedAt: now })));
    });
  return db;
}

let shared: LacunaDb | null = null;

/** The database shared by an extension context (popup or background). */
export function getDb(): LacunaDb {
  shared ??= createDb();
  return shared;
}

/** The URL a report is filed under (page URL without fragment); lives in the dexie-free validator, which checks imports by it. */
export { normalizeUrl };

/** The site key of a URL: its origin, or the scheme for opaque origins (file:, data:). */
export function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.origin !== 'null' ? u.origin : `${u.protocol}//`;
  } catch {
    return 'unknown:';
  }
}

/** What `saveReport` did. */
export interface SaveResult {
  id: number;
  version: number;
  /** false when the same text with the same findings was already stored for this URL (no duplicate written). */
  created: boolean;
}

/** The findings of a report, without where and when it was read: equal for two analyses of one text by the same analyzers. */
export function findingsKey(report: Report): string {
  return JSON.stringify({ ...report, source: null });
}

/** How a report is filed: the keys it is stored and deduplicated under, and the rows it becomes. */
export interface Filing {
  /** Page URL without fragment (normalizeUrl). */
  url: string;
  /** Site key (originOf). */
  origin: string;
  contentHash: string;
  /** findingsKey(report): equal rows at the same url and contentHash are not stored twice. */
  findings: string;
  /** The site row to add when `origin` is not stored yet. */
  site: Omit<SiteRow, 'id'>;
  /** The report row, as the version after `lastVersion` (undefined: the page's first version). */
  row(siteId: number, lastVersion: number | undefined): Omit<ReportRow, 'id'>;
}

/**
 * The one place that decides how a report is filed, shared by `saveReport` and
 * the workspace's batched import; throws for a report that is never stored.
 */
export function fileReport(report: Report): Filing {
  if (report.error) throw new Error('An error report is not stored');
  if (!report.source.contentHash) throw new Error('A report needs source.contentHash to be stored');
  const url = normalizeUrl(report.source.url);
  const origin = originOf(report.source.url);
  const { contentHash, analyzedAt } = report.source;
  return {
    url,
    origin,
    contentHash,
    findings: findingsKey(report),
    site: { origin, firstSeenAt: analyzedAt },
    row: (siteId, lastVersion) => ({
      siteId,
      url,
      version: (lastVersion ?? 0) + 1,
      contentHash,
      analyzedAt,
      score: report.score,
      language: report.language,
      isPrivacyPolicy: report.isPrivacyPolicy ? 1 : 0,
      report,
    }),
  };
}

/**
 * Saves a report as a new version of its page unless the same text (contentHash)
 * is already stored there with the same findings. The same text with different
 * findings (the analyzers changed with an extension update) is a new version:
 * otherwise "Re-analyse" could never show the improved result.
 */
export async function saveReport(report: Report, db: LacunaDb = getDb()): Promise<SaveResult> {
  const filing = fileReport(report);
  return db.transaction('rw', db.sites, db.reports, async () => {
    const sameText = await db.reports.where('[url+contentHash]').equals([filing.url, filing.contentHash]).toArray();
    const existing = sameText.find((row) => findingsKey(row.report) === filing.findings);
    if (existing) return { id: existing.id, version: existing.version, created: false };

    let site = await db.sites.where('origin').equals(filing.origin).first();
    if (!site) {
      const siteId = await db.sites.add(filing.site as SiteRow);
      site = { id: siteId, ...filing.site };
    }
    const last = await latestReportByUrl(filing.url, db);
    const row = filing.row(site.id, last?.version);
    const id = await db.reports.add(row as ReportRow);
    return { id, version: row.version, created: true };
  });
}

/** The newest version stored for a page, or undefined. */
export async function latestReportByUrl(url: string, db: LacunaDb = getDb()): Promise<ReportRow | undefined> {
  const key = normalizeUrl(url);
  return db.reports.where('[url+version]').between([key, Dexie.minKey], [key, Dexie.maxKey]).last();
}

/** Every stored version of a page, oldest first. */
export async function reportHistory(url: string, db: LacunaDb = getDb()): Promise<ReportRow[]> {
  const key = normalizeUrl(url);
  return db.reports.where('[url+version]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray();
}

/** One stored report by id. */
export async function getReport(id: number, db: LacunaDb = getDb()): Promise<ReportRow | undefined> {
  return db.reports.get(id);
}
