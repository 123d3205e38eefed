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
      // Contract and shop terms (consumer-law cancellation, delivery, warranty) and tracking technologies, as in English.
      'questi termini', 'tempi di consegna', 'spese di spedizione', 'garanzia', 'tecnologie di tracciamento', 'pixel', 'web ?beacons?',
      'termini (?:e condizioni|di (?:uso|utilizzo|servizio))', 'condizioni (?:generali|d[\'’]uso)', 'cookie policy', 'cookie', 'contratto', 'responsabilità', 'proprietà intellettuale',
      'legge applicabile', 'foro competente', 'recesso',
    ],
  },
  controller: {
    nameParticles: ['di', 'del', 'della', 'dei'],
    formLeads: ["l['’]", 'la', 'il', "dell['’]", 'della', "dall['’]", 'dalla', "all['’]", 'alla'],
    productOf: ['di', 'del', 'della', "dell['’]"],
    legalForms: ['S\\.p\\.A\\.?', 'SpA', 'S\\.P\\.A\\.', 'S\\.r\\.l\\.s\\.?', 'S\\.r\\.l\\.?', 'S(?:rl|RL)', 'S\\.R\\.L\\.', 'S\\.r\\.l\\.s\\.', 'S\\.a\\.s\\.', 'S\\.n\\.c\\.', 'S\\.c\\.a\\.r\\.l\\.', 'Soc\\. Coop\\.', 'S\\.s\\.', 'S\\.a\\.p\\.a\\.', 'S\\.c\\.r\\.l\\.', 'S\\.c\\.p\\.a\\.', 'Srls',
      // Third-sector and amateur-sports bodies (D.Lgs. 117/2017, art. 90 L. 289/2002): "A.S.D. Nuoto ...", "... APS".
      'A\\.S\\.D\\.', 'ASD', 'S\\.S\\.D\\.', 'A\\.P\\.S\\.', 'APS', 'ODV', 'O\\.d\\.V\\.', 'Onlus',
      // Associations and foundations (artt. 14-42 c.c.) are named form first: "l'Associazione Culturale X".
      'Associazione', 'Fondazione',

      // Public health bodies (D.Lgs. 502/1992) are named by their kind, form first: "l'Azienda Ospedaliera X", "l'Azienda Sanitaria Locale X".
      'Azienda (?:Ospedaliera|Sanitaria|Socio[- ]Sanitaria|Unità Sanitaria)(?: (?:Universitaria|Locale|Provinciale|Regionale|Territoriale))?'],
    // s4-joint: joint controllers (Art. 26)
    jointPhrases: ['contitolari del trattamento', 'contitolare del trattamento', 'titolari congiunti'],
    controllerPhrases: ['titolar[ei] (?:autonom[oi] )?del trattamento', 'contitolari del trattamento', 'titolare', 'titolari'],
    operatorPhrases: ['siamo', '(?:saranno |sono |verranno |vengono |sarà |è )?trattat[io] (?:da|dalla società)', '(?:gestito|gestita|fornito|fornita|offerto|offerta|sviluppato|sviluppata|edito|edita|pubblicato|pubblicata|raccolti) da(?:lla società)?'],
    selfReference: ['\\(\\s*(?:di seguito|in seguito)[^)]{0,80}\\)', '\\([^)]{0,60}[«"“]\\s*noi\\s*[»"”][^)]{0,40}\\)', '\\(\\s*(?:di seguito|in seguito)?[,:]?\\s*(?:anche )?[«"“]?(?:noi|ci|nostro|nostra)[»"”]?', '(?:raccoglie|tratta|si impegna)'],
    // A third-party product before "fornito da": "un servizio di analisi fornito da".
    thirdPartyService: ['(?:è|sono) una? (?:[\\p{L}\'’-]+ ){0,2}(?:servizio|strumento|piattaforma|rete)(?: [\\p{L}\'’-]+){0,5}'],
    entityApposition: [',? (?:è )?(?:una?|la|l[\'’]) ?(?:\\p{L}+ ){0,3}(?:società|azienda|impresa|ente|fondazione)'],
    notNames: ['noi', 'nostro', 'nostra', 'voi', 'tu', 'utenti', 'utente', 'società', 'fornitore', 'applicazione', 'servizio'],
    productLead: [
      '(?:la presente|questa) (?:informativa(?: sulla privacy)?|privacy policy) si applica (?:all[\'’]app(?:licazione)?|al sito(?: web)?|al servizio|al gioco|alla piattaforma|a)',
      '(?:la )?(?:nostra|mia) (?:app|applicazione|piattaforma)', '(?:il )?(?:nostro|mio) (?:sito(?: web)?|gioco)',
    ],
    productMakers: [],
    productNouns: ['app', 'applicazion[ei]', 'sit[oi](?: web| internet)?', 'servizi[o]?', 'giochi', 'gioco', 'piattaform[ae]', 'software'],
    productTitles: ['(?:informativa (?:sulla |per la )?privacy|informativa sul trattamento dei dati(?: personali)?|privacy policy|politica (?:sulla|della) privacy)(?: (?:dell[\'’]app(?:licazione)?|del sito(?: web)?|della piattaforma|del servizio|di|del|della)| dell[\'’])?'],
    productGeneric: ['il', 'lo', 'la', 'l[\'’]', 'i', 'gli', 'le', 'un[oa]?', 'questa', 'questo', 'nostr[oaie]', 'mi[oa]', 'gratuit[oa]', 'mobile', 'privacy', 'informativa', 'utenti', 'clienti', 'visitatori', 'candidati', 'dipendenti', 'minori', 'android', 'ios'],
    definedRole: ['\\(\\s*(?:di seguito|in seguito|qui di seguito)?\\s*(?:anche )?(?:denominat[oa] |chiamat[oa] |indicat[oa] come )?(?:il |lo |l[\'’])?[«"“]\\s*(?:il |l[\'’])?(?:Fornitore|Sviluppatore|Titolare|Gestore|Editore)\\s*[»"”]\\s*\\)'],
    tradingWords: ['studios?', 'gruppo', 'team', 'soluzioni', 'tecnologie', 'media', 'digital', 'sviluppatori'],
    addressCues: ['all[\'’]attenzione d(?:i|el|ella)', 'alla c\\.a\\.', 'con sede (?:legale )?(?:in|a)', 'sede legale', 'sede', 'indirizzo', 'domiciliat[oa]', 'per posta'],
    addressLead: ['in', 'a', 'è'],
    registrationCues: ['P\\.? ?IVA', 'Partita IVA', 'C\\.F\\.', 'codice fiscale', 'REA', 'Registro delle Imprese', 'iscritta al'],
    euRegion: ['Spazio Economico Europeo', 'SEE', 'Unione Europea', 'UE', 'Europa', 'Svizzera'],
    euOutside: ['Svizzera'],
    contactPhrases: ['contattarci', 'contattaci', 'contattabile', 'scriverci', 'scrivendo a', 'PEC', 'recapiti', 'dati di contatto', 'posta elettronica', 'all[\'’]indirizzo'],
    contactForms: ['modulo (?:di contatto|online|web)', 'modulo', 'form di contatto'],
    contactChannels: ['e-?mail', 'PEC', 'telefono', 'tel\\.?', 'posta elettronica'],
    contactUs: ['contattarci', 'contattaci', 'scriverci', 'scrivici', 'il nostro indirizzo', 'per posta', 'a mezzo posta'],
    contactTitles: ['contatti', 'contattaci', 'recapiti', 'come contattarci'],
  },
  dpo: {
    terms: ['responsabile (?:della|per la) protezione dei dati', 'RPD', 'DPO', 'Data Protection Officer', 'responsabile protezione dati'],
    absent: [
      'non (?:l[oa] |ne )?(?:ha|abbiamo|hanno) (?:nominato|designato)', 'nessun (?:DPO|RPD|responsabile della protezione)',
      // "Il Titolare non è tenuto alla nomina del RPD" (Art. 37 obliges only some controllers).
      'non (?:è|siamo) (?:tenut[oa]|obbligat[oa]) (?:alla|a) (?:nomina|designa(?:zione|re)|nominare)', 'non (?:è|sono) stat[oa] (?:nominat[oa]|designat[oa])',
    ],
    mailboxes: ['dpo', 'rpd', 'responsabileprotezione'],
    // s4-samecontact: the officer reached through contact details given elsewhere
    sameContact: ['allo stesso indirizzo', 'agli stessi recapiti', "all['’]indirizzo (?:sopra indicato|suindicato|sopra riportato)", 'ai recapiti (?:sopra indicati|suindicati|sopra riportati)'],
  },
  recipients: {
    sharing: ['condivi(?:dere|diamo|si)', 'comunica(?:ti|re|zione)', 'comunichiamo', 'trasmess[io]', 'trasmett(?:ere|iamo)', 'destinatari', 'divulga(?:ti|re)', 'cedut[io]', 'accesso ai (?:tuoi |Suoi )?dati', 'ospitat[io]', 'res[io] accessibili',
      // Who sees or processes the data for us: "vi accedono", "avranno accesso", "li vedranno", "ci avvaliamo di fornitori".
      'accedono', 'accederanno', 'avranno accesso', 'l[io] vedranno', 'ci avvaliamo', 'si avvale', 'avvalendo(?:ci|si)', 'a chi (?:diamo|comunichiamo|forniamo|trasmettiamo)'],
    categories: [
      '(?<!altro )fornitor[ei](?: di servizi)?', 'responsabil[ei] del trattamento', 'sub-?responsabili', 'società del gruppo', 'società controllate', 'affiliat[ei]', 'autorità(?: giudiziarie| pubbliche| competenti)?',
      'soggetti pubblici', 'enti pubblici', 'organi di controllo', 'forze dell[\'’]ordine', 'consulenti', 'professionisti', 'banche', 'istituti di credito', 'assicurazioni', 'hosting',
      'personale autorizzato', 'incaricati', 'altri utenti', 'inserzionisti', 'enti',
      // Trades and bodies named in ordinary notices: couriers, banks, insurers, accountants, sports federations.
      'corrieri', 'spedizionieri', 'soggetti autorizzati(?: al trattamento)?', 'dipendenti e collaboratori', 'collaboratori', 'outsourcing', 'istituti (?:bancari|di pagamento)', 'compagni[ae] (?:assicurativ[ae]|di assicurazione)', 'cass[ae] malati', 'medic[oi] curant[ei]', 'commercialist[ai]', 'federazion[ei](?: sportiv[ae])?', 'ent[ei] di promozione',
    ],
    vague: ['(?<!paesi )terz[ei]', 'terze parti', 'partner'],
    namedCues: ['(?:comunicati|trasmessi|condivisi) (?:a|con)', 'come', 'quali', 'ad esempio', 'tra cui', 'ovvero', 'fornito da', 'utilizziamo', 'es\\.'],
    nounsCapitalised: false,
  },
  purposes: {
    statements: ['finalità', 'scop[oi]', 'al fine di', 'allo scopo di', 'per (?:\\p{L}+ ){0,3}(?:fornire|gestire|rispondere|migliorare|inviare|adempiere|garantire)', 'utilizzati per', 'trattati per', 'per consentire', 'perché'],
    vague: ['per fornire (?:i nostri|il) servizi?o?'],
  },
  bases: {
    bases: {
      consent: [
        '^(?:il suo |il tuo )?consenso(?: \\(|$)',
        '(?:con|sulla base del|in base al|previo|previa acquisizione del|basato sul|fondato sul|mediante|dietro) (?:il |suo |tuo |vostro |proprio |loro |libero |esplicito |espresso |specifico )*consenso',
        '(?:base giuridica|base legale|presupposto di liceità)[^.;]{0,40}consenso',
        'consenso (?:esplicito|espresso|dell[\'’]interessato|dell[\'’]utente)',
        '(?:prestato|fornito|rilasciato|dato) (?:il )?(?:suo |tuo |proprio )?consenso',
        // Plain wording: "perché ci hai dato il permesso", "con la tua autorizzazione".
        '(?:hai|ha|abbia|abbiate|avete) dato (?:il |la )?(?:tuo |suo |vostro |tua |sua |vostra )?(?:permesso|autorizzazione)', '(?:con|previ[oa]|dietro) (?:il |la )?(?:tuo |suo |vostro |tua |sua |vostra )?(?:permesso|autorizzazione)',
        'art(?:icolo|\\.)? ?9 ?(?:\\(2\\)|\\.2|,? ?(?:paragrafo|par\\.|comma) ?2)[ ,.]*(?:lett(?:era|\\.)? ?)?\\(?a\\)',
      ],
      contract: [
        'esecuzione (?:di un|del|dei|di|del presente|di uno specifico) ?contratt[oi]',
        'misure precontrattuali',
        'adempi(?:ere|mento)(?: agli| degli| di)? (?:obblighi|obbligazioni) contrattuali',
        'necessari[oa]? (?:all[\'’]|per l[\'’])esecuzione (?:di un|del) contratto',
      ],
      legal_obligation: [
        // Singular and plural: "un obbligo di legge", "gli obblighi legali".
        'obblig(?:o|hi) (?:di )?(?:legge|legal[ei]|normativ[oi])',
        'adempi(?:ere|mento)(?: a)? (?:un|gli|agli|degli)? ?obblig(?:o|hi) (?:legal[ei]|di legge|normativ[oi])',
        'obbligo legale',
        'previsto dalla legge',
        // Tax and accounting duties are legal obligations (Art. 6(1)(c)).
        'obblighi (?:fiscali|contabili|tributari|civilistici)',
      ],
      vital_interests: ['interessi vitali', 'interesse vitale'],
      public_task: [
        'compit[oi] di interesse pubblico',
        'interesse pubblico',
        'esercizio di pubblici poteri',
        'pubblici poteri',
      ],
      legitimate_interests: ['legittim[oi] interess[ei]', 'interess[ei] legittim[oi]'],
    },
    weak: {
      consent: ['consenso'],
      contract: ['contratt(?:o|i|uale|uali)'],
      legal_obligation: ['obblig(?:o|hi) legal[ei]'],
      vital_interests: ['interessi vitali'],
      public_task: ['interesse pubblico'],
      legitimate_interests: ['legittim[oi] interess[ei]'],
    },
    cues: [
      'base (?:giuridica|legale)',
      'basi giuridiche',
      'presupposto (?:di liceità|giuridico)',
      'liceità',
      'ai sensi dell[\'’]art(?:icolo|\\.)? ?6',
      'art(?:icolo|\\.)? ?6 ?(?:\\(1\\)|\\.1|,? ?(?:paragrafo|par\\.|comma) ?1)',
    ],
    article6: [
      'lett(?:era|ere|\\.)? ?\\(?[a-f]\\)?(?:(?: ?,| e| o)+ ?\\(?[a-f]\\)?)* del(?:l[’\'])? ?(?:paragrafo 1 dell[’\'] ?)?art(?:icolo|\\.)? ?6(?:\\.1|\\(1\\)|,? (?:par(?:agrafo|\\.)|comma) 1)?',
      'art(?:icolo|\\.)? ?6 ?(?:\\(1\\)|\\.1|,? ?(?:paragrafo|par\\.|§|comma|co\\.|cpv\\.|capoverso) ?1)[ ,.]*(?:(?:lett(?:era|ere|\\.)?|lit\\.) ?)?\\(?[a-f]\\)?(?:(?: ?,| e| o| ?/)+ ?(?:\\(|(?:lett(?:era|\\.)?|lit\\.) )?[a-f]\\)?)*',
    ],
    hypothetical: ['nella misura in cui(?! (?:(?:il|lo stesso) (?:GDPR|Regolamento) )?(?:è|sia|risulti) applicabile)', 'qualora', '(?:quando|se|laddove) il trattamento (?:è|sia) basato sul consenso'],
    restatedIntro: ['(?:in caso|qualora|se) (?:sussista|ricorra|si verifichi) (?:almeno )?una delle seguenti condizioni'],
    interestsDescribed: [
      // Three whole words after the cue (a separator before each: one long word is not three).
      '(?:legittim[oi] interess[ei]|interess[ei] legittim[oi]) (?:a|al|alla|allo|ad|di|del|della|nel|nella|consistente|che consiste|consiste(?:no)? (?:nel|nella|nello|in)|è (?:quello|quella) di|quale|quali|come|ovvero|cioè|per)(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
      '(?:legittim[oi] interess[ei]|interess[ei] legittim[oi]) ?(?::|–|-|\\(|,? (?:ad esempio|ovvero|quale|come))(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
      // Whose interest and the article in brackets before what it is: "legittimo interesse del Titolare (art. 6, par. 1, lett. f) GDPR) a garantire ...".
      '(?:legittim[oi] interess[ei]|interess[ei] legittim[oi])(?: (?:del|della|dei) \\p{L}+)? ?\\([^()]{0,40}(?:\\([^()]{0,5}\\)[^()]{0,20})?\\)(?:[^()]{0,10}\\))?,? ?(?:a|al|alla|ad|di|del|della|nel|nella|per|consistente|che consiste)(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
      // The purpose first: "per garantire la sicurezza del sito, sulla base del nostro legittimo interesse".
      'per \\p{L}+(?:are|ere|ire|ar|er|ir)(?:ti|ci|vi|gli|le|la|lo|li|ne|Le)?(?:[\\s\'’]+[\\p{L}\\p{N}-]+){2}[^.;]{0,90}(?:legittim[oi] interess[ei]|interess[ei] legittim[oi])',
      // The interest in brackets right after the cue, or as a relative clause: "legittimo interesse (garantire la sicurezza ...)", "legittimo interesse, che è tutelare ...".
      '(?:legittim[oi] interess[ei]|interess[ei] legittim[oi]) ?\\(\\s*[\\p{L}\\p{N}-]+(?:[\\s\'’]+[\\p{L}\\p{N}-]+){2}',
      '(?:legittim[oi] interess[ei]|interess[ei] legittim[oi])(?: (?:del|della|dei) \\p{L}+)?,? (?:che|il quale|i quali) (?:è|sono|consiste(?:no)? (?:nel|nella|nello|in))(?:[\\s\'’]+[\\p{L}\\p{N}-]+){3}',
    ],
    purposeLinks: ['(?:trattiamo|utilizziamo|raccogliamo|conserviamo|inviamo|usiamo|gestiamo|elaboriamo|registriamo|pubblichiamo|verifichiamo|analizziamo|archiviamo)', '(?:il trattamento|l[’\']invio|la gestione|la conservazione|la raccolta) (?:dei|dei|di|del|della|delle)', 'per (?:le )?finalità', 'finalità', 'al fine di',
      // A purpose named by its noun at the head of a list item: "a) Gestione degli ordini: ...", "Invio della newsletter: ...".
      // Also with a second noun or an adjective: "- Gestione e amministrazione del condominio", "- Adempimenti fiscali, ...".
      '^(?:[a-z]\\)|\\d+[.)]|[-•])? ?(?:gestione|invio|analisi|erogazione|fornitura|registrazione|iscrizione|tesseramento|prevenzione|assistenza|elaborazione|adempiment[oi]|recupero|amministrazione|tenuta|riscossione|tutela|convocazione)(?: (?:e )?\\p{L}+)?(?: (?:de(?:i|l|lla|lle|gli|llo|ll[\'’])|di|a)|,|:)', 'allo scopo di', 'per (?:la|il|l[\'’]|i|le|gestire|fornire|inviare|rispondere|consentire|migliorare|garantire)',
      // Any infinitive, clitic included: "per creare", "per suggerirti", "per inviarLe".
      'per \\p{L}+(?:are|ere|ire|ar|er|ir)(?:ti|ci|vi|gli|le|la|lo|li|ne|Le)?'],
    notBasis: {
      consent: ['non (?:si basa|è basato|è fondato|si fonda) sul (?:suo |tuo |vostro )?consenso',
        // Explicit consent to a transfer is an Art. 49(1)(a) derogation, not the Art. 6(1)(a) basis.
        'consenso esplicito[^.;]{0,80}art(?:icolo|\\.)? ?49', 'trasferiment[oi][^.;]{0,120}consenso esplicito'],
      contract: [],
      legal_obligation: [],
      vital_interests: [],
      public_task: ['interesse pubblico rilevante', 'motivi di interesse pubblico nel settore della sanità pubblica'],
      legitimate_interests: ['libertà,? e (?:i )?legittimi interessi', 'legittimi interessi (?:dell[\'’]interessato|degli interessati)',
        // Denied: "non tratta i suoi dati sulla base del legittimo interesse" (public authorities, Art. 6(1) second subparagraph).
        'non (?:tratta|trattiamo|tratterà|si basa|ci basiamo|ricorre|ricorriamo|si fonda)[^.;]{0,40}(?:legittim[oi] interess[ei]|interess[ei] legittim[oi])'],
    },
    // An OS permission prompt (location, camera, contacts) is terminal access, not an Art. 6(1)(a) basis.
    deviceFeatures: ['geolocalizzazione', 'localizzazione', 'posizione', 'GPS', 'fotocamera', 'videocamera', 'microfono', 'contatti', 'rubrica', 'foto', 'galleria', 'notifiche(?: push)?', 'Bluetooth', 'calendario'],
    devicePermission: [
      'impostazioni (?:del|dello|di|sul) (?:tuo |suo |vostro |proprio )?(?:dispositivo|telefono|smartphone|cellulare|tablet|sistema operativo)',
      '(?:autorizzazioni|permessi) (?:del|di|dello) (?:tuo |suo |proprio )?(?:dispositivo|telefono|smartphone|sistema operativo)',
      '(?:permess[oi]|autorizzazion[ei]) (?:di accesso (?:alla |al |ai )?|alla |al |ai |di )(?:posizione|localizzazione|geolocalizzazione|fotocamera|microfono|contatti|rubrica)',
      'servizi di localizzazione',
    ],
    // "Non condividiamo i tuoi dati senza il tuo consenso": consent relied on without being called a legal basis.
    consentGated: [
      '(?:non|mai)[^.;]{0,100}senza (?:il )?(?:tuo|suo|Suo|vostro) (?:previo |preventivo |esplicito )?(?:consenso|autorizzazione|permesso)',
    ],
  },
  rights: {
    rights: {
      access: ['diritto di accesso', 'accesso ai (?:propri |suoi |tuoi )?dati', 'ottenere (?:la )?conferma', 'accedere ai (?:propri |suoi |tuoi |vostri )?dati', '(?:chiederci|ricevere|ottenere) (?:una )?copia dei (?:propri |suoi |tuoi |vostri )?dati',
        // Plain wording: "chiederci di vedere i tuoi dati".
        '(?:chiederci|chiedere|richiedere)(?: di)? (?:vedere|consultare|conoscere) (?:quali )?(?:i )?(?:propri |suoi |tuoi |vostri )dati',
        // "diritto di sapere quali dati abbiamo su di te".
        '(?:sapere|conoscere) (?:quali|se) (?:\\p{L}+ ){0,3}dati (?:\\p{L}+ ){0,2}(?:abbiamo|trattiamo|conserviamo|teniamo)'],
      rectification: ['rettifica(?:re|zione)?', 'diritto di (?:correzione|aggiornamento)', 'correggere i (?:propri |suoi |tuoi |vostri )?dati', '(?:accedere|accesso) ai (?:propri |suoi |tuoi |vostri )?dati (?:o|e) (?:di )?correggerli'],
      erasure: ['cancellazione', 'diritto all[\'’]oblio', 'cancellare i (?:propri |suoi |tuoi |vostri )?dati'],
      restriction: ['limitazione (?:del|dei) trattament[oi]', 'diritto (?:di|alla) limitazione', 'limitar(?:e|ne) (?:il trattamento|l[\'’]uso)', '(?:ne )?limitiamo (?:il trattamento|l[\'’]uso)'],
      portability: ['portabilità', '(?:in un )?formato strutturato',
        // "averne una copia da portare a un'altra app" / "trasferirli a un altro fornitore".
        '(?:portar(?:e|li)|trasferir(?:e|li)|trasmetter(?:e|li))[^.;]{0,30} (?:a|ad|verso) un(?:[\'’] ?|o )altr[oa] (?:app|applicazione|servizio|fornitore|titolare)',
        // iubenda: "ricevere i propri Dati o farli trasferire ad altro titolare".
        'far(?:li|le|e) trasferire (?:a|ad) (?:un )?altro (?:titolare|fornitore)'],
      object: ['diritto (?:di|all[\'’]) ?opposizione', 'oppor(?:si|ti|vi) (?:al|ai|alla|all[\'’]\\p{L}+|in qualsiasi momento)', 'opposizione al trattamento',
        // Art. 21(2)-(3): unsubscribing from marketing, stated as the user's option, is objecting to it (a bare "link per disiscriverti" is not).
        '(?:puoi|può|potete|potrai|potrà)(?: \\p{L}+){0,2} (?:disiscriver(?:ti|si|vi)|annullare l[\'’]iscrizione (?:alla|dalla) (?:newsletter|mailing list|lista)|cancellar(?:ti|si|vi) dalla (?:newsletter|mailing list|lista))'],
      withdraw_consent: [
        '(?:revocare|revoca|revocarlo|ritirare|ritiro)(?: del| il| il proprio| il suo| il tuo| tale| questo| dello stesso)? consenso',
        'consenso[^.;]{0,80}(?:revocare|revocato|revocabile|revoca|ritirare|revocarlo|ritirarlo|ritirato)',
      ],
      complaint: [
        '(?:reclamo|segnalazione|ricorso)[^.;]{0,80}(?:autorità di controllo|garante)',
        '(?:autorità di controllo|garante per la protezione)[^.;]{0,60}reclamo',
        // "Puoi rivolgerti al Garante".
        '(?:rivolger(?:ti|si|vi)|ricorrere|adire)[^.;]{0,20}(?:al|all[\'’]|a un[\'’]) ?(?:Garante|autorità di controllo)',
      ],
      automated_decision: [
        'non essere sottopost[oa] a (?:una )?decisione',
        '(?:diritto|opporsi|opporti)[^.;]{0,60}decisione basata unicamente sul trattamento automatizzato',
        // Art. 22(3) safeguards stated as the data subject's rights.
        'ottenere l[\'’]intervento umano', 'contestare la decisione',
      ],
    },
    terms: {
      access: ['accesso', 'art(?:icolo|\\.)? ?15'],
      rectification: ['correzione', 'aggiornamento', 'correggerl[ie]', 'correggere', 'aggiornarl[ie]', 'art(?:icolo|\\.)? ?16'],
      erasure: ['cancellare', 'cancellarl[ie]', 'art(?:icolo|\\.)? ?17'],
      restriction: ['limitazione', 'limitar(?:e|ne|li)', 'art(?:icolo|\\.)? ?18'],
      portability: ['formato (?:leggibile|elettronico)', '(?:a )?un altro (?:fornitore|titolare)', 'art(?:icolo|\\.)? ?20'],
      object: ['opposizione', 'art(?:icolo|\\.)? ?21'],
      withdraw_consent: ['art(?:icolo|\\.)? ?7 ?(?:\\(3\\)|,? ?(?:paragrafo|par\\.) ?3)'],
      complaint: ['reclamo', 'art(?:icolo|\\.)? ?77'],
      automated_decision: ['processo decisionale automatizzato', 'decision[ei] automatizzat[ae]', 'profilazione', 'art(?:icolo|\\.)? ?22'],
    },
    context: ['^diritti(?: dell[’\']interessato)? ?:', '(?:puoi|può|potete|potrai|potrà) (?:anche )?(?:chiederci|chiedere|richiedere)', '^(?:i (?:suoi |tuoi )?)?diritti(?: dell[’\']interessato| degli interessati)?$', '(?:suoi|tuoi|propri|vostri|i|seguenti) diritti', 'diritt[oi] (?:di|a|al|alla|all[\'’]|dell[\'’]interessato)', '(?:può|puoi|potrà|possono|ha|hai) (?:il diritto|chiedere|richiedere|esercitare)', 'gli interessati hanno', 'l[\'’]interessato ha'],
    denials: ['non ha diritto', 'non si applica', 'non è applicabile', 'non sono applicabili', 'non hanno diritto'],
    // Art. 22(1) addressed to the person: "non sarà sottoposto a una decisione basata unicamente ...".
    notSubjectTo: ['non (?:sarà|sarai|sarete|saranno|essere|venire) (?:mai )?sottopost[oaie]'],
  },
  obligations: {
    statutory: [
      'conferimento[^.;]{0,80}(?:obbligatorio|facoltativo|necessario|volontario)',
      'conferimento dei dati',
      // "Ci servono il tuo nome e la tua e-mail per creare l'account".
      '(?:ci servono|ci serve|abbiamo bisogno d\\p{L}*)[^.;]{1,60} per (?:creare|registrar\\p{L}*|gestire|fornir\\p{L}*|poter|concludere|eseguire|completare|attivare)',
      '(?:obbligo|requisito) (?:legale|contrattuale|di legge)[^.;]{0,40}(?:fornire|conferire)',
      '(?:campi|dati) (?:obbligatori|facoltativi|contrassegnati)',
      '(?:è|sono) (?:obbligatori[oae]?|facoltativ[oiae]|volontari[oae]?)',
      '(?:sei|è|siete) (?:obbligat[oia]|tenut[oia]) a (?:fornire|conferire|comunicare)',
      '(?:devi|deve|dovrai|dovrà) (?:fornire|conferire|indicare|comunicare)',
      'contrassegnat[ie] (?:con|da) (?:un )?(?:asterisco|\\*)',
      '(?:indicat|segnalat)[ie] come obbligatori', '(?:è|sono) indispensabil[ei] per',
    ],
    consequences: [
      'mancato conferimento',
      // "Se l'Utente rifiuta di comunicarli, potrebbe essere impossibile ... fornire il Servizio".
      '(?:potrebbe|può|potrà|sarà|sarebbe) (?:essere )?impossibile',
      'se (?:l[\'’]utente|l[\'’]interessato|lei|tu) (?:rifiuta|rifiuti|si rifiuta|non (?:fornisce|comunica|conferisce))',
      'se non (?:ci )?(?:l[io] |ce l[io] )?(?:fornisci|fornite|fornisce|comunichi|comunica|indichi|conferisci|conferisce|dai|date)',
      'non (?:possiamo|potremo|potremmo|è possibile)',
      'senza (?:questi|tali|i tuoi|i suoi) dati',
      'mancata (?:comunicazione|fornitura|indicazione)',
      '(?:comporta|comporterà|determina) l[\'’]impossibilità',
      'impossibilità di',
      // "Il conferimento è obbligatorio: in mancanza, lo Studio non potrà accettare l'incarico."
      'in (?:mancanza|assenza|difetto)(?: (?:di|dei|del|della|degli|delle) [^.;,]{1,40})?,? [^.;]{0,60}non (?:potr\\p{L}+|sar\\p{L}+|può|possono|possiamo)',
      // "Il conferimento è obbligatorio per legge; in mancanza, l'amministratore li acquisisce a spese del condòmino".
      'conferimento[^.]{0,120}[;:,] in (?:mancanza|difetto|caso di rifiuto),',
      'non (?:sarà|saremo|potremo|potrà) (?:possibile|in grado)',
      '(?:in caso di|qualora)[^.;]{0,40}(?:non|rifiut)[^.;]{0,40}(?:fornire|conferire|comunicare)',
    ],
    automated: ['algoritm[oi] (?:automatic[oi]|automatizzat[oi])', 'processo decisionale automatizzato', 'processi decisionali automatizzati', 'decision[ei] (?:individuali )?automatizzat[ae]', 'profilazione', 'art(?:icolo|\\.)? ?22', 'trattamento automatizzato', 'sistem[ai] (?:\\p{L}+ ){0,3}automatizzat[oi]', 'decid\\p{L}* (?:in modo |in maniera )?automatic\\p{L}*', 'in (?:modo|maniera|forma) automatizzat[ao]', 'valutazione automatizzata', '(?:credit )?scoring'],
    automatedLogic: ['in base (?:a|al|alla|ai|alle|allo)', 'logica (?:utilizzata|applicata)', 'logica', 'importanza', 'conseguenze previste', 'conseguenz[ae]', 'effetti giuridici', 'intervento umano', 'in modo analogo significativamente', 'sulla base (?:della|delle|dei|del|di)', 'punteggio', 'criteri', 'comporta'],
    automatedNone: ['non (?:creiamo|elaboriamo|costruiamo|definiamo|crea|elabora)[^.;]{0,40}profili', 'non[^.;]{0,60}(?:processi decisionali automatizzati|processo decisionale automatizzato|decisioni automatizzate|profilazione)', 'nessun[ao]? (?:processo decisionale automatizzato|decisione automatizzata|profilazione)', 'non[^.;]{0,40}decisioni basate unicamente su(?:l| un)? trattamento automatizzato', 'non (?:adottiamo|prendiamo|effettuiamo|utilizziamo|assumiamo)[^.;]{0,60}(?:trattament[oi] automatizzat[oi]|decisioni automatizzate|profilazione)'],
    automatedIgnore: ['cookies?', 'con o senza l[\'’]ausilio di processi automatizzati'],
    // WP260: classifying people by interests or behaviour is profiling, named or not.
    automatedProfiling: [
      '(?:gruppi|segmenti|categorie|cluster) di (?:utenti|clienti|visitatori|persone|iscritti|interessati) (?:con|aventi|che (?:hanno|condividono)) (?:interessi|caratteristiche|comportamenti|preferenze|abitudini)',
      'profil[oi] (?:di interesse|comportamental[ei]|pubblicitari[oi]|di consumo|commercial[ei])',
      'profil[oi] (?:basat[oi] su(?:i|lle)?|sulla base de(?:i|lle)|relativ[oi] a(?:i|lle)) (?:tuoi |suoi |loro |vostri )?(?:interessi|preferenze|comportamenti|abitudini)',
      'segmentazione (?:della clientela|degli utenti|dei clienti|del pubblico)',
      'segment\\p{L}* (?:i |gli )?(?:utenti|clienti)',
    ],
    authorities: ['Incaricato federale della protezione dei dati', 'IFPDT', 'autorità di controllo', 'garante (?:per la protezione dei dati personali|privacy)', 'Garante', 'autorità (?:garante|competente) (?:per la protezione dei dati|in materia)'],
  },
  retention: {
    verbs: [
      'conserv\\p{L}*',
      'mantenut[aieo]',
      'manten(?:ere|erli|iamo)',
      'manterr\\p{L}*',
      'memorizz\\p{L}*',
      'archivi\\p{L}*',
      'cancell\\p{L}*',
      'elimin\\p{L}*',
      // "trascorsi i quali vengono rimossi dal portale".
      'rimoss[oaie]', 'rimuov\\p{L}*', 'rimozione',
      'distru(?:ggere|tti|tte|zione)',
      'anonimizz\\p{L}*',
      // Expiry and lifetime are retention when what expires holds personal data (a cookie, an identifier),
      // not a voucher or a contract ("il buono scade dopo tre mesi", "il contratto ha una durata di 24 mesi").
      '(?:cookies?|consenso|identificativ\\p{L}*|identificator\\p{L}*|sessione|dati)[^.;]{0,40}?(?:scad\\p{L}*|durata)',
      'inattiv(?:o|a|i|ità)',
      'trattenut[aieo]',
      'teniamo i (?:tuoi |suoi |vostri )?dati',
      // "trattati per un periodo di 24 mesi / fino a un massimo di 2 anni / non oltre 5 anni": processing for a period.
      'trattat[ioae](?: \\S+){0,5} (?:per|fino a|non oltre)',
    ],
    headings: ['conservazione', 'periodo di conservazione', 'tempi di conservazione', 'per quanto tempo'],
    otherSections: ['diritti', 'trasferiment[oi]', 'contatti', 'cookie', 'sicurezza', 'minori', 'modifiche', 'destinatari', 'base giuridica'],
    criteria: [
      'per (?:tutta )?la durata (?:del|della|dell[\'’])',
      'fino (?:alla|al) (?:cancellazione|revoca|chiusura|termine)',
      'termin[ei] (?:di prescrizione|previsti dalla legge)',
      'obblighi (?:legali )?di conservazione',
      'period[oi] di conservazione',
      'politica di conservazione',
      // "fino a quando non ne chiederai la cancellazione", "finché il tuo account è attivo", "per il tempo previsto dalla normativa".
      'fino a (?:quando|che) (?:non )?(?:ne )?(?:chiederai|chiedi|chiederà|richiederai|richiederà|revochi|revocherai|revocherà|ti opponi|ti opporrai|si opporrà|cancelli|cancellerai|chiudi|chiuderai|disattivi)',
      'finché (?:il tuo |il suo |l[\'’])?(?:account|profilo|abbonamento|iscrizione|rapporto|contratto)',
      'finché (?:sei|sarai|è|sarà|resti|rimani|rimarrai) (?:\\p{L}+ ){0,2}(?:client[ei]|utent[ei]|iscritt[oa]|soci[oa]|abbonat[oa])',
      'per il tempo previsto dalla (?:legge|normativa)',
    ],
    vague: [
      'per (?:il )?(?:tempo|periodo)(?: di tempo)? (?:strettamente )?necessario',
      'non superiore a quello necessario',
      'non oltre (?:il tempo|quanto) necessario',
      'fino a quando (?:non )?(?:sia|è|sarà) necessario',
    ],
    // "Il referto deve essere ritirato entro 30 giorni": a time to collect, not retention.
    deadlines: ['dev(?:e|ono) essere (?:inviat|trasmess|comunicat|presentat|consegnat)\\p{L}*', 'impugna(?:re|ta|zione)', 'periodo di prova', 'ritira(?:re|to|ta|ti|te)', 'rispo(?:ndere|nderemo|sta|ste)', 'pagat[eoai]', 'pagament[oi]', 'recesso', 'riscontro', 'preavviso', 'proroga\\p{L}*', 'prorogat\\p{L}*', 'notific\\p{L}*', 'evad\\p{L}*'],
    notBefore: ['preavviso di', 'minor[ei] di', 'maggior[ei] di', 'minorenni di', 'meno di', 'inferiore a', 'età di', 'di età inferiore a', 'ultimi', 'precedenti', 'ogni'],
    notAfter: ['di età', 'precedenti', 'prima', 'di preavviso', 'in anticipo'],
    joiners: ['o', 'a', 'e'],
    examples: ['^(?:ad |per )?esempi[o]? ?:'],
    // One period as the ceiling for all data: "in no case longer than ...".
    ceiling: ['(?:in nessun caso|mai)[^.;]{0,80}(?:oltre|più di|per più di)'],
    halves: ['e mezzo'],
    // s4-oneunit: a unit read as one without a number (none in this language)
    oneUnitLeads: [],
    units: {
      Y: ['ann[oi]'],
      M: ['mes[ei]'],
      W: ['settiman[ae]'],
      D: ['giorn[oi](?: (?:lavorativi|solari))?', 'gg'],
      H: ['or[ae]'],
    },
    numbers: {
      // Halves: "half a year", "anderthalb Jahre"; a period is then written in the next smaller unit (P6M, P18M).
      mezzo: 0.5,
      un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
      undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciotto: 18, venti: 20,
      ventiquattro: 24, trenta: 30, trentasei: 36, quaranta: 40, cinquanta: 50, sessanta: 60, novanta: 90, cento: 100,
      diciassette: 17, diciannove: 19, ventuno: 21, trentuno: 31, quarantacinque: 45, quarantotto: 48, settanta: 70, settantadue: 72, ottanta: 80,
      centoventi: 120, centottanta: 180, trecentosessantacinque: 365,
    },
  },
  transfers: {
    illustrations: ['^(?:ad esempio|per esempio),? (?:se|supponiamo)'],
    outside: [
      '(?:al di )?fuori (?:dell[\'’]|dello |della |del )?(?:UE|SEE|Unione Europea|Spazio Economico Europeo|Europa)',
      'extra[- ]?(?:UE|SEE|europe[io])',
      'paes[ei] terz[io]',
      'trasferiment[oi] internazional[ei]',
      'trasferiment[oi] (?:\\S+ ){0,6}(?:all[\'’]estero|verso (?:gli )?Stati Uniti)',
    ],
    residence: ['resident\\p{L}*', 'risied\\p{L}*', 'viv\\p{L}*', 'utenti', 'persone'],
    inside: [
      '(?:non|nessun|mai) (?:\\S+ ){0,6}(?:(?:al di )?fuori (?:dell[\'’]|dello |della |del )?(?:UE|SEE|Unione Europea|Spazio Economico Europeo)|(?:verso |in )?paesi terzi)',
      '(?:esclusivamente|unicamente|solo|soltanto) (?:\\S+ ){0,3}(?:all[\'’]interno|nel territorio) (?:dell[\'’]|dello |della |del )?(?:UE|SEE|Unione Europea|Spazio Economico Europeo)',
      '(?:conservati|trattati|memorizzati|ospitati) (?:\\S+ ){0,2}all[\'’]interno (?:dell[\'’]|dello |della |del )?(?:UE|SEE|Unione Europea|Spazio Economico Europeo)',
      // "trattati esclusivamente in Italia e in altri Paesi dell'Unione Europea".
      '(?:esclusivamente|unicamente|solo|soltanto) (?:\\S+ ){0,4}in (?:Italia|(?:altri )?(?:Paesi|Stati)(?: membri)? dell[\'’](?:UE|Unione Europea|SEE))',
      '(?:non|nessun) (?:\\S+ ){0,6}(?:(?:paesi|territori) )?extra[- ]?(?:UE|SEE)',
      '(?:non|nessun) (?:\\S+ ){0,5}trasferiment[oi] (?:\\S+ ){0,3}(?:verso paesi terzi|internazional[ei])',
      // "I dati non lasciano (il territorio del)l'Unione europea".
      'non (?:lasciano|lasceranno|escono|usciranno|abbandonano) (?:\\S+ ){0,3}(?:d[ae]ll[\'’]|d[ae]llo |d[ae]lla |d[ae]l |l[\'’]|lo |la |il )?(?:UE|SEE|Unione Europea|Spazio Economico Europeo|Europa)',
    ],
    destinationContext: ['trasferi\\p{L}*', 'conservat[io]', 'memorizzat[io]', 'server', 'data center', 'ospitat[io]', 'sede', 'ubicat[io]', 'situat[io]', 'paes[ei] terz[io]', 'adeguat\\p{L}*', 'stabilit[io]', 'fornitor[ei]'],
    storage: ['conservat[io]', 'memorizzat[io]', 'server', 'data center', 'ospitat[io]', 'hosting'],
    notDestination: ['resident\\p{L}*', 'legge (?:del|della|dello)', 'diritto (?:del|della|dello)', 'autorità', 'Garante', 'tribunal\\p{L}*', 'foro'],
    origin: ['da', 'dal', 'dalla', 'dall[\'’]', 'fuori d[a-z]*', 'al di fuori d[a-z]*'],
    notDestinationAfter: ['resident\\p{L}*', 'cittadin\\p{L}*', 'utenti'],
    listWords: ['e', 'o', 'il', 'lo', 'la', 'l[\'’]', 'e/o'],
    negations: ['non', 'senza', 'nessuna?', 'assenza d[i\'’]'],
    // s4-denied: determiners that deny the noun phrase holding a destination
    deniedBy: ['nessun[oa]?'],
    genericSafeguards: ['garanzie (?:adeguate|appropriate)'],
    mechanisms: {
      adequacy_decision: ['decision[ei] di adeguatezza', 'livello di protezione adeguato', 'adeguato livello di protezione', 'articolo 45'],
      data_privacy_framework: ['Data Privacy Framework', 'DPF', 'quadro (?:normativo )?(?:UE-USA|UE-Stati Uniti) (?:sulla|per la) (?:protezione|privacy) dei dati'],
      standard_contractual_clauses: [
        'clausole contrattuali (?:standard|tipo)',
        'clausole (?:tipo|standard) di protezione dei dati',
        'clausole tipo',
        'SCCs?',
        'articolo 46\\W*\\(?2\\)?\\W*\\(?c\\)?',
      ],
      binding_corporate_rules: ['norme vincolanti d[\'’]impresa', 'Binding Corporate Rules', 'BCR'],
      certification: ['meccanism[io] di certificazione', 'certificazion[ei] approvat[ae]'],
      code_of_conduct: ['codic[ei] di condotta approvat[io]'],
      derogation: ['deroghe', 'deroga', 'articolo 49', 'art\\. ?49', 'consenso esplicito (?:\\S+ ){0,6}trasferimento'],
    },
    countries: {
      'stati uniti': 'US', "stati uniti d'america": 'US', 'stati uniti d’america': 'US', USA: 'US', 'regno unito': 'GB',
      'gran bretagna': 'GB', inghilterra: 'GB', svizzera: 'CH', canada: 'CA', cina: 'CN', india: 'IN', giappone: 'JP',
      australia: 'AU', brasile: 'BR', singapore: 'SG', 'corea del sud': 'KR', 'hong kong': 'HK', israele: 'IL',
      'nuova zelanda': 'NZ', argentina: 'AR', uruguay: 'UY', messico: 'MX', russia: 'RU', sudafrica: 'ZA',
      turchia: 'TR', ucraina: 'UA', albania: 'AL', serbia: 'RS',
      germania: 'DE', francia: 'FR', 'paesi bassi': 'NL', olanda: 'NL', belgio: 'BE', irlanda: 'IE', lussemburgo: 'LU',
      italia: 'IT', spagna: 'ES', portogallo: 'PT', austria: 'AT', danimarca: 'DK', svezia: 'SE', finlandia: 'FI',
      polonia: 'PL', 'repubblica ceca': 'CZ', slovacchia: 'SK', ungheria: 'HU', romania: 'RO', bulgaria: 'BG',
      grecia: 'GR', cipro: 'CY', malta: 'MT', croazia: 'HR', slovenia: 'SI', estonia: 'EE', lettonia: 'LV',
      lituania: 'LT', norvegia: 'NO', islanda: 'IS', liechtenstein: 'LI',
    },
    europe: ['(?:l[\'’])?UE', '(?:lo )?SEE', '(?:l[\'’])?Unione Europea', '(?:lo )?Spazio Economico Europeo', 'Europa'],
  },
};

export default it;
