import type { ChecklistItem, ChecklistId } from './types';

/** Weights of the Article 13 items in the score (REPORT.md). */
export const WEIGHTS: Record<ChecklistId, number> = {
  controller_identity: 10,
  controller_contact: 8,
  dpo_contact: 4,
  purposes: 10,
  legal_basis: 10,
  legitimate_interests: 5,
  recipients: 8,
  transfers: 8,
  retention: 10,
  rights: 10,
  withdraw_consent: 5,
  complaint: 6,
  statutory_requirement: 3,
  automated_decisions: 3,
};

const VALUE = { met: 1, partial: 0.5, missing: 0 } as const;

/** score = round(100 · Σ weight·value / Σ weight) over items that are not `not_applicable`. */
export function computeScore(items: Array<Pick<ChecklistItem, 'id' | 'status'>>): number {
  let num = 0;
  let den = 0;
  for (const item of items) {
    if (item.status === 'not_applicable') continue;
    const w = WEIGHTS[item.id];
    num += w * VALUE[item.status];
    den += w;
  }
  return den === 0 ? 0 : Math.round((100 * num) / den);
}
