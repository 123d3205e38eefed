import type { Extractor } from '../analyzer';

/** Finds named recipients (processors, third parties). */
const extractor: Extractor<'recipients'> = {
  meta: { id: 'recipients', fact: 'recipients', description: 'Finds named recipients (processors, third parties).' },
  extract() {
    return [];
  },
};

export default extractor;
