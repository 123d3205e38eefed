import type { Lexicon } from './types';

/** Phrase lists for policies in language "nl". Data only: analyzers read them through ./index.ts. */
const nl: Lexicon = {
  policy: {
    indicators: [
      'privacy(?:verklaring|beleid|statement)', 'privacy- en cookieverklaring',
      'persoonsgegevens', 'verwerkingsverantwoordelijke', 'verantwoordelijke voor (?:de )?verwerking',
      'AVG', 'GDPR', 'Algemene Verordening Gegevensbescherming',
      'functionaris voor gegevensbescherming', 'uw rechten', 'je rechten', 'betrokkene(?:n)?',
      'recht (?:op|van) (?:inzage|rectificatie|verbetering|gegevenswissing|wissing|beperking|overdraagbaarheid|bezwaar)',
      'rechtsgrond(?:slag)?', 'gerechtvaardigd(?:e)? belang(?:en)?', 'toezichthoudende autoriteit', 'Autoriteit Persoonsgegevens', 'Gegevensbeschermingsautoriteit',
      'bewaartermijn', 'wij (?:verzamelen|verwerken|gebruiken|bewaren)', 'verwerking van (?:uw|je|jouw)',
    ],
    counterIndicators: [
      'algemene voorwaarden', 'gebruiksvoorwaarden', 'cookiebeleid', 'cookieverklaring', 'cookies?',
      'aansprakelijkheid', 'intellectueel eigendom', 'toepasselijk recht', 'opzegging', 'overeenkomst',
    ],
  },
  controller: {
    legalForms: ['B\\.V\\.?', 'BV', 'N\\.V\\.?', 'NV', 'V\\.O\\.F\\.', 'VOF', 'C\\.V\\.', 'BVBA', 'CVBA', 'VZW', 'vzw', 'SRL', 'NV/SA', 'Stichting'],
    controllerPhrases: [
      '(?:verwerkings)?verantwoordelijke(?:n)?', 'verantwoordelijk voor (?:de )?(?:verwerking|uw gegevens|je gegevens)', 'gezamenlijk(?:e)? verwerkingsverantwoordelijken',
    ],
    operatorPhrases: ['(?:beheerd|aangeboden|geëxploiteerd|ontwikkeld|uitgegeven|verzameld|verwerkt) door', 'is een dienst van'],
    selfReference: ['\\(?\\s*(?:hierna)?[,:]?\\s*[„"“\']?(?:wij|we|ons|onze)[”"\']?', '(?:verzamelt|verwerkt|hecht)'],
    addressCues: ['gevestigd (?:aan|te|op)', 'maatschappelijke zetel', 'zetel', 'adres', 'postadres', 'per post'],
    registrationCues: ['KvK', 'Kamer van Koophandel', 'ondernemingsnummer', 'KBO', 'BTW-nummer', 'inschrijvingsnummer'],
    euRegion: ['Europese Economische Ruimte', 'EER', 'Europese Unie', 'EU', 'Europa', 'Zwitserland'],
    contactPhrases: ['contact (?:met ons )?opnemen', 'neem contact', 'contacteer', 'gecontacteerd', 'schrijf(?:t)? ons', 'e-?mail', 'per post', 'contactgegevens', 'telefoon', 'bereikbaar'],
    contactForms: ['contactformulier', 'webformulier', 'online formulier', 'formulier'],
  },
  dpo: {
    terms: ['functionaris(?:sen)? voor (?:de )?gegevensbescherming', 'FG', 'DPO', 'Data Protection Officer', 'functionaris gegevensbescherming', 'privacy officer'],
    absent: ['geen (?:functionaris|DPO|FG)', 'niet (?:verplicht|aangesteld|benoemd)'],
    mailboxes: ['dpo', 'fg', 'privacyofficer'],
  },
  recipients: {
    sharing: ['delen', 'gedeeld', 'verstrekken', 'verstrekt', 'doorgeven', 'doorgegeven', 'ontvangers?', 'overdragen', 'doorgestuurd', 'toegang tot (?:uw|je) gegevens', 'verkopen', 'gehost'],
    categories: [
      'dienstverleners?', 'verwerkers?', 'subverwerkers?', 'onderaannemers?', 'leveranciers?', 'hostingproviders?', 'betaalproviders?', 'betalingsdienstaanbieders?',
      'IT-leveranciers?', 'groepsmaatschappijen', 'dochterondernemingen', 'gelieerde (?:ondernemingen|bedrijven)', 'overheidsinstanties', 'overheid', 'autoriteiten', 'instanties',
      'politie', 'justitie', 'rechtbanken', 'toezichthouders', 'accountants', 'advocaten', 'banken', 'verzekeraars', 'adverteerders', 'andere gebruikers', 'servers?',
    ],
    vague: ['derden', 'derde partijen', 'partners?'],
    namedCues: ['zoals', 'waaronder', 'bijvoorbeeld', 'bijv\\.', 'namelijk', 'aangeboden door', 'wij gebruiken', 'we gebruiken', 'via'],
  },
  purposes: {
    statements: [
      'doel(?:en|einden)?', 'om (?:\\p{L}+ ){0,8}te', 'met het oog op', 'ten behoeve van', 'teneinde', 'gebruikt (?:om|voor)', 'verwerkt (?:om|voor)', 'zodat', 'waarom',
    ],
    vague: ['om (?:onze|de) diensten (?:te leveren|aan te bieden)'],
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
