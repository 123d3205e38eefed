import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../scripts/eval/corpus';
import { checkFloors, flattenMetrics } from '../../scripts/eval/metrics';
import { runEvaluation } from '../../scripts/eval/run';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = defaultCorpusDir();
const floors = JSON.parse(readFileSync(join(root, 'scripts', 'eval', 'floors.json'), 'utf8')) as Record<string, unknown>;
const haveCorpus = existsSync(join(corpus, 'labels'));

if (!haveCorpus) console.warn(`eval-floors: skipped, no labelled corpus at ${corpus}`);

describe.skipIf(!haveCorpus)('evaluation floors (scripts/eval/floors.json)', () => {
  it('keeps every metric at or above its floor', { timeout: 120_000 }, async () => {
    const result = await runEvaluation({ corpus, now: () => new Date(0) });
    expect(result.docs.length).toBeGreaterThan(0);
    const metrics = flattenMetrics(result.groups);
    // Every floor names a metric the evaluation produces: a typo would silently check nothing.
    const paths = [
      ...Object.keys(floors).filter((k) => !k.startsWith('$')),
      ...Object.keys((floors.$max as Record<string, number> | undefined) ?? {}),
    ];
    expect(paths.filter((p) => p.startsWith('all.') && !(p in metrics))).toEqual([]);
    const failures = checkFloors(metrics, floors);
    const lines = failures.map((f) => `${f.path} = ${f.value ?? 'n/a'} (${f.kind === 'min' ? 'floor' : 'ceiling'} ${f.bound})`);
    expect(lines, `metrics out of bounds:\n${lines.join('\n')}`).toEqual([]);
  });
});
