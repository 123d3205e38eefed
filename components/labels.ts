import type { ChecklistId, Status } from '../analyzers/types';

/** What each Article 13 item asks for, in the words shown to the user. */
export const ITEM_LABELS: Record<ChecklistId, string> = {
  controller_identity: 'Identity of the controller',
  controller_contact: 'Contact details of the controller',
  dpo_contact: 'Data protection officer contact',
  purposes: 'Purposes of processing',
  legal_basis: 'Legal basis for each purpose',
  legitimate_interests: 'Legitimate interests pursued',
  recipients: 'Recipients of the data',
  transfers: 'Transfers outside the EEA',
  retention: 'Retention period',
  rights: 'Data subject rights',
  withdraw_consent: 'Right to withdraw consent',
  complaint: 'Right to complain to a supervisory authority',
  statutory_requirement: 'Whether providing data is required',
  automated_decisions: 'Automated decisions and profiling',
};

/** Status names shown next to the colour, so the colour is never the only signal. */
export const STATUS_LABELS: Record<Status, string> = {
  met: 'Met',
  partial: 'Partial',
  missing: 'Missing',
  not_applicable: 'N/A',
};

/** "English (en)" for a BCP 47 tag, or the tag itself when the browser cannot name it. */
export function languageName(tag: string): string {
  if (!tag || tag === 'und') return 'Unknown';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
