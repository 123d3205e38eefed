import type { Facts } from '../../analyzers/analyzer';
import { CHECKLIST } from '../../analyzers/checklist';
import type { PolicyDocument } from '../../analyzers/document';
import { EXTRACTORS } from '../../analyzers/extractors';
import { median } from './stats';

/** Median ms per rule (extractor `x:<fact>`, checklist item `c:<id>`) on one document. */
export function timeRules(doc: PolicyDocument, reps: number): Record<string, number> {
  const samples: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (samples[k] ??= []).push(ms);
  for (let r = 0; r < reps; r++) {
    const facts = {} as Record<string, unknown>;
    for (const key of Object.keys(EXTRACTORS) as Array<keyof Facts>) {
      const t0 = performance.now();
      facts[key] = EXTRACTORS[key].extract(doc);
      add(`x:${key}`, performance.now() - t0);
    }
    for (const analyzer of CHECKLIST) {
      const t0 = performance.now();
      analyzer.analyze(doc, facts as unknown as Facts);
      add(`c:${analyzer.meta.id}`, performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

/** Per-rule totals and maxima over all documents, slowest first. */
export function summarizeRules(perDoc: Array<{ id: string; rules: Record<string, number> }>): Array<{ rule: string; totalMs: number; maxMs: number; maxDoc: string }> {
  const acc = new Map<string, { totalMs: number; maxMs: number; maxDoc: string }>();
  for (const { id, rules } of perDoc) {
    for (const [rule, ms] of Object.entries(rules)) {
      const a = acc.get(rule) ?? { totalMs: 0, maxMs: 0, maxDoc: '' };
      a.totalMs += ms;
      if (ms > a.maxMs) {
        a.maxMs = ms;
        a.maxDoc = id;
      }
      acc.set(rule, a);
    }
  }
  return [...acc.entries()].map(([rule, a]) => ({ rule, ...a })).sort((x, y) => y.totalMs - x.totalMs);
}
