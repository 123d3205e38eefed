import type { Extractor } from '../analyzer';

/** Finds whether a data protection officer is named, and their e-mails. */
const extractor: Extractor<'dpo'> = {
  meta: { id: 'dpo', fact: 'dpo', description: 'Finds whether a data protection officer is named, and their e-mails.' },
  extract() {
    return { mentioned: false, emails: [], evidence: [] };
  },
};

export default extractor;
