/**
 * The workspace's reads and writes on the extension database: vendors,
 * overrides, export and import. Goes through storage/db.ts (the only module
 * that imports dexie).
 */
import type { ChecklistId, Status } from '../../analyzers/types';
import { fileReport, findingsKey, getDb, normalizeUrl, type LacunaDb, type ReportRow, type SiteRow } from '../../storage/db';
import { isQuotaError } from '../../storage/errors';
import { buildBundle, type WorkspaceBundle } from '../../workspace/bundle';
import type { ItemOverride, VendorInfo } from '../../workspace/types';

/** Saves the auditor's name, tags and notes for a site. */
export async function saveVendor(info: VendorInfo, db: LacunaDb = getDb()): Promise<void> {
  await db.vendors.put({ ...info, tags: [...info.tags], updatedAt: new Date().toISOString() });
}

/** Sets an item's status by hand for a page; kept across re-analyses of that page. */
export async function setOverride(url: string, itemId: ChecklistId, status: Status, comment: string, db: LacunaDb = getDb()): Promise<void> {
  await db.overrides.put({ url, itemId, status, comment, at: new Date().toISOString() });
}

/** Removes the auditor's status for an item: the computed one shows again. */
export async function clearOverride(url: string, itemId: ChecklistId, db: LacunaDb = getDb()): Promise<void> {
  await db.overrides.delete([url, itemId]);
}

/** The auditor's overrides for one page. */
export async function overridesFor(url: string, db: LacunaDb = getDb()): Promise<ItemOverride[]> {
  return db.overrides.where('url').equals(url).toArray();
}

/**
 * The newest version of every page, without reading the old versions' reports:
 * keys of the [url+version] index first, then only the rows needed.
 */
export async function latestReports(db: LacunaDb = getDb()): Promise<Array<ReportRow & { versions: number }>> {
  const keys = (await db.reports.orderBy('[url+version]').keys()) as unknown as Array<[string, number]>;
  const ids = await db.reports.orderBy('[url+version]').primaryKeys();
  const latest = new Map<string, { id: number; versions: number }>();
  keys.forEach(([url], i) => {
    const prev = latest.get(url);
    latest.set(url, { id: ids[i] as number, versions: (prev?.versions ?? 0) + 1 });
  });
  const entries = [...latest.values()];
  const rows = await db.reports.bulkGet(entries.map((e) => e.id));
  return rows.flatMap((row, i) => (row ? [{ ...row, versions: entries[i]!.versions }] : []));
}

/** Reads everything for the JSON export. */
export async function exportAll(db: LacunaDb = getDb(), now = new Date()): Promise<WorkspaceBundle> {
  return db.transaction('r', db.sites, db.reports, db.vendors, db.overrides, async () => {
    const sites = new Map((await db.sites.toArray()).map((s) => [s.id, s.origin]));
    const reports = await db.reports.orderBy('[url+version]').toArray();
    const vendors = await db.vendors.toArray();
    const overrides = await db.overrides.toArray();
    return buildBundle(
      {
        vendors: vendors.map(({ origin, name, tags, notes }) => ({ origin, name, tags, notes })),
        reports: reports.map((r) => ({ url: r.url, origin: sites.get(r.siteId) ?? '', report: r.report })),
        overrides,
      },
      now,
    );
  });
}

/** What an import added. */
export interface ImportSummary {
  reportsAdded: number;
  reportsSkipped: number;
  vendors: number;
  overrides: number;
}

/**
 * Imports a validated bundle in ONE transaction: every report becomes a
 * version of its page exactly as `saveReport` files it (URL without fragment,
 * site by origin, same text with the same findings at the same URL skipped,
 * next version number),
 * vendors and overrides are written; if anything fails, nothing is changed.
 * Batched (keys read once, one bulkAdd) because `saveReport` per row took
 * 4-7 s for 1,000 versions; only the stored rows whose URL and text the file
 * also holds are read, to compare their findings.
 */
export async function importAll(bundle: WorkspaceBundle, db: LacunaDb = getDb()): Promise<ImportSummary> {
  let idb: IDBTransaction | undefined;
  try {
    return await importInTransaction(bundle, db, (tx) => (idb = tx));
  } catch (error) {
    // When the browser aborts the transaction for lack of space while writes are still queued, those writes
    // fail with InvalidStateError/TransactionInactiveError and that can be what rejects; the transaction's
    // own error is the cause, so it is the one reported.
    if (!isQuotaError(error) && isQuotaError(idb?.error)) throw idb!.error;
    throw error;
  }
}

/** The import itself, in one transaction; `onStart` receives the IndexedDB transaction (for its error). */
function importInTransaction(bundle: WorkspaceBundle, db: LacunaDb, onStart: (tx: IDBTransaction) => void): Promise<ImportSummary> {
  return db.transaction('rw', db.sites, db.reports, db.vendors, db.overrides, async (tx) => {
    onStart(tx.idbtrans);
    // Findings already stored (or already taken from the file) per URL and text: the same text with other
    // findings (an analyzer update) is a version of its own, as in saveReport.
    const stored = new Set(((await db.reports.orderBy('[url+contentHash]').keys()) as unknown as Array<[string, string]>).map(([u, h]) => `${h} ${u}`));
    const clashing = bundle.reports
      .map(({ report }): [string, string] => [normalizeUrl(report.source.url), report.source.contentHash])
      .filter(([u, h]) => stored.has(`${h} ${u}`));
    const seen = new Map<string, Set<string>>();
    for (const row of clashing.length ? await db.reports.where('[url+contentHash]').anyOf(clashing).toArray() : []) {
      const key = `${row.contentHash} ${row.url}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(findingsKey(row.report)));
    }
    const lastVersion = new Map<string, number>();
    for (const [u, v] of (await db.reports.orderBy('[url+version]').keys()) as unknown as Array<[string, number]>) {
      lastVersion.set(u, Math.max(v, lastVersion.get(u) ?? 0));
    }
    const siteIds = new Map((await db.sites.toArray()).map((s) => [s.origin, s.id]));
    const rows: Array<Omit<ReportRow, 'id'>> = [];
    // Oldest analysis first (sites and pages from several files interleave by time), but the versions of one
    // page keep the file's order: an export lists them by version, and analysis times need not agree (a clock
    // set back between two analyses) - sorting them would swap which text is the latest.
    const byTime = [...bundle.reports].sort((a, b) => a.report.source.analyzedAt.localeCompare(b.report.source.analyzedAt));
    const inFileOrder = new Map<string, { rows: typeof bundle.reports; next: number }>();
    for (const r of bundle.reports) {
      const u = normalizeUrl(r.report.source.url);
      const page = inFileOrder.get(u) ?? { rows: [], next: 0 };
      page.rows.push(r);
      inFileOrder.set(u, page);
    }
    const ordered = byTime.map((r) => {
      const page = inFileOrder.get(normalizeUrl(r.report.source.url))!;
      return page.rows[page.next++]!;
    });
    for (const { report } of ordered) {
      const filing = fileReport(report); // the same refusals, keys and row as saveReport
      const key = `${filing.contentHash} ${filing.url}`;
      const known = seen.get(key) ?? new Set<string>();
      if (known.has(filing.findings)) continue;
      seen.set(key, known.add(filing.findings));
      let siteId = siteIds.get(filing.origin);
      if (siteId === undefined) {
        siteId = await db.sites.add(filing.site as SiteRow);
        siteIds.set(filing.origin, siteId);
      }
      const row = filing.row(siteId, lastVersion.get(filing.url));
      lastVersion.set(filing.url, row.version);
      rows.push(row);
    }
    await db.reports.bulkAdd(rows as ReportRow[]);
    const now = new Date().toISOString();
    await db.vendors.bulkPut(bundle.vendors.map((v) => ({ ...v, updatedAt: now })));
    await db.overrides.bulkPut(bundle.overrides.map((o) => ({ ...o })));
    return { reportsAdded: rows.length, reportsSkipped: bundle.reports.length - rows.length, vendors: bundle.vendors.length, overrides: bundle.overrides.length };
  });
}

/** Deletes every saved report, vendor and override (the dashboard asks first). */
export async function clearAll(db: LacunaDb = getDb()): Promise<void> {
  await db.transaction('rw', db.sites, db.reports, db.vendors, db.overrides, async () => {
    await Promise.all([db.sites.clear(), db.reports.clear(), db.vendors.clear(), db.overrides.clear()]);
  });
}
