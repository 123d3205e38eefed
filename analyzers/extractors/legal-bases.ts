import type { Extractor } from '../analyzer';

/** Finds the Art. 6(1) legal bases the policy relies on. */
const extractor: Extractor<'legalBases'> = {
  meta: { id: 'legal-bases', fact: 'legalBases', description: 'Finds the Art. 6(1) legal bases the policy relies on.' },
  extract() {
    return [];
  },
};

export default extractor;
