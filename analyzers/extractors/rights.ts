import type { Extractor } from '../analyzer';

/** Finds the data-subject rights the policy states. */
const extractor: Extractor<'rights'> = {
  meta: { id: 'rights', fact: 'rights', description: 'Finds the data-subject rights the policy states.' },
  extract() {
    return [];
  },
};

export default extractor;
