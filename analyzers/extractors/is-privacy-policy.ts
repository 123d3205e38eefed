import type { Extractor } from '../analyzer';

/** Decides whether the text is a privacy policy at all. */
const extractor: Extractor<'isPrivacyPolicy'> = {
  meta: { id: 'is-privacy-policy', fact: 'isPrivacyPolicy', description: 'Decides whether the text is a privacy policy at all.' },
  extract() {
    return true;
  },
};

export default extractor;
