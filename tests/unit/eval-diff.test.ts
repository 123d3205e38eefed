import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../scripts/eval/diff';
import type { DocComparison } from '../../scripts/eval/metrics';

const doc = (over: Partial<DocComparison>): DocComparison => ({
  id: 'd1',
  set: 'docs',
  lang: 'en',
  negative: false,
  sets: {},
  checklist: [],
  ...over,
});

describe('diffRuns', () => {
  it('reports metrics that moved and items fixed or broken', () => {
    const base = {
      metrics: { 'all.rights.f1': 0.5, 'all.score.mae': 10, 'all.legalBases.f1': 1 },
      documents: [
        doc({
          checklist: [
            { id: 'rights', ours: 'partial', gold: 'met', exact: true },
            { id: 'complaint', ours: 'met', gold: 'met', exact: true },
          ],
          sets: { rights: { tp: [], fp: [], fn: ['access'] } },
        }),
      ],
    };
    const now = {
      metrics: { 'all.rights.f1': 1, 'all.score.mae': 12, 'all.legalBases.f1': 1 },
      documents: [
        doc({
          checklist: [
            { id: 'rights', ours: 'met', gold: 'met', exact: true },
            { id: 'complaint', ours: 'missing', gold: 'met', exact: true },
          ],
          sets: { rights: { tp: ['access'], fp: [], fn: [] } },
        }),
      ],
    };
    const out = diffRuns(base, now);
    expect(out).toContain('better rights.f1: 0.500 → 1.000');
    expect(out).toContain('worse  score.mae: 10.0 → 12.0');
    expect(out).not.toContain('legalBases');
    expect(out).toContain('fixed  d1 checklist.rights (was ours partial (gold met))');
    expect(out).toContain('fixed  d1 rights (was -access)');
    expect(out).toContain('BROKEN d1 checklist.complaint: ours missing (gold met)');
  });

  it('is empty when nothing changed', () => {
    const run = { metrics: { 'all.rights.f1': 1 }, documents: [doc({})] };
    expect(diffRuns(run, run)).toBe('');
  });
});
