import type { Lexicon } from './types';

/** Phrase lists for policies in language "de". Data only: analyzers read them through ./index.ts. */
const de: Lexicon = {
  policy: {
    indicators: [
      'Datenschutz(?:erklärung|hinweise?|richtlinie|information(?:en)?|bestimmungen)',
      'personenbezogene(?:n|r)? Daten',
      'Verantwortliche(?:r|n)?',
      'DSGVO', 'DS-GVO', 'Datenschutz-Grundverordnung', 'BDSG',
      'Datenschutzbeauftragte(?:r|n)?',
      'Ihre Rechte', 'Betroffenenrechte', 'betroffene(?:n)? Person(?:en)?',
      'Recht auf (?:Auskunft|Berichtigung|Löschung|Einschränkung|Datenübertragbarkeit)',
      'Widerspruchsrecht', 'Rechtsgrundlage', 'berechtigte(?:s|n)? Interesse(?:n)?',
      'Aufsichtsbehörde', 'Speicherdauer',
      'wir (?:erheben|verarbeiten|speichern|nutzen|verwenden)',
      'Verarbeitung (?:Ihrer|personenbezogener|deiner)',
    ],
    counterIndicators: [
      'Allgemeine(?:n)? Geschäftsbedingungen', 'AGB', 'Nutzungsbedingungen', 'Cookie-?Richtlinie', 'Cookies?',
      'Vertragslaufzeit', 'Kündigung', 'Haftung', 'Gewährleistung', 'Urheberrecht', 'Gerichtsstand', 'Vertragsschluss',
    ],
  },
  controller: {
    legalForms: ['GmbH & Co\\.? KG', 'GmbH', 'gGmbH', 'AG', 'SE', 'KG', 'OHG', 'UG(?: \\(haftungsbeschränkt\\))?', 'e\\.\\s?V\\.', 'eG', 'KGaA', 'mbH'],
    controllerPhrases: [
      'Verantwortliche(?:r|n)?(?: Stelle)?',
      'verantwortlich(?:e)? (?:für|im Sinne)',
      'gemeinsam Verantwortliche',
      'Verantwortlich für die (?:Datenverarbeitung|Verarbeitung)',
      'Name und (?:Anschrift|Kontaktdaten) des Verantwortlichen',
    ],
    operatorPhrases: [
      '(?:betrieben|angeboten|bereitgestellt|herausgegeben|entwickelt|verwaltet) (?:von|durch)(?: der| die| dem)?',
      'wird von der', 'wird von',
      'Anbieter(?: dieser (?:Website|App))? ist',
      'Betreiber(?: dieser (?:Website|App))? ist',
    ],
    selfReference: [
      '\\(?\\s*(?:nachfolgend|im Folgenden)?[,:]?\\s*[„"“]?(?:wir|uns|unser)[“"”]?',
      '(?:erhebt|verarbeitet|nimmt den Schutz|betreibt)',
    ],
    addressCues: ['Sitz', 'Anschrift', 'Adresse', 'Postanschrift', 'per Post', 'Geschäftssitz'],
    registrationCues: ['HRB', 'HRA', 'Handelsregister', 'Registergericht', 'Amtsgericht', 'USt-IdNr\\.?', 'Umsatzsteuer-Identifikationsnummer'],
    euRegion: ['Europäische(?:n)? Wirtschaftsraum(?:s)?', 'EWR', 'Europäische(?:n)? Union', 'EU', 'Europa', 'Schweiz'],
    contactPhrases: [
      'kontaktieren Sie uns', 'kontaktiere uns', 'Kontakt', 'erreichen Sie uns', 'wenden Sie sich', 'wende dich', 'schreiben Sie uns', 'E-?Mail', 'Telefon',
      'per (?:E-?Mail|Post|Brief)', 'Kontaktdaten', 'Anschrift',
    ],
    contactForms: ['Kontaktformular', 'Online-?Formular', 'Webformular', 'Formular'],
  },
  dpo: {
    terms: ['Datenschutzbeauftragte(?:r|n)?', 'Beauftragte(?:r|n)? für (?:den )?Datenschutz', 'DSB', 'DPO', 'EU-Datenschutzbeauftragte(?:r|n)?', 'Konzerndatenschutzbeauftragte(?:r|n)?'],
    absent: ['kein(?:en)? (?:Datenschutzbeauftragten|DPO)', 'nicht (?:verpflichtet|bestellt|benannt)'],
    mailboxes: ['dpo', 'dsb', 'datenschutzbeauftragter'],
  },
  recipients: {
    sharing: [
      'weiter(?:gegeben|geben|gabe|leiten|geleitet)', 'übermittel(?:n|t)', 'Übermittlung', 'offengelegt', 'Offenlegung', 'Empfänger(?:n)?', 'Empfängerkategorien',
      'teilen', 'geteilt', 'Zugriff auf (?:Ihre|deine) Daten', 'verkaufen', 'gehostet', 'Weitergabe',
    ],
    categories: [
      'Dienstleister(?:n)?', 'Auftragsverarbeiter(?:n)?', 'Unterauftragsverarbeiter(?:n)?', 'Hosting-?(?:Anbieter|Dienstleister)', 'Zahlungs(?:dienstleister|anbieter|abwickler)',
      'IT-Dienstleister', 'Anbieter(?:n)?', 'verbundene(?:n)? Unternehmen', 'Konzernunternehmen', 'Tochtergesellschaften',
      'Behörden', 'staatliche(?:n)? Stellen', 'Strafverfolgungsbehörden', 'Steuerbehörden', 'Aufsichtsbehörden', 'Gerichte(?:n)?', 'Polizei',
      'Steuerberater(?:n)?', 'Wirtschaftsprüfer(?:n)?', 'Rechtsanwälte(?:n)?', 'Banken', 'Kreditinstitute(?:n)?', 'Versicherungen', 'Werbepartner(?:n)?', 'andere(?:n)? (?:Nutzer|Mitglieder)',
    ],
    vague: ['Dritte(?:n)?', 'Dritter', 'Drittanbieter(?:n)?', 'Partner(?:n)?', 'andere(?:n)? Unternehmen'],
    namedCues: ['wie', 'z\\. ?B\\.', 'zum Beispiel', 'beispielsweise', 'insbesondere', 'darunter', '(?:angeboten|betrieben|bereitgestellt) von', 'nutzen wir', 'wir nutzen', 'wir verwenden'],
  },
  purposes: {
    statements: [
      'Zwecke?(?:n)?', 'Verarbeitungszweck(?:e)?', 'um (?:\\p{L}+ ){0,8}zu', 'zur (?:Bereitstellung|Verbesserung|Abwicklung|Durchführung|Erfüllung|Verwaltung|Beantwortung|Analyse|Gewährleistung)',
      'zum (?:Zweck|Betrieb|Schutz)', 'dient (?:der|dazu|zur)', 'verwenden (?:wir|die Daten) (?:für|zur|um)', 'nutzen (?:wir|die Daten) (?:für|zur|um)', 'damit',
    ],
    vague: ['zur Bereitstellung (?:unserer|der) Dienste', 'um (?:unsere|die) Dienste (?:bereitzustellen|anzubieten)'],
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

export default de;
