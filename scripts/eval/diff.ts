/**
 * Compares an evaluation with a baseline (`npm run eval -- --json > base.json`):
 * which metrics moved, and which documents' items or fields got fixed or broken.
 */
import type { DocComparison, SetField } from './metrics';
import { itemDiffers } from './format';

/** The parts of a `--json` run the comparison reads. */
export interface RunSnapshot {
  metrics: Record<string, number | null>;
  documents: DocComparison[];
}

const SINGLE = ['isPrivacyPolicy', 'controllerName', 'dpoMentioned', 'outsideEEA'] as const;

/** Names of what is right in one document: fields, set fields without error, agreeing checklist items. */
function rightThings(d: DocComparison): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of SINGLE) {
    const c = d[k];
    if (c) out.set(k, c.ok ? 'ok' : `ours ${JSON.stringify(c.ours)}`);
  }
  for (const [field, s] of Object.entries(d.sets ?? {}) as Array<[SetField, { fp: string[]; fn: string[] }]>) {
    const bad = [...s.fp.map((v) => `+${v}`), ...s.fn.map((v) => `-${v}`)];
    out.set(field, bad.length === 0 ? 'ok' : bad.join(' '));
  }
  for (const it of d.checklist ?? []) out.set(`checklist.${it.id}`, itemDiffers(it) ? `ours ${it.ours} (gold ${it.gold})` : 'ok');
  return out;
}

/** Human-readable changes from `base` to `now`; empty when nothing moved. */
export function diffRuns(base: RunSnapshot, now: RunSnapshot, group = 'all'): string {
  const lines: string[] = [];
  const prefix = `${group}.`;
  for (const [path, v] of Object.entries(now.metrics)) {
    if (!path.startsWith(prefix) || !/(accuracy|\.f1|\.mae)$/.test(path)) continue;
    const old = base.metrics[path] ?? null;
    if (old === v || (old !== null && v !== null && Math.abs(old - v) < 1e-9)) continue;
    const f = (x: number | null): string => (x === null ? '–' : x.toFixed(path.endsWith('mae') ? 1 : 3));
    const worse = old !== null && v !== null && (path.endsWith('mae') ? v > old : v < old);
    lines.push(`  ${worse ? 'worse ' : 'better'} ${path.slice(prefix.length)}: ${f(old)} → ${f(v)}`);
  }
  const baseDocs = new Map(base.documents.map((d) => [`${d.set}/${d.id}`, d]));
  const docLines: string[] = [];
  for (const d of now.documents) {
    const b = baseDocs.get(`${d.set}/${d.id}`);
    if (!b) continue;
    const was = rightThings(b);
    for (const [name, state] of rightThings(d)) {
      const before = was.get(name);
      if (before === undefined || before === state) continue;
      if (state === 'ok') docLines.push(`  fixed  ${d.id} ${name} (was ${before})`);
      else if (before === 'ok') docLines.push(`  BROKEN ${d.id} ${name}: ${state}`);
      else docLines.push(`  moved  ${d.id} ${name}: ${before} → ${state}`);
    }
  }
  if (lines.length === 0 && docLines.length === 0) return '';
  return [`Changes since the baseline (${group}):`, ...lines, ...docLines.sort()].join('\n');
}
