import type { Extractor } from '../analyzer';

/** Finds transfers outside the EEA, destination countries and safeguards. */
const extractor: Extractor<'transfers'> = {
  meta: { id: 'transfers', fact: 'transfers', description: 'Finds transfers outside the EEA, destination countries and safeguards.' },
  extract() {
    return { outsideEEA: null, countries: [], safeguards: [], evidence: [] };
  },
};

export default extractor;
