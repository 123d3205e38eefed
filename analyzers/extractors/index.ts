import type { Extractor, Facts } from '../analyzer';
import isPrivacyPolicy from './is-privacy-policy';
import controller from './controller';
import dpo from './dpo';
import legalBases from './legal-bases';
import rights from './rights';
import retention from './retention';
import transfers from './transfers';
import recipients from './recipients';

/** One extractor per fact of the report. */
export const EXTRACTORS: { [K in keyof Facts]: Extractor<K> } = {
  isPrivacyPolicy: isPrivacyPolicy,
  controller: controller,
  dpo: dpo,
  legalBases: legalBases,
  rights: rights,
  retention: retention,
  transfers: transfers,
  recipients: recipients,
};
