/** Text output of the evaluation: the metric grid, the per-item table, and the per-document `--verbose` view. */
import type { Evidence, Report } from '../../analyzers/types';
import { CHECKLIST_IDS } from '../../analyzers/types';
import {
  isAddressed,
  type Accuracy,
  type GroupMetrics,
  type ItemComparison,
  type Prf,
  type SetField,
} from './metrics';
import type { EvalResult, EvaluatedDoc } from './run';

const LANG_ORDER = ['en', 'fr', 'de', 'nl', 'it', 'es'];

/** Group keys in display order: all, sets, languages. */
export function groupOrder(keys: string[]): string[] {
  const sets = keys.filter((k) => k.startsWith('set:')).sort();
  const langs = keys
    .filter((k) => k.startsWith('lang:'))
    .sort((a, b) => {
      const ia = LANG_ORDER.indexOf(a.slice(5));
      const ib = LANG_ORDER.indexOf(b.slice(5));
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
  return [...(keys.includes('all') ? ['all'] : []), ...sets, ...langs];
}

const num = (v: number | null, digits = 2): string => (v === null ? '–' : v.toFixed(digits));

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}

type Row = [label: string, pick: (g: GroupMetrics) => string];

const acc = (a: Accuracy): string => num(a.accuracy);
const f1 = (p: Prf): string => num(p.f1);

const GRID: Row[] = [
  ['documents', (g) => String(g.documents)],
  ['isPrivacyPolicy acc', (g) => acc(g.isPrivacyPolicy)],
  ['controller.name acc', (g) => acc(g.controllerName)],
  ['dpo.mentioned acc', (g) => acc(g.dpoMentioned)],
  ['dpo.emails F1', (g) => f1(g.dpoEmails)],
  ['legalBases F1', (g) => f1(g.legalBases)],
  ['rights F1', (g) => f1(g.rights)],
  ['retention F1', (g) => f1(g.retention)],
  ['transfers.outsideEEA acc', (g) => acc(g.outsideEEA)],
  ['transfers.countries F1', (g) => f1(g.countries)],
  ['transfers.safeguards F1', (g) => f1(g.safeguards)],
  ['checklist status acc', (g) => acc(g.checklist.overall.status)],
  ['checklist addressed F1', (g) => f1(g.checklist.overall.addressed)],
  ['checklist gap P', (g) => num(g.checklist.overall.gap.precision)],
  ['checklist gap R', (g) => num(g.checklist.overall.gap.recall)],
  ['checklist gap F1', (g) => f1(g.checklist.overall.gap)],
  ['score MAE', (g) => num(g.score.mae, 1)],
];

/** The metric grid: one row per metric, one column per group. */
export function formatGrid(groups: Record<string, GroupMetrics>): string {
  const keys = groupOrder(Object.keys(groups));
  const head = `${'metric'.padEnd(26)}${keys.map((k) => k.replace(/^(set|lang):/, '').padStart(7)).join('')}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const [label, pick] of GRID) lines.push(`${label.padEnd(26)}${keys.map((k) => pick(groups[k]!).padStart(7)).join('')}`);
  return lines.join('\n');
}

const prfCells = (p: Prf): string => `${num(p.precision).padStart(5)} ${num(p.recall).padStart(5)} ${num(p.f1).padStart(5)}`;

/** Per-item table of one group: exact status accuracy, addressed P/R/F1, gap P/R/F1. */
export function formatItems(g: GroupMetrics): string {
  const head = `${'item'.padEnd(23)}${'status acc (n)'.padStart(15)}   ${'addressed P  R    F1'.padEnd(19)}   gap P     R    F1`;
  const lines = [head, '-'.repeat(head.length)];
  const row = (id: string, m: GroupMetrics['checklist']['overall']): string =>
    `${id.padEnd(23)}${`${num(m.status.accuracy)} (${m.status.total})`.padStart(15)}   ${prfCells(m.addressed)}   ${prfCells(m.gap)}`;
  for (const id of CHECKLIST_IDS) {
    const m = g.checklist.items[id];
    if (m) lines.push(row(id, m));
  }
  lines.push(row('ALL ITEMS', g.checklist.overall));
  return lines.join('\n');
}

/** Per-field counts of one group (set fields). */
export function formatFields(g: GroupMetrics): string {
  const fields: Array<[string, Prf]> = [
    ['dpo.emails', g.dpoEmails],
    ['legalBases', g.legalBases],
    ['rights', g.rights],
    ['retention', g.retention],
    ['transfers.countries', g.countries],
    ['transfers.safeguards', g.safeguards],
  ];
  const head = `${'field'.padEnd(23)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}      P     R    F1`;
  const lines = [head, '-'.repeat(head.length)];
  for (const [name, p] of fields) lines.push(`${name.padEnd(23)}${String(p.tp).padStart(5)}${String(p.fp).padStart(5)}${String(p.fn).padStart(5)}  ${prfCells(p)}`);
  const accs: Array<[string, Accuracy]> = [
    ['isPrivacyPolicy', g.isPrivacyPolicy],
    ['controller.name', g.controllerName],
    ['dpo.mentioned', g.dpoMentioned],
    ['transfers.outsideEEA', g.outsideEEA],
  ];
  for (const [name, a] of accs) lines.push(`${name.padEnd(23)}${`${a.correct}/${a.total}`.padStart(15)}  acc ${num(a.accuracy)}`);
  return lines.join('\n');
}

const Q = 200;
const quote = (e: Evidence | undefined): string => (e ? `«${clip(e.quote, Q)}»` : '(no evidence)');

/** Our evidence for a set value we reported (a false positive). */
function oursEvidence(report: Report, field: SetField, value: string): Evidence | undefined {
  switch (field) {
    case 'legalBases':
      return report.legalBases.find((b) => b.basis === value)?.evidence[0];
    case 'rights':
      return report.rights.find((r) => r.right === value)?.evidence[0];
    case 'retention':
      return report.retention.find((r) => r.duration === value)?.evidence[0];
    case 'safeguards':
      return report.transfers.safeguards.find((s) => s.mechanism === value)?.evidence[0];
    case 'dpoEmails':
      return report.dpo.evidence.find((e) => e.quote.toLowerCase().includes(value)) ?? report.dpo.evidence[0];
    case 'countries':
      return report.transfers.evidence[0];
  }
}

const FIELD_LABEL: Record<SetField, string> = {
  dpoEmails: 'dpo.emails',
  legalBases: 'legalBases',
  rights: 'rights',
  retention: 'retention',
  countries: 'transfers.countries',
  safeguards: 'transfers.safeguards',
};

/** True when our status disagrees with the gold (gt200's `addressed` accepts met and partial). */
export function itemDiffers(it: ItemComparison): boolean {
  if (it.exact) return it.ours !== it.gold;
  return isAddressed(it.ours) !== isAddressed(it.gold);
}

const show = (v: unknown): string => (v === null ? 'null' : typeof v === 'string' ? `"${v}"` : String(v));

/**
 * The `--verbose` block of one document: only what is wrong, with our evidence
 * and the gold's quote. `only` restricts it to some fields / checklist ids
 * (then a document with nothing wrong there gives '').
 */
export function formatDoc(d: EvaluatedDoc, only?: ReadonlySet<string>): string {
  const want = (name: string): boolean => !only || only.has(name);
  const c = d.comparison;
  const r = d.report;
  const out: string[] = [];
  const method = d.loaded ? `${d.loaded.method}, ${d.loaded.text.length} chars` : 'unread';
  const score = c.score ? ` · score ${c.score.ours} vs gold ${c.score.gold} (${c.score.ours - c.score.gold >= 0 ? '+' : ''}${c.score.ours - c.score.gold})` : ` · score ${r.score}`;
  out.push(`━━ ${c.id} [${c.set} · ${c.lang} · ${method}]${score}`);
  if (c.error) out.push(`  ERROR ${c.error}`);
  const ok: string[] = [];
  const single: Array<[string, { ours: unknown; gold: unknown; ok: boolean } | undefined, string?]> = [
    ['isPrivacyPolicy', c.isPrivacyPolicy],
    [
      'controller.name',
      c.controllerName,
      c.controllerName?.alternatives.length ? ` (or ${c.controllerName.alternatives.map(show).join(', ')})` : '',
    ],
    ['dpo.mentioned', c.dpoMentioned],
    ['transfers.outsideEEA', c.outsideEEA],
  ];
  for (const [name, cmp, extra] of single) {
    if (!cmp || !want(name)) continue;
    if (cmp.ok) ok.push(name);
    else {
      let ev = '';
      if (name === 'controller.name' && r.controller.evidence[0]) ev = ` ${quote(r.controller.evidence[0])}`;
      if (name === 'dpo.mentioned' && r.dpo.evidence[0]) ev = ` ${quote(r.dpo.evidence[0])}`;
      if (name === 'transfers.outsideEEA' && r.transfers.evidence[0]) ev = ` ${quote(r.transfers.evidence[0])}`;
      if (name === 'isPrivacyPolicy' && c.negative) ev = ' (gold: not a privacy policy, nothing else is scored)';
      out.push(`  ✗ ${name}: ours ${show(cmp.ours)} · gold ${show(cmp.gold)}${extra ?? ''}${ev}`);
    }
  }
  for (const [field, s] of Object.entries(c.sets) as Array<[SetField, NonNullable<(typeof c.sets)[SetField]>]>) {
    if (!want(FIELD_LABEL[field])) continue;
    if (s.fp.length === 0 && s.fn.length === 0) {
      if (s.tp.length > 0) ok.push(FIELD_LABEL[field]);
      continue;
    }
    out.push(`  ✗ ${FIELD_LABEL[field]}: ${s.tp.length} ok${s.tp.length ? ` (${s.tp.join(', ')})` : ''}`);
    for (const v of s.fn) {
      const goldText = field === 'retention' ? d.label.retention?.find((x) => x.duration === v)?.text : undefined;
      out.push(`      FN ${v}${goldText ? ` gold «${clip(goldText, Q)}»` : ''}`);
    }
    for (const v of s.fp) out.push(`      FP ${v} ${quote(oursEvidence(r, field, v))}`);
  }
  const diffs = c.checklist.filter((it) => itemDiffers(it) && want(it.id));
  const total = c.checklist.length;
  if (total > 0 && !only) out.push(`  checklist: ${c.checklist.filter((it) => !itemDiffers(it)).length}/${total} agree`);
  const goldItems = new Map((d.label.checklist ?? []).map((i) => [i.id, i]));
  const ours = new Map(r.checklist.map((i) => [i.id, i]));
  for (const it of diffs) {
    const g = goldItems.get(it.id);
    const o = ours.get(it.id);
    out.push(`  ✗ ${it.id.padEnd(22)} ours ${it.ours.padEnd(14)} gold ${it.gold}`);
    if (o) out.push(`      ours: ${o.note.replace(/\s+/g, ' ').trim()}${o.evidence[0] ? ` ${quote(o.evidence[0])}` : ''}`);
    const gNote = g?.note ?? g?.notes;
    if (g?.quote) out.push(`      gold: «${clip(g.quote, 300)}»`);
    if (gNote) out.push(`      gold note: ${clip(gNote, 300)}`);
  }
  // With --only, a document where the chosen fields are all right is left out entirely.
  if (only && out.length === 1 && !c.error) return '';
  if (ok.length && !only) out.push(`  ✓ ${ok.join(', ')}`);
  if (d.label.notes && (diffs.length > 0 || out.some((l) => l.startsWith('  ✗')))) out.push(`  notes: ${clip(d.label.notes, 400)}`);
  return out.join('\n');
}

/** The full human-readable output. */
export function formatResult(result: EvalResult, opts: { verbose?: boolean; only?: ReadonlySet<string> } = {}): string {
  const parts: string[] = [];
  const sets = Object.keys(result.groups)
    .filter((k) => k.startsWith('set:'))
    .map((k) => `${k.slice(4)} ${result.groups[k]!.documents}`)
    .join(', ');
  if (opts.verbose) for (const d of result.docs) parts.push(formatDoc(d, opts.only));
  parts.push(
    `Lacuna evaluation · ${result.corpus} · ${result.docs.length} documents (${sets}) · ${(result.ms / 1000).toFixed(1)} s`,
  );
  parts.push(formatGrid(result.groups));
  const all = result.groups.all;
  if (all) {
    parts.push(formatFields(all));
    parts.push(formatItems(all));
  }
  return parts.filter((p) => p.length > 0).join('\n\n');
}
