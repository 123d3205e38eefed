import type { ChecklistId, Status } from '../analyzers/types';

/** Short human titles of the 14 Article 13 items. */
export const ITEM_TITLES: Record<ChecklistId, string> = {
  controller_identity: 'Controller identity',
  controller_contact: 'Controller contact',
  dpo_contact: 'DPO contact',
  purposes: 'Purposes',
  legal_basis: 'Legal basis',
  legitimate_interests: 'Legitimate interests',
  recipients: 'Recipients',
  transfers: 'Transfers',
  retention: 'Retention',
  rights: 'Data subject rights',
  withdraw_consent: 'Withdraw consent',
  complaint: 'Complaint to authority',
  statutory_requirement: 'Statutory requirement',
  automated_decisions: 'Automated decisions',
};

/** Human labels of statuses. */
export const STATUS_LABELS: Record<Status, string> = {
  met: 'met',
  partial: 'partial',
  missing: 'missing',
  not_applicable: 'n/a',
};
