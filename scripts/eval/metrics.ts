/**
 * Evaluation metrics (REPORT.md "Evaluation metrics"): pure functions from a
 * Report and a gold label to per-document comparisons, and from those to
 * micro-averaged group metrics. No I/O here: unit-tested on hand-made cases.
 */
import { computeScore } from '../../analyzers/score';
import { CHECKLIST_IDS, type ChecklistId, type Report, type Status } from '../../analyzers/types';

/** Gold checklist status: the Report's four, or gt200's document-level `addressed`. */
export type GoldStatus = Status | 'addressed';

/** A gold label file, as loosely as the corpus writes it: every field may be absent. */
export interface GoldLabel {
  id?: string;
  isPrivacyPolicy?: boolean;
  language?: string;
  controller?: { name?: string | null; nameAlternatives?: string[] } | null;
  dpo?: { mentioned?: boolean; emails?: string[] } | null;
  legalBases?: Array<{ basis: string }>;
  rights?: Array<{ right: string }>;
  retention?: Array<{ duration: string; text?: string }>;
  transfers?: {
    outsideEEA?: boolean | null;
    countries?: string[];
    safeguards?: Array<{ mechanism: string }>;
  } | null;
  checklist?: Array<{ id: string; status: GoldStatus; quote?: string; note?: string; notes?: string }>;
  notes?: string;
}

/** Where a document comes from, for the splits. */
export interface DocMeta {
  id: string;
  set: string;
  lang: string;
}

/** Set comparison of one document: values found by both, only by us, only in the gold. */
export interface SetComparison {
  tp: string[];
  fp: string[];
  fn: string[];
}

/** A single-valued field comparison. */
export interface ValueComparison<T> {
  ours: T;
  gold: T;
  ok: boolean;
}

/** The set-valued fields. */
export const SET_FIELDS = ['dpoEmails', 'legalBases', 'rights', 'retention', 'countries', 'safeguards'] as const;
export type SetField = (typeof SET_FIELDS)[number];

/** One checklist item compared. */
export interface ItemComparison {
  id: ChecklistId;
  /** Our status; `absent` when the report has no such item (error report). */
  ours: Status | 'absent';
  gold: GoldStatus;
  /** The label grades exact statuses (docs set); false for addressed/missing labels (gt200). */
  exact: boolean;
}

/** Everything compared for one document. */
export interface DocComparison extends DocMeta {
  error?: string;
  /** Gold says it is not a privacy policy: only isPrivacyPolicy counts. */
  negative: boolean;
  isPrivacyPolicy?: ValueComparison<boolean>;
  controllerName?: ValueComparison<string | null> & { alternatives: string[] };
  dpoMentioned?: ValueComparison<boolean>;
  outsideEEA?: ValueComparison<boolean | null>;
  sets: Partial<Record<SetField, SetComparison>>;
  checklist: ItemComparison[];
  score?: { ours: number; gold: number; error: number };
}

// Legal-form tokens removed before comparing names (after dots are dropped, so "B.V." is "bv").
const LEGAL_FORMS = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sca', 'scs', 'snc', 'sem', 'gie', 'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ohg', 'ug', 'ev', 'gbr',
  'se', 'ltd', 'limited', 'inc', 'incorporated', 'llc', 'llp', 'lp', 'plc', 'co', 'corp', 'corporation', 'company', 'bv', 'nv',
  'bvba', 'vzw', 'asbl', 'sprl', 'srl', 'spa', 'sapa', 'snc', 'sl', 'slu', 'sau', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'pty',
  'pte', 'kft', 'zrt', 'sro', 'doo', 'lda', 'cv', 'scrl', 'sc', 'dac', 'uc', 'ulc', 'gk', 'kk',
]);

/** Controller names compared per REPORT.md: lower-cased, accents, punctuation and legal forms removed. */
export function normalizeName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0 && !LEGAL_FORMS.has(w));
  return words.join(' ');
}

/** True when our name matches the gold name or one of its alternatives, or both are null. */
export function nameMatches(ours: string | null, gold: string | null, alternatives: string[] = []): boolean {
  if (ours === null || gold === null) return ours === gold;
  const n = normalizeName(ours);
  return [gold, ...alternatives].some((g) => normalizeName(g) === n);
}

/** Compares two sets of values (deduplicated). */
export function compareSets(ours: Iterable<string>, gold: Iterable<string>): SetComparison {
  const o = new Set(ours);
  const g = new Set(gold);
  return {
    tp: [...o].filter((v) => g.has(v)).sort(),
    fp: [...o].filter((v) => !g.has(v)).sort(),
    fn: [...g].filter((v) => !o.has(v)).sort(),
  };
}

const EXACT: ReadonlySet<string> = new Set(['met', 'partial', 'missing', 'not_applicable']);

/** True when a gold status can be compared exactly (docs set, not gt200's addressed/missing). */
export function isExactGold(s: GoldStatus): boolean {
  return EXACT.has(s) && s !== 'addressed';
}

/** addressed = met or partial (gt200: the gold `addressed`). */
export function isAddressed(s: GoldStatus | 'absent'): boolean {
  return s === 'met' || s === 'partial' || s === 'addressed';
}

/** A gap is an item whose status is `missing` (an absent item, as in an error report, counts as one). */
export function isGap(s: GoldStatus | 'absent'): boolean {
  return s === 'missing' || s === 'absent';
}

/** Compares one report with its gold label; only the fields the label has are compared. */
export function compareDoc(report: Report, label: GoldLabel, meta: DocMeta): DocComparison {
  const negative = label.isPrivacyPolicy === false;
  const out: DocComparison = { ...meta, negative, sets: {}, checklist: [] };
  if (report.error) out.error = report.error;
  if (typeof label.isPrivacyPolicy === 'boolean') {
    out.isPrivacyPolicy = { ours: report.isPrivacyPolicy, gold: label.isPrivacyPolicy, ok: report.isPrivacyPolicy === label.isPrivacyPolicy };
  }
  if (negative) return out;

  const c = label.controller;
  if (c && 'name' in c && c.name !== undefined) {
    const alternatives = c.nameAlternatives ?? [];
    const ours = report.controller?.name ?? null;
    out.controllerName = { ours, gold: c.name, alternatives, ok: nameMatches(ours, c.name, alternatives) };
  }
  if (label.dpo && typeof label.dpo.mentioned === 'boolean') {
    const ours = !!report.dpo?.mentioned;
    out.dpoMentioned = { ours, gold: label.dpo.mentioned, ok: ours === label.dpo.mentioned };
  }
  if (label.dpo && Array.isArray(label.dpo.emails)) {
    out.sets.dpoEmails = compareSets(
      (report.dpo?.emails ?? []).map((e) => e.toLowerCase()),
      label.dpo.emails.map((e) => e.toLowerCase()),
    );
  }
  if (Array.isArray(label.legalBases)) {
    out.sets.legalBases = compareSets((report.legalBases ?? []).map((b) => b.basis), label.legalBases.map((b) => b.basis));
  }
  if (Array.isArray(label.rights)) {
    out.sets.rights = compareSets((report.rights ?? []).map((r) => r.right), label.rights.map((r) => r.right));
  }
  if (Array.isArray(label.retention)) {
    out.sets.retention = compareSets(
      (report.retention ?? []).map((r) => r.duration),
      label.retention.map((r) => r.duration),
    );
  }
  const t = label.transfers;
  if (t && 'outsideEEA' in t && t.outsideEEA !== undefined) {
    const ours = report.transfers?.outsideEEA ?? null;
    out.outsideEEA = { ours, gold: t.outsideEEA, ok: ours === t.outsideEEA };
  }
  if (t && Array.isArray(t.countries)) {
    out.sets.countries = compareSets(
      (report.transfers?.countries ?? []).map((x) => x.toUpperCase()),
      t.countries.map((x) => x.toUpperCase()),
    );
  }
  if (t && Array.isArray(t.safeguards)) {
    out.sets.safeguards = compareSets(
      (report.transfers?.safeguards ?? []).map((s) => s.mechanism),
      t.safeguards.map((s) => s.mechanism),
    );
  }

  const ours = new Map((report.checklist ?? []).map((i) => [i.id, i.status] as const));
  const goldItems = (label.checklist ?? []).filter((i): i is typeof i & { id: ChecklistId } =>
    (CHECKLIST_IDS as readonly string[]).includes(i.id),
  );
  // A label that uses `addressed` anywhere grades addressed/missing only: its `missing` is not an exact status either.
  const exactLabel = goldItems.every((g) => isExactGold(g.status));
  for (const g of goldItems) out.checklist.push({ id: g.id, ours: ours.get(g.id) ?? 'absent', gold: g.status, exact: exactLabel });

  // Score error only where the gold has all 14 exact statuses.
  const exact = exactLabel ? goldItems : [];
  if (exact.length === CHECKLIST_IDS.length && new Set(exact.map((g) => g.id)).size === CHECKLIST_IDS.length) {
    const gold = computeScore(exact.map((g) => ({ id: g.id, status: g.status as Status })));
    out.score = { ours: report.score, gold, error: Math.abs(report.score - gold) };
  }
  return out;
}

/** Accuracy over a count of comparisons; null when there was nothing to compare. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

/** Micro-averaged precision / recall / F1 from summed counts; null where undefined (0/0). */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Metrics of one checklist item (or all items together). */
export interface ItemMetrics {
  /** Exact status, docs-style gold only. */
  status: Accuracy;
  addressed: Prf;
  gap: Prf;
}

/** All metrics of one group of documents. */
export interface GroupMetrics {
  documents: number;
  isPrivacyPolicy: Accuracy;
  controllerName: Accuracy;
  dpoMentioned: Accuracy;
  outsideEEA: Accuracy;
  dpoEmails: Prf;
  legalBases: Prf;
  rights: Prf;
  retention: Prf;
  countries: Prf;
  safeguards: Prf;
  checklist: { overall: ItemMetrics; items: Partial<Record<ChecklistId, ItemMetrics>> };
  score: { n: number; mae: number | null };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Accuracy from counts. */
export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

/** P/R/F1 from counts; F1 = 2tp / (2tp + fp + fn). */
export function prf(tp: number, fp: number, fn: number): Prf {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
interface ItemCounts {
  ok: number;
  n: number;
  addressed: Counts;
  gap: Counts;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const zeroItem = (): ItemCounts => ({ ok: 0, n: 0, addressed: zero(), gap: zero() });

function countBinary(c: Counts, predicted: boolean, actual: boolean): void {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
}

function toItemMetrics(c: ItemCounts): ItemMetrics {
  return {
    status: accuracy(c.ok, c.n),
    addressed: prf(c.addressed.tp, c.addressed.fp, c.addressed.fn),
    gap: prf(c.gap.tp, c.gap.fp, c.gap.fn),
  };
}

/** Micro-averages the comparisons of a group of documents. */
export function aggregate(docs: DocComparison[]): GroupMetrics {
  const acc = { isPrivacyPolicy: [0, 0], controllerName: [0, 0], dpoMentioned: [0, 0], outsideEEA: [0, 0] } as Record<
    'isPrivacyPolicy' | 'controllerName' | 'dpoMentioned' | 'outsideEEA',
    [number, number]
  >;
  const sets = Object.fromEntries(SET_FIELDS.map((f) => [f, zero()])) as Record<SetField, Counts>;
  const overall = zeroItem();
  const items = new Map<ChecklistId, ItemCounts>();
  let scoreN = 0;
  let scoreSum = 0;
  for (const d of docs) {
    for (const key of Object.keys(acc) as Array<keyof typeof acc>) {
      const cmp = d[key];
      if (cmp) {
        acc[key][1]++;
        if (cmp.ok) acc[key][0]++;
      }
    }
    for (const f of SET_FIELDS) {
      const s = d.sets[f];
      if (!s) continue;
      sets[f].tp += s.tp.length;
      sets[f].fp += s.fp.length;
      sets[f].fn += s.fn.length;
    }
    for (const it of d.checklist) {
      const c = items.get(it.id) ?? zeroItem();
      items.set(it.id, c);
      for (const target of [c, overall]) {
        if (it.exact) {
          target.n++;
          if (it.ours === it.gold) target.ok++;
        }
        countBinary(target.addressed, isAddressed(it.ours), isAddressed(it.gold));
        countBinary(target.gap, isGap(it.ours), isGap(it.gold));
      }
    }
    if (d.score) {
      scoreN++;
      scoreSum += d.score.error;
    }
  }
  const itemMetrics: Partial<Record<ChecklistId, ItemMetrics>> = {};
  for (const id of CHECKLIST_IDS) {
    const c = items.get(id);
    if (c) itemMetrics[id] = toItemMetrics(c);
  }
  return {
    documents: docs.length,
    isPrivacyPolicy: accuracy(...acc.isPrivacyPolicy),
    controllerName: accuracy(...acc.controllerName),
    dpoMentioned: accuracy(...acc.dpoMentioned),
    outsideEEA: accuracy(...acc.outsideEEA),
    dpoEmails: prf(sets.dpoEmails.tp, sets.dpoEmails.fp, sets.dpoEmails.fn),
    legalBases: prf(sets.legalBases.tp, sets.legalBases.fp, sets.legalBases.fn),
    rights: prf(sets.rights.tp, sets.rights.fp, sets.rights.fn),
    retention: prf(sets.retention.tp, sets.retention.fp, sets.retention.fn),
    countries: prf(sets.countries.tp, sets.countries.fp, sets.countries.fn),
    safeguards: prf(sets.safeguards.tp, sets.safeguards.fp, sets.safeguards.fn),
    checklist: { overall: toItemMetrics(overall), items: itemMetrics },
    score: { n: scoreN, mae: scoreN === 0 ? null : scoreSum / scoreN },
  };
}

/** Groups: `all`, `set:<name>` per set, `lang:<xx>` per language. */
export function groupDocs(docs: DocComparison[]): Record<string, GroupMetrics> {
  const groups: Record<string, DocComparison[]> = { all: docs };
  for (const d of docs) {
    (groups[`set:${d.set}`] ??= []).push(d);
    (groups[`lang:${d.lang}`] ??= []).push(d);
  }
  return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, aggregate(v)]));
}

/** Flattens nested metrics into `path -> number` (nulls kept), e.g. `all.checklist.overall.gap.f1`. */
export function flattenMetrics(obj: unknown, prefix = ''): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  if (obj === null || typeof obj !== 'object') return out;
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'number' || v === null) out[path] = v;
    else if (typeof v === 'object') Object.assign(out, flattenMetrics(v, path));
  }
  return out;
}

/** A metric outside its bound. */
export interface FloorFailure {
  path: string;
  value: number | null;
  bound: number;
  kind: 'min' | 'max';
}

/**
 * Metrics below their floor (`path -> minimum`), or above their ceiling (under
 * the `$max` key, for errors such as `all.score.mae`). A metric that is absent or
 * null fails a floor above 0 and any ceiling, unless its whole group is absent.
 */
export function checkFloors(metrics: Record<string, number | null>, floors: Record<string, unknown>): FloorFailure[] {
  const failures: FloorFailure[] = [];
  // A group the corpus does not have (no gt200/, no Italian page) is not checked.
  const groups = new Set(Object.keys(metrics).map((k) => k.split('.')[0]));
  const absent = (path: string): boolean => !groups.has(path.split('.')[0]);
  for (const [path, bound] of Object.entries(floors)) {
    if (typeof bound !== 'number' || absent(path)) continue; // "$comment", "$max"
    const value = metrics[path] ?? null;
    if (value === null ? bound > 0 : value < bound - 1e-9) failures.push({ path, value, bound, kind: 'min' });
  }
  const max = floors.$max;
  if (max && typeof max === 'object') {
    for (const [path, bound] of Object.entries(max as Record<string, unknown>)) {
      if (typeof bound !== 'number' || absent(path)) continue;
      const value = metrics[path] ?? null;
      if (value === null || value > bound + 1e-9) failures.push({ path, value, bound, kind: 'max' });
    }
  }
  return failures;
}
