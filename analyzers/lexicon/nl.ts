import type { Lexicon } from './types';

/** Phrase lists for policies in language "nl". Data only: analyzers read them through ./index.ts. */
const nl: Lexicon = {
  policy: {
    indicators: [],
    counterIndicators: [],
  },
  controller: {
    legalForms: [],
    controllerPhrases: [],
    contactPhrases: [],
  },
  dpo: {
    terms: [],
  },
  recipients: {
    sharing: [],
    categories: [],
    vague: [],
  },
  purposes: {
    statements: [],
    vague: [],
  },
  bases: {
    bases: {
      consent: [],
      contract: [],
      legal_obligation: [],
      vital_interests: [],
      public_task: [],
      legitimate_interests: [],
    },
  },
  rights: {
    rights: {
      access: [],
      rectification: [],
      erasure: [],
      restriction: [],
      portability: [],
      object: [],
      withdraw_consent: [],
      complaint: [],
      automated_decision: [],
    },
  },
  obligations: {
    statutory: [],
    consequences: [],
    automated: [],
    automatedLogic: [],
    authorities: [],
  },
  retention: {
    verbs: [],
    criteria: [],
    units: { Y: [], M: [], W: [], D: [], H: [] },
    numbers: {},
  },
  transfers: {
    outside: [],
    inside: [],
    mechanisms: {
      adequacy_decision: [],
      data_privacy_framework: [],
      standard_contractual_clauses: [],
      binding_corporate_rules: [],
      certification: [],
      code_of_conduct: [],
      derogation: [],
    },
    countries: {},
  },
};

export default nl;
