import type { Lexicon } from './types';

/** Phrase lists for policies in language "it". Data only: analyzers read them through ./index.ts. */
const it: Lexicon = {
  policy: {
    indicators: [
      'informativa (?:sulla |sul trattamento|privacy|ai sensi)', 'privacy policy', 'politica (?:sulla|di) (?:privacy|riservatezza)',
      'dati personali', 'titolare del trattamento', 'GDPR', 'RGPD', 'Regolamento (?:generale sulla protezione dei dati|\\(UE\\) 2016/679)', 'Codice (?:in materia di protezione dei dati|privacy)',
      'responsabile (?:della|per la) protezione dei dati', 'i tuoi diritti', 'diritti dell[\'’]interessato', 'interessat[io]',
      'diritto (?:di accesso|di rettifica|alla cancellazione|di limitazione|alla portabilità|di opposizione)', 'base giuridica', 'legittimo interesse',
      'Garante', 'autorità di controllo', 'periodo di conservazione', 'trattiamo', 'raccogliamo', 'trattamento dei (?:tuoi |Suoi )?dati',
    ],
    counterIndicators: [
      'termini (?:e condizioni|di (?:uso|utilizzo|servizio))', 'condizioni (?:generali|d[\'’]uso)', 'cookie policy', 'cookie', 'contratto', 'responsabilità', 'proprietà intellettuale',
      'legge applicabile', 'foro competente', 'recesso',
    ],
  },
  controller: {
    legalForms: ['S\\.p\\.A\\.?', 'SpA', 'S\\.P\\.A\\.', 'S\\.r\\.l\\.?', 'Srl', 'SRL', 'S\\.R\\.L\\.', 'S\\.r\\.l\\.s\\.', 'S\\.a\\.s\\.', 'S\\.n\\.c\\.', 'S\\.c\\.a\\.r\\.l\\.', 'Soc\\. Coop\\.'],
    controllerPhrases: ['titolar[ei] (?:autonom[oi] )?del trattamento', 'contitolari del trattamento', 'titolare', 'titolari'],
    operatorPhrases: ['(?:gestito|gestita|fornito|fornita|offerto|offerta|sviluppato|sviluppata|edito|edita|pubblicato|pubblicata|raccolti|trattati) da(?:lla società)?'],
    selfReference: ['\\(?\\s*(?:di seguito|in seguito)?[,:]?\\s*(?:anche )?[«"“]?(?:noi|ci|nostro|nostra)[»"”]?', '(?:raccoglie|tratta|si impegna)'],
    addressCues: ['con sede (?:legale )?(?:in|a)', 'sede legale', 'sede', 'indirizzo', 'domiciliat[oa]', 'per posta'],
    registrationCues: ['P\\.? ?IVA', 'Partita IVA', 'C\\.F\\.', 'codice fiscale', 'REA', 'Registro delle Imprese', 'iscritta al'],
    euRegion: ['Spazio Economico Europeo', 'SEE', 'Unione Europea', 'UE', 'Europa', 'Svizzera'],
    contactPhrases: ['contattarci', 'contattaci', 'contattabile', 'scriverci', 'scrivendo a', 'e-?mail', 'PEC', 'recapiti', 'dati di contatto', 'telefono', 'posta elettronica', 'all[\'’]indirizzo'],
    contactForms: ['modulo (?:di contatto|online|web)', 'modulo', 'form di contatto'],
  },
  dpo: {
    terms: ['responsabile (?:della|per la) protezione dei dati', 'RPD', 'DPO', 'Data Protection Officer', 'responsabile protezione dati'],
    absent: ['non (?:ha|abbiamo) (?:nominato|designato)', 'nessun (?:DPO|RPD|responsabile della protezione)'],
    mailboxes: ['dpo', 'rpd', 'responsabileprotezione'],
  },
  recipients: {
    sharing: ['condivi(?:dere|diamo|si)', 'comunica(?:ti|re|zione)', 'trasmess[io]', 'trasmett(?:ere|iamo)', 'destinatari', 'divulga(?:ti|re)', 'cedut[io]', 'accesso ai (?:tuoi |Suoi )?dati', 'ospitat[io]'],
    categories: [
      'fornitori(?: di servizi)?', 'responsabili del trattamento', 'sub-?responsabili', 'società del gruppo', 'società controllate', 'affiliat[ei]', 'autorità(?: giudiziarie| pubbliche| competenti)?',
      'soggetti pubblici', 'enti pubblici', 'organi di controllo', 'forze dell[\'’]ordine', 'consulenti', 'professionisti', 'banche', 'istituti di credito', 'assicurazioni', 'hosting',
      'personale autorizzato', 'incaricati', 'altri utenti', 'inserzionisti', 'enti',
    ],
    vague: ['terz[ei]', 'terze parti', 'partner'],
    namedCues: ['come', 'quali', 'ad esempio', 'tra cui', 'ovvero', 'fornito da', 'utilizziamo', 'es\\.'],
  },
  purposes: {
    statements: ['finalità', 'scopi?', 'al fine di', 'allo scopo di', 'per (?:\\p{L}+ ){0,3}(?:fornire|gestire|rispondere|migliorare|inviare|adempiere|garantire)', 'utilizzati per', 'trattati per', 'per consentire', 'perché'],
    vague: ['per fornire (?:i nostri|il) servizi?o?'],
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

export default it;
