import { CHECKLIST_IDS, LEGAL_BASES, MECHANISMS, RIGHTS, STATUSES, type Report } from '../analyzers/types';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type WorkspaceBundle } from './bundle';

/** Outcome of reading an import file: the whole bundle, or the first problem found. */
export type ParseResult = { ok: true; bundle: WorkspaceBundle } | { ok: false; error: string };

class Invalid extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, what: string): never {
  throw new Invalid(`${path}: ${what}`);
}
function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected an object');
  return v as Obj;
}
function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'expected an array');
  return v;
}
function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'expected a string');
  return v;
}
function strOrNull(v: unknown, path: string): void {
  if (v !== null) str(v, path);
}
function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'expected a number');
  return v;
}
function bool(v: unknown, path: string): void {
  if (typeof v !== 'boolean') fail(path, 'expected true or false');
}
function oneOf(v: unknown, allowed: readonly string[], path: string): void {
  if (typeof v !== 'string' || !allowed.includes(v)) fail(path, `expected one of ${allowed.join(', ')}`);
}
function strings(v: unknown, path: string): void {
  arr(v, path).forEach((s, i) => str(s, `${path}[${i}]`));
}
function evidence(v: unknown, path: string): void {
  arr(v, path).forEach((e, i) => {
    const o = obj(e, `${path}[${i}]`);
    str(o.quote, `${path}[${i}].quote`);
    const start = num(o.start, `${path}[${i}].start`);
    const end = num(o.end, `${path}[${i}].end`);
    if (start < 0 || end < start) fail(`${path}[${i}]`, 'offsets out of order');
  });
}
function findings(v: unknown, path: string, key: string, allowed: readonly string[] | null): void {
  arr(v, path).forEach((f, i) => {
    const o = obj(f, `${path}[${i}]`);
    if (allowed) oneOf(o[key], allowed, `${path}[${i}].${key}`);
    else str(o[key], `${path}[${i}].${key}`);
    evidence(o.evidence, `${path}[${i}].evidence`);
  });
}

/**
 * The URL a report is filed under: the page URL without its fragment (#section
 * links are the same page). Defined here, in a module free of dexie, and
 * re-exported by storage/db.ts, so import checks and storage share one rule: a
 * report read through `page#section` is exported with `url: page` and
 * `source.url: page#section`.
 */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Checks a value against the Report contract (REPORT.md); throws with the path of the first problem. */
function report(v: unknown, path: string): Report {
  const r = obj(v, path);
  num(r.schemaVersion, `${path}.schemaVersion`);
  const src = obj(r.source, `${path}.source`);
  for (const k of ['url', 'title', 'analyzedAt', 'contentHash']) str(src[k], `${path}.source.${k}`);
  str(r.language, `${path}.language`);
  bool(r.isPrivacyPolicy, `${path}.isPrivacyPolicy`);
  const c = obj(r.controller, `${path}.controller`);
  strOrNull(c.name, `${path}.controller.name`);
  strOrNull(c.address, `${path}.controller.address`);
  strings(c.emails, `${path}.controller.emails`);
  strings(c.phones, `${path}.controller.phones`);
  strOrNull(c.registrationNumber, `${path}.controller.registrationNumber`);
  evidence(c.evidence, `${path}.controller.evidence`);
  const d = obj(r.dpo, `${path}.dpo`);
  bool(d.mentioned, `${path}.dpo.mentioned`);
  strings(d.emails, `${path}.dpo.emails`);
  evidence(d.evidence, `${path}.dpo.evidence`);
  findings(r.legalBases, `${path}.legalBases`, 'basis', LEGAL_BASES);
  findings(r.rights, `${path}.rights`, 'right', RIGHTS);
  findings(r.retention, `${path}.retention`, 'duration', null);
  arr(r.retention, `${path}.retention`).forEach((x, i) => str((x as Obj).text, `${path}.retention[${i}].text`));
  const t = obj(r.transfers, `${path}.transfers`);
  if (t.outsideEEA !== null) bool(t.outsideEEA, `${path}.transfers.outsideEEA`);
  strings(t.countries, `${path}.transfers.countries`);
  findings(t.safeguards, `${path}.transfers.safeguards`, 'mechanism', MECHANISMS);
  evidence(t.evidence, `${path}.transfers.evidence`);
  findings(r.recipients, `${path}.recipients`, 'name', null);
  const seen = new Set<string>();
  arr(r.checklist, `${path}.checklist`).forEach((x, i) => {
    const p = `${path}.checklist[${i}]`;
    const item = obj(x, p);
    oneOf(item.id, CHECKLIST_IDS, `${p}.id`);
    if (seen.has(item.id as string)) fail(`${p}.id`, `duplicate item ${String(item.id)}`);
    seen.add(item.id as string);
    str(item.article, `${p}.article`);
    oneOf(item.status, STATUSES, `${p}.status`);
    evidence(item.evidence, `${p}.evidence`);
    str(item.note, `${p}.note`);
  });
  const score = num(r.score, `${path}.score`);
  if (score < 0 || score > 100) fail(`${path}.score`, 'expected 0..100');
  if (r.error !== undefined) str(r.error, `${path}.error`);
  return r as unknown as Report;
}

/**
 * Reads and validates a whole import file before anything is written: a corrupt
 * or foreign file yields a message that says what is wrong and where.
 */
export function parseBundle(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Not a JSON file (${(e as Error).message}).` };
  }
  try {
    const root = obj(data, 'file');
    if (root.format !== BUNDLE_FORMAT) {
      return { ok: false, error: `Not a Lacuna workspace export (expected "format": "${BUNDLE_FORMAT}").` };
    }
    const version = num(root.formatVersion, 'formatVersion');
    if (!Number.isInteger(version) || version < 1 || version > BUNDLE_VERSION) {
      return { ok: false, error: `Unsupported export format version ${version}: this Lacuna reads versions 1 to ${BUNDLE_VERSION}.` };
    }
    str(root.exportedAt, 'exportedAt');
    arr(root.vendors, 'vendors').forEach((x, i) => {
      const v = obj(x, `vendors[${i}]`);
      str(v.origin, `vendors[${i}].origin`);
      str(v.name, `vendors[${i}].name`);
      strings(v.tags, `vendors[${i}].tags`);
      str(v.notes, `vendors[${i}].notes`);
    });
    arr(root.reports, 'reports').forEach((x, i) => {
      const r = obj(x, `reports[${i}]`);
      str(r.url, `reports[${i}].url`);
      str(r.origin, `reports[${i}].origin`);
      const rep = report(r.report, `reports[${i}].report`);
      if (r.url !== rep.source.url && r.url !== normalizeUrl(rep.source.url)) fail(`reports[${i}].url`, 'differs from the report\'s source.url');
      if (rep.source.contentHash === '') fail(`reports[${i}].report.source.contentHash`, 'empty (only analysed texts are stored)');
      if (rep.error !== undefined) fail(`reports[${i}].report.error`, 'error reports are never stored');
    });
    arr(root.overrides, 'overrides').forEach((x, i) => {
      const o = obj(x, `overrides[${i}]`);
      str(o.url, `overrides[${i}].url`);
      oneOf(o.itemId, CHECKLIST_IDS, `overrides[${i}].itemId`);
      oneOf(o.status, STATUSES, `overrides[${i}].status`);
      str(o.comment, `overrides[${i}].comment`);
      str(o.at, `overrides[${i}].at`);
    });
    return { ok: true, bundle: root as unknown as WorkspaceBundle };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: `Invalid Lacuna export, nothing was imported. ${e.message}` };
    throw e;
  }
}
