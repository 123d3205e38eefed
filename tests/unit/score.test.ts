import { describe, expect, it } from 'vitest';
import { computeScore, WEIGHTS } from '../../analyzers/score';
import { CHECKLIST_IDS, type Status } from '../../analyzers/types';

const all = (status: Status) => CHECKLIST_IDS.map((id) => ({ id, status }));

describe('computeScore', () => {
  it.each([
    ['all met', all('met'), 100],
    ['all missing', all('missing'), 0],
    ['all partial', all('partial'), 50],
    ['all not applicable', all('not_applicable'), 0],
  ])('%s', (_name, items, expected) => {
    expect(computeScore(items)).toBe(expected);
  });

  it('leaves not_applicable items out of the denominator', () => {
    const items = all('met').map((i) => (i.id === 'legitimate_interests' || i.id === 'withdraw_consent' ? { ...i, status: 'not_applicable' as Status } : i));
    expect(computeScore(items)).toBe(100);
  });

  it('weights items as REPORT.md says', () => {
    const items = all('met').map((i) => (i.id === 'controller_identity' ? { ...i, status: 'missing' as Status } : i));
    const total = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
    expect(total).toBe(100);
    expect(computeScore(items)).toBe(Math.round((100 * (total - 10)) / total));
  });
});
