import type { Extractor } from '../analyzer';

/** Finds the controller: legal name, address, e-mails, phones, registration number. */
const extractor: Extractor<'controller'> = {
  meta: { id: 'controller', fact: 'controller', description: 'Finds the controller: legal name, address, e-mails, phones, registration number.' },
  extract() {
    return { name: null, address: null, emails: [], phones: [], registrationNumber: null, evidence: [] };
  },
};

export default extractor;
