import type { Lexicon } from './types';

/** Phrase lists for policies in language "en". Data only: analyzers read them through ./index.ts. */
const en: Lexicon = {
  policy: {
    indicators: [
      'privacy (?:policy|notice|statement)',
      'data protection (?:policy|notice|declaration)',
      'personal (?:data|information)',
      'data controller',
      'controller of your (?:personal )?(?:data|information)',
      'GDPR',
      'General Data Protection Regulation',
      'UK GDPR',
      'CCPA',
      'data protection officer',
      'your (?:privacy )?rights',
      'right to (?:access|erasure|rectification|object|data portability|lodge a complaint)',
      'legal basis',
      'lawful basis',
      'legitimate interests?',
      'data subjects?',
      '(?:we|us) (?:collect|process|use|store|retain|share)',
      'information (?:we|that we) collect',
      'retain your',
      'supervisory authority',
      'processing of (?:your )?(?:personal )?(?:data|information)',
    ],
    counterIndicators: [
      'terms (?:of|and) (?:use|service)',
      'terms and conditions',
      'these terms',
      'end user licen[cs]e agreement',
      'cookie policy',
      'cookies?',
      'this (?:agreement|contract)',
      'you agree',
      'subscription fees?',
      'intellectual property',
      'governing law',
      'limitation of liability',
      'indemnif(?:y|ication)',
      'warrant(?:y|ies)',
      'terminat(?:e|ion) (?:of )?(?:your|this)',
      'tracking technologies',
      'web beacons?',
      'pixels?',
    ],
  },
  controller: {
    nameParticles: [],
    formLeads: [],
    productOf: ['of', 'from'],
    legalForms: [
      // Matched case-sensitively: spellings in capitals are alternatives inside one pattern.
      'L(?:td|TD)\\.?', '(?:Limited|LIMITED)', 'Unlimited Company', 'DAC', '(?:PLC|plc)', 'LLP', 'LP',
      'I(?:nc|NC)\\.?', 'Incorporated', 'LLC', 'L\\.L\\.C\\.', 'Corp\\.?', 'Corporation', 'Co\\., Ltd\\.?', 'Pty\\.? Ltd\\.?',
      'GmbH & Co\\.? KG', 'GmbH', 'gGmbH', 'AG', 'UG', 'KG', 'e\\.\\s?V\\.',
      'B\\.V\\.?', 'BV', 'N\\.V\\.?', 'NV', 'SE',
      'S\\.A\\.S\\.U?\\.?', 'SASU', 'SAS', 'SARL', 'S\\.A\\.R\\.L\\.?', 'S\\.à r\\.l\\.?', 'S\\.A\\.', 'SA', 'SCS', 'SNC',
      'S\\.p\\.A\\.?', 'SpA', 'S\\.r\\.l\\.?', 'S(?:rl|RL)', 'S\\.L\\.U?\\.?', 'SLU', 'SL',
      'AB', 'ApS', 'A/S', 'Oy', 'FZE', 'FZ-LLC', 'FZCO', '(?:Private Limited|PRIVATE LIMITED)', '(?:Pte\\.? Ltd|PTE\\.? LTD)\\.?', 'GK', 'K\\.K\\.', 'Sp\\. z o\\.o\\.',
    ],
    // s4-joint: joint controllers (Art. 26)
    jointPhrases: ['joint(?:ly)? (?:data )?controllers?', 'jointly responsible'],
    controllerPhrases: [
      '(?:data )?controllers?',
      'joint controllers?',
      'responsible for (?:the processing of )?your (?:personal )?(?:data|information)',
      'responsible for (?:the )?(?:data )?processing',
      // Translated German notices: "the responsible body / party within the meaning of the GDPR is:" (verantwortliche Stelle).
      'responsible (?:body|party|entity)',
      'company responsible for',
      'owner and data controller',
      'who (?:we are|is responsible)',
      'data controller',
    ],
    operatorPhrases: [
      // App stores: "Bubble Zoo (the Game) is made by Example Games, Inc.".
      '(?:operated|provided|published|owned|developed|created|run|managed|offered|controlled|maintained|built|made) by',
      'collected by',
      // "Example Fit is an app of Example Digital Company".
      '(?:is|are) (?:a service|an app|an application|a product) of',
      'we are',
      // A sole trader or freelancer writing in the first person: "I am Jane Doe, a photographer based in ...".
      'I am',
      // "Company (referred to as ...) refers to X", also written "The Company: (referred to as ...) refers to X".
      'company:? \\([^)]{0,160}\\) refers to',
      '(?:the )?company:? refers to',
      // 'In this notice "we", "us" and "our" mean X'.
      '[“"‘\']?(?:we|us|our)[”"’\']?(?:,? (?:and |or )?[“"‘\']?(?:we|us|our)[”"’\']?)+ (?:means?|refers? to)',
    ],
    selfReference: [
      '\\(\\s*(?:hereinafter|hereafter)[^)]{0,80}\\)', '\\(\\s*[“"‘\']?(?:the )?(?:Developer|Company|Controller|Operator|Provider|Service Provider|Publisher)[”"’\']?\\s*\\)',
      // Public bodies and non-profits define themselves by their kind: 'Example Institute of Technology ("the Institute")'.
      '\\(\\s*[“"‘\']?the (?:Institute|University|College|School|Council|Trust|Charity|Foundation|Association|Society|Club|Practice|Firm)[”"’\']?\\s*\\)',
      '\\(\\s*(?:hereinafter|hereafter|collectively)?[,:]?\\s*(?:referred to as )?[“"\'‘]?(?:we|us|our)[”"\'’]?',
      // ("Example", "we", "us"): a definition that makes the name the policy's "we".
      '\\([^)]{0,60}[“"\'‘](?:we|us|our)[”"\'’][^)]{0,40}\\)',
      '(?:collects?|processes|uses|treats|will (?:use|collect|process|share|keep)|may (?:collect|use|process|share)|is committed|respects your privacy|operates|built the|takes your privacy)',
      '(?:is|,) (?:a|an) (?:\\p{L}+ ){0,2}(?:company|corporation|limited company|entity|organi[sz]ation|charity|association|society|cooperative|co-operative|partnership)',
    ],
    // A third-party product before "provided by": "AdMob is an advertising service provided by".
    thirdPartyService: ['(?:is|are) an? (?:[\\p{L}-]+ ){0,4}(?:service|tool|platform|network|product|plug-?in|SDK|library|API|solution)s?(?: (?:for|of|that|which) [\\p{L}\\s-]{0,40})?'],
    entityApposition: [
      ',? (?:is )?(?:a|an) (?:\\p{L}+ ){0,3}(?:company|corporation|limited company|entity|organi[sz]ation|public body|institution|foundation|charity|association|society|cooperative|co-operative|partnership)',
      // A natural person described by the trade they practise is the controller (Art. 4(7)): "Jane Doe, a wedding and portrait photographer based in ...".
      ', (?:a|an) (?:[\\p{L}-]+ ){0,4}(?:photographer|illustrator|graphic designer|interior designer|consultant|therapist|psychotherapist|physiotherapist|coach|translator|interpreter|architect|tutor|personal trainer|accountant|bookkeeper|solicitor|lawyer|attorney|notary|midwife|dentist|veterinarian|osteopath|nutritionist|dietitian|counsel+or|sole trader|sole proprietor|self-employed [\\p{L}-]+|freelance(?:r| [\\p{L}-]+))(?![\\p{L}])',
    ],
    notNames: [
      'we', 'us', 'our', 'ours', 'you', 'your', 'company', 'service provider', 'provider', 'developer', 'application', 'app', 'service', 'services', 'user', 'users', 'owner', 'operator',
      // The WordPress privacy-page template labels each paragraph "Suggested text:"; sites often leave the label in.
      'suggested(?: text)?',
      // A statute is not the controller: "a public body established under the Example Act 2018".
      '(?:[\\p{L}\'’-]+ ){1,6}Act(?: (?:of )?\\d{4})?',
    ],
    productLead: [
      'this (?:privacy |data protection )?(?:policy|notice|statement) (?:applies to|covers|governs|is for|relates to)(?: the)?',
      '(?:our|my) (?:mobile |free )?(?:app|application|game|website|web ?site|platform|software)',
    ],
    productMakers: ['(?:built|developed|created|made|designed|published) (?:the|an?|our|my)'],
    productNouns: ['(?:mobile |web |online )?(?:apps?|applications?|games?|websites?|web ?sites?|sites?|platforms?|services?|software|extensions?|tools?)'],
    productTitles: ['privacy (?:policy|notice|statement)(?: (?:of|for))?', 'data (?:protection|privacy) (?:policy|notice)(?: (?:of|for))?'],
    productGeneric: [
      'the', 'an?', 'this', 'that', 'our', 'my', 'your', 'its', 'their', 'mobile', 'free', 'online', 'web', 'new', 'official', 'privacy', 'policy', 'notice', 'statement',
      'terms', 'data', 'personal', 'information', 'general', 'cookies?', 'residents?', 'customers?', 'visitors?', 'children', 'employees?', 'applicants?', 'candidates?', 'members?', 'android', 'ios',
    ],
    definedRole: ['\\(\\s*(?:hereby |hereinafter |hereafter |henceforth )?(?:referred to as |called )?(?:the )?[“"‘\']\\s*(?:the )?(?:Service Provider|Developer|Provider|Publisher|Owner|Operator|Controller)\\s*[”"’\']\\s*\\)'],
    tradingWords: ['studios?', 'labs?', 'team', 'group', 'technolog(?:y|ies)', 'solutions', 'media', 'digital', 'systems', 'interactive', 'entertainment', 'ventures', 'partners', 'consulting', 'soft(?:ware)?', 'dev', 'developers'],
    addressCues: [
      'Attn\\.?', 'Attention', 'c/o',
      'registered (?:office|address)', 'headquarter(?:s|ed)', 'principal place of business', 'located at', 'having its seat at',
      'postal address', 'mailing address', 'by (?:post|mail)', 'write to us at', 'address',
    ],
    addressLead: ['at', 'is', 'in', 'on', 'of'],
    registrationCues: [
      'company (?:registration )?(?:number|no\\.?)', 'registered (?:under|with) (?:number|no\\.?)', 'registration number', 'registered in',
      'Companies House', 'Trade and Companies Register', 'RCS', 'CRO', 'HRB', 'KvK', 'VAT (?:number|no\\.?|ID)',
    ],
    euRegion: [
      'European Economic Area', 'EEA', 'European Union', 'EU', 'Designated Countries', 'Europe', 'Switzerland', 'United Kingdom',
    ],
    euOutside: ['Switzerland', 'United Kingdom'],
    contactPhrases: [
      'contact us', 'contact (?:the|our) (?:privacy|data protection) (?:team|office)', 'get in touch', 'reach us', 'write to us',
      'send (?:us )?(?:an e-?mail|a letter)', 'by (?:post|mail|letter)', 'questions? (?:about|regarding|concerning)',
      'you can contact', 'please contact',
      // By phone: "call us on ...", "phone us", "ring our privacy team".
      '(?:call|phone|ring) (?:us|our (?:privacy|data protection|customer service|support) team)',
    ],
    contactForms: [
      'contact form', 'web ?form', 'online form', 'privacy (?:request )?form', 'request form', 'privacy center', 'privacy portal', 'support (?:page|center)',
    ],
    contactChannels: ['e-?mail', 'phone', 'telephone', 'tel\\.?', 'fax'],
    contactUs: [
      '(?:contact|write to|reach|e-?mail|mail(?:ing)?|call|phone|ring) us', 'get in touch with us', '(?:send|address) (?:us )?(?:a letter|your (?:request|letter))',
      'our (?:postal |mailing |registered )?address', '(?:by|via) (?:post|mail|letter)',
    ],
    contactTitles: ['contact(?: us| information| details)?', 'how (?:to|can you) (?:contact|reach) us', 'our (?:contact )?(?:details|address)', 'get in touch'],
  },
  dpo: {
    terms: ['data protection officers?', 'DPO', '(?:chief )?privacy (?:compliance )?officer', 'DPD', 'data protection (?:representative )?officer',
      // English translations of Chinese app policies: the PIPL Art. 52 officer is the DPO's counterpart.
      'personal information protection officer'],
    absent: [
      '(?:not|never) (?:been )?(?:appointed|designated|required to appoint|required to designate)',
      '(?:do|does|have) not (?:have|appoint(?:ed)?|designate(?:d)?)',
      'no (?:data protection officer|DPO)',
    ],
    mailboxes: ['dpo', 'dpd'],
    // s4-samecontact: the officer reached through contact details given elsewhere
    sameContact: ['at the (?:same|above) (?:postal |e-?mail )?address', 'at the address (?:above|given above|shown above)', '(?:via|using) the (?:same )?contact details (?:above|given above)'],
  },
  recipients: {
    sharing: [
      'share[sd]?', 'sharing', 'disclos(?:e[sd]?|ure)', 'transfer(?:s|red)?', 'pass(?:ed)? (?:on|to)', 'provide (?:it|them|your (?:personal )?(?:data|information)) to',
      'sell', 'recipients?', 'access to your (?:personal )?(?:data|information)', 'provided to', 'made available to', 'send (?:your|it)', 'hosted (?:in|by|with|on|at)',
      'third[- ]party (?:services?|providers?|SDKs?|tools)',
      // Processors are recipients (Art. 4(9)): "Example stores the form submissions for me as my data processor".
      '(?:as|acts? as) (?:our|my|a|the) (?:data )?(?:sub-?)?processors?',
      '(?:who|which|that) (?:receives?|may receive) (?:your|the|this|such) (?:personal )?(?:data|information)',
      'receiv(?:e|es|ing) your (?:personal )?(?:data|information)',
      // "our hosting provider receives only the device identifier".
      '(?:providers?|partners?|processors?|vendors?) (?:also )?(?:receive|receives) (?:only )?(?:the|your) (?:[\\p{L}-]+ ){0,2}(?:identifiers?|data|information|details)',
    ],
    categories: [
      '(?:service|hosting|cloud|payment|IT|technology|analytics|email|marketing|advertising|infrastructure|storage|communication|customer support|security|logistics|delivery|shipping) (?:service )?(?:providers?|vendors?|processors?|partners?|companies|services)',
      'sub-?processors?', '(?:data )?processors?', 'subcontractors?', 'sub-contractors?', 'vendors?', 'suppliers?', 'contractors?',
      'affiliates?', 'subsidiar(?:y|ies)', 'group companies', '(?:companies|entities) (?:in|of|within) (?:our|the) (?:corporate )?group',
      '(?:law enforcement|public|government(?:al)?|tax|regulatory|judicial|competent|supervisory) (?:authorit(?:y|ies)|agencies|bodies)',
      'authorities', 'courts?', 'police', 'regulators?', 'auditors?', 'lawyers', 'legal advisers', 'professional advisers', 'insurers?', 'banks?',
      'payment (?:processors?|providers?|service providers?)', 'advertisers', 'advertising networks?', 'ad networks?',
      'analytics (?:providers?|services?|partners?)', 'other (?:users|members)', 'hosting', 'acquirer', 'potential buyers?', 'successor',
    ],
    vague: ['third[- ]part(?:y|ies)', 'partners?', 'other companies', 'outside parties', 'external parties'],
    namedCues: ['(?:provided|shared|disclosed|sent|transferred|passed on) (?:with|to)(?: the)?', 'such as', 'including', 'like', 'e\\.g\\.,?', 'for example,?', 'namely', '(?:provided|operated|hosted|offered|processed|supplied) by', 'we use'],
    nounsCapitalised: false,
  },
  purposes: {
    statements: [
      // "I use your enquiry to reply to you": sole traders and freelancers write in the first person singular.
      'purposes?', '(?:we|us|I) (?:use|process|collect)(?: \\p{L}+){0,6} (?:to|for|in order to)', 'in order to', 'so (?:that )?(?:we|I) can',
      'used (?:to|for)', 'uses? (?:this|such|the|your) (?:data|information)', 'why we (?:collect|process|use)', 'how we use',
      // "used only to support the internal operations", "To save game progress ..., we collect a device identifier".
      'used (?:only|solely|exclusively) (?:to|for)', '^to \\p{L}+[^.;,]{0,80}, (?:we|I) (?:collect|use|process|need)',
      'for the (?:purpose|purposes) of', 'to (?:improve|personali[sz]e|analy[sz]e|measure|send|verify|prevent|detect|process|manage|communicate|respond|comply|deliver|operate|maintain|show|display|market)',
    ],
    vague: [
      'to provide (?:and improve )?(?:our|the) (?:services?|app|application|website|products?)',
      'to (?:improve|operate) (?:our|the) (?:services?|app|application|website)',
      'for (?:internal|business) purposes',
    ],
  },
  bases: {
    bases: {
      consent: [
        '(?:you|users?) (?:hereby |expressly |thereby |also )?(?:consent|are consenting|agree and consent) to (?:the|our|my|us|its|this|such|any|all)',
        'imply that you consent',
        '(?:give|giving|provide|providing|express|expressing|indicating) (?:an? |your )?(?:(?:explicit|express|informed|unconditional|specific|prior)(?:,? (?:and )?)?)+ ?consent',
        '(?:explicit|express) and (?:informed|unconditional|specific) consent',
        '^(?:your |explicit |express |prior )?consent(?: \\((?:where|when|if|for)| where| if| when|,? where|$)',
        '(?:with|based on|on the basis of|upon|subject to|under|according to|rel(?:y|ies|ying) on|requires?) (?:your|the user[\'’]s|users[\'’]|the data subject[\'’]s|their|his or her|a|an|such|prior|the) (?:explicit |express |prior |specific |freely given |affirmative |opt-in )?consent',
        '(?:based on|on the basis of|rel(?:y|ies|ying) on|grounded in|basis (?:is|of)|bases? (?:is|are)?:?) (?:explicit |express |prior |your )?consent',
        'consent (?:is|as) (?:the|our|a|an) (?:legal|lawful) (?:basis|ground)',
        '(?:legal|lawful) (?:basis|bases|grounds?)(?: for (?:this|the|such) processing)?(?: is| will be| are)?:? (?:your |the )?(?:explicit |express )?consent',
        '(?:where|when|if|once) you (?:have )?(?:given|provided|granted) (?:us )?(?:your )?(?:explicit |express |prior )?consent',
        '(?:ask|asking|obtain|obtaining|request|requesting|seek|seeking|collect|get) (?:for )?(?:your|their) (?:explicit |express |prior |specific )?consent',
        // "collected after obtaining the requisite consents from the users".
        '(?:obtain|obtaining|obtained|with|after|upon) (?:all )?(?:the )?(?:requisite|necessary|required|appropriate) consents? (?:from|of) (?:you|the users?|users|data subjects|the data subjects?)',
        '(?:you|users) (?:have )?(?:consented|agreed) to (?:the|this|such|our) (?:processing|use|collection)',
        // "We email you special offers if you have consented to this". ("If you have agreed to receive marketing, you may
        // opt out" gives the opt-out, not a basis: the labelled corpus reads that GDPR.eu template line as naming none.)
        '(?:if|where|when|once|provided) you (?:have )?consented to (?:this|it|that|receiv\\p{L}*|be contacted|hear from us)',
        'by giving (?:us )?(?:your )?consent',
        '(?:explicit|express|opt-in) consent',
        // Plain-language consent: "only if you tick the box to say yes".
        '(?:only )?(?:if|when|once) you (?:tick|check|select) (?:the|a) (?:box|checkbox)',
        // "We send the newsletter only if you have opted in": opting in is giving consent.
        '(?:only )?(?:if|where|when|once) you (?:have )?opted[- ]in',
        'art(?:icle|\\.)? ?9 ?\\(2\\) ?\\(a\\)',
        // Children's apps (Art. 8, COPPA): "we obtain verifiable parental consent" relies on consent; "without parental consent" does not.
        '(?:we|you) (?:ask for|obtain|request|seek|need) (?:verifiable )?(?:parental consent|(?:a|the|your) parent[\'’]s (?:verifiable )?consent)',
      ],
      contract: [
        '(?:fulfil(?:l)?|perform|meet) our (?:commitments|obligations) to you under',
        '^(?:performance of (?:the |a |our )?)?contract(?:ual necessity)?$',
        'performance of (?:a |an |the |our |this |your |any )?(?:contract|agreement)s?',
        // The same in a gerund: "collected when you provide it, for example in performing a contract".
        '(?:in|when|while|for) performing (?:a|the|our|your) (?:contract|agreement)',
        '(?:necessary|needed|required) (?:for|to) (?:the )?(?:perform(?:ing|ance of)?|fulfil(?:l)?(?:ling|ment of)?|execut(?:e|ing|ion of)|enter(?:ing)? into|conclu(?:de|ding|sion of)) (?:a|the|our|any|this|your) (?:[\\p{L}-]+ )?(?:contract|agreement)',
        'contractual necessity',
        // "... because this is necessary for our contract with you / your company".
        '(?:necessary|needed|required) for (?:our|the|a|your) contracts? with (?:you|your)',
        // Plain language: "we need these to give you an account, which is part of our agreement with you".
        '(?:is |are )?(?:also )?part of (?:our|the|your) (?:agreement|contract) with you',
        '(?:fulfil(?:l)?|fulfil(?:l)?ing|perform|performing|meet|meeting) (?:our|the) contractual (?:obligations?|commitments?)',
        'steps (?:taken )?(?:at your request )?(?:prior to|before) (?:entering|enter) (?:into )?(?:a|an|the|any) (?:[\\p{L}-]+ )?(?:contract|agreement)',
        // UK employer notices: "We need to process data to enter into a contract with you".
        'to (?:decide whether to )?enter into (?:a|an|the) (?:[\\p{L}-]+ )?(?:contract|agreement) with you',
        // Art. 6(1)(b): "in order to take steps at the request of the data subject prior to entering into a contract".
        '(?:tak(?:e|ing) )?steps (?:taken )?at (?:your|the (?:data subject|user|customer|client|applicant|candidate)[\'’]s) request',
        'steps at the request of (?:you|the data subject)',
        'pre-?contractual (?:measures|steps)',
        '(?:in order )?to (?:execute|perform|fulfil(?:l)?) (?:our|the|a|your) (?:contract|agreement) with you',
        'in order to (?:execute|perform|fulfil(?:l)?) our contract',
        // Art. 6(1)(b) wording kept by translated app policies: "to conclude or perform a contract to which you are a party".
        'contracts? to which (?:you are|the data subject is|the user is) (?:a )?party',
      ],
      legal_obligation: [
        'legal (?:and|or|and/or) contractual obligations',
        '(?:legal|statutory|regulatory) obligations?',
        '(?:comply|compliance|complying) with (?:our |a |any |the |applicable |relevant )*(?:legal|statutory|regulatory) (?:requirements?|duties)',
        '(?:comply|compliance|complying) with (?:the |any )?(?:applicable |relevant )?(?:laws?|legislation)',
        'legally (?:required|obliged|obligated)',
        // Affirmative only: "we may disclose it if required by law" is a disclosure that may happen.
        '(?<!(?:if|where|when|whenever|unless|as|insofar as) )(?:we are|we[\'’]re) (?:required|obliged|obligated) by law to(?! do so)',
        // Plain language: "the law requires us to keep these", "because tax law says we have to".
        '(?:the |tax |accounting |company )?laws? (?:requires?|obliges?) (?:us|me)',
        // "We collect identity data because the law requires it."
        'because (?:the |applicable )?laws? requires? (?:it|this|them|us)',
        // Record-keeping statutes: "invoices are kept to comply with the Accounting Act".
        // Not incorporation: "a company incorporated under the Companies Act" says what the controller is, not a duty.
        '(?:(?:to comply|in compliance|complying) with|(?:as )?required by|(?<!(?:incorporated|registered|formed|established|organi[sz]ed|constituted) )under) (?:the )?(?:[\\p{L}-]+ ){0,2}(?:Accounting|Bookkeeping|Tax|Commercial|Companies|(?:Anti-)?Money Laundering) (?:Act|Code|Law)',
        '(?:the |tax |accounting |company )?laws? says? (?:that )?we (?:must|have to)',
        '(?:we are|we[\'’]re) (?:required|obliged|obligated) to do (?:so )?(?:by|under) (?:the |applicable |[\\p{L}-]+ )?(?:law|legislation|regulations?)',
      ],
      vital_interests: [
        'vital interests?',
        // PIPL-style translations (cf. Recital 46): "to protect the life, health and property of a natural person in an emergency".
        'protect (?:the )?(?:life|lives)(?:,? (?:and )?(?:health|safety|property|physical integrity))* of (?:a|the|any|another) (?:natural person|data subject|individual|person)',
      ],
      public_task: [
        'tasks? (?:carried out )?in the public interest',
        'public interest tasks?',
        '(?:exercise|performance) of (?:an |our )?official authority',
        'official authority vested',
        // UK and Irish public bodies: "to carry out our statutory functions", "in the exercise of its official functions".
        '(?:exercise|exercising|performance|performing|perform|carry(?:ing)? out|discharg(?:e|ing)) (?:of )?(?:our|its|their) (?:statutory|official|public) (?:functions|powers)',
        'public tasks?',
      ],
      legitimate_interests: ['legitimate (?:business )?interests?'],
    },
    weak: {
      consent: ['consent'],
      contract: ['contract(?:ual)?(?: necessity)?', 'contracts?'],
      legal_obligation: ['legal (?:obligation|requirement)s?', 'compliance with (?:the )?law'],
      vital_interests: ['vital interests?'],
      public_task: ['public (?:interest|task)'],
      legitimate_interests: ['legitimate interests?'],
    },
    cues: [
      '(?:legal|lawful) (?:bas[ie]s|grounds?)',
      'grounds? for (?:the )?processing',
      'basis (?:for|of) (?:the |our |this |such )?processing',
      'processing is based on',
      'art(?:icle|\\.)? ?6 ?(?:\\(1\\)|\\.1)',
    ],
    article6: [
      // Translations of German notices add the sentence: "Art. 6 para. 1 sentence 1 lit. b GDPR" (Art. 6 Abs. 1 S. 1 lit. b DSGVO).
      'art(?:icle|\\.)? ?6 ?(?:\\(1\\)|\\.1|,? ?(?:para(?:graph|\\.)?|§) ?1)(?:,? (?:sentence|sent\\.|s\\.) ?1)?[ ,.]*(?:(?:sub-?paragraph|point|letter|lit\\.?) ?)?\\(?[a-f]\\)?(?:(?: ?,| and| or| ?/| ?&)+ ?(?:\\(|(?:point|letter|lit\\.?) )?[a-f]\\)?)*',
    ],
    // "If we need to rely on consent as a legal basis ...": a condition, not a basis relied on.
    // "We will retain Your data to the extent necessary to comply with our legal obligations (for example, if we are required ...)": kept where a law may require it.
    hypothetical: ['insofar as(?! (?:the )?(?:GDPR|UK GDPR) (?:applies|is applicable))', 'in so far as', 'to the extent that(?! (?:the )?(?:GDPR|UK GDPR) (?:applies|is applicable))', 'if we (?:need|have) to rely on', '(?:to the extent|as far as) (?:it is )?(?:necessary|required|needed) (?:in order )?to comply'],
    restatedIntro: ['(?:may|can|will only|shall only|only) process (?:your |the |users[’\'] |user )?(?:personal )?(?:data|information)[^.:]{0,80}(?:under|on|in|if|where|when) (?:one of |any of )?the following (?:conditions|circumstances|grounds|legal bases|bases|cases)', '(?:if|where|when|provided that) (?:at least )?(?:one|any) of the following (?:applies|apply|conditions? (?:applies|apply|is met|are met))'],
    interestsDescribed: [
      'legitimate (?:business )?interests? and (?:those|the interests) of (?:third parties|others|our [\\p{L}]+|[\\p{L}]+ parties) (?:in|to|of|for)(?: [\\p{L}\\p{N}\'’-]+){3}',
      'legitimate (?:business )?interests? (?:in|of|to|for|consist(?:s|ing)? (?:in|of)|includes?|such as|namely|including|which (?:are|is|include)|lies? in|is to|are to|being|relating to)(?: [\\p{L}\\p{N}\'’-]+){3}',
      'legitimate (?:business )?interests? ?(?::|–|-|\\(|,? (?:e\\.g\\.|i\\.e\\.|for example))[\\s\'’]*[\\p{L}\\p{N}-]+(?:[\\s\'’]+[\\p{L}\\p{N}-]+){2}',
      '(?:it is|are|is) in (?:our|its|their|the) (?:legitimate )?interests? to(?: [\\p{L}\\p{N}\'’-]+){3}',
      // Termly-style: "... our legitimate business interests ... For example, we process your information to diagnose problems" (read next to the basis).
      '^(?:for example|for instance),? we (?:may )?(?:process|use) (?:your )?(?:personal )?(?:information|data)[^.;]{0,60}?(?:in order )?to(?::| \\p{L}+)',
      // "Our interest (here) is that / lies in ...", usually right after the sentence naming the basis.
      'our (?:legitimate )?interests? (?:here |in this |in doing so |in (?:doing )?this )?(?:is|are|lies? in|consists? (?:in|of)) (?:that |to |in )?(?:[\\p{L}\\p{N}\'’-]+ ){2}[\\p{L}\\p{N}\'’-]+',
    ],
    purposeLinks: [
      '(?:we|I) (?:process|use|collect|share|disclose|keep|retain|store|send|analy[sz]e)',
      // ICO-style rows: "Legal obligation: we must keep sales records for ...", "Contract: we need your order details to ...".
      '(?:we|I) (?:must|only|also|have to|need to) (?:process|use|collect|share|disclose|keep|retain|store|send|analy[sz]e)',
      // Record-keeping: "Invoicing records: kept to comply with the Accounting Act" ties the obligation to keeping the records.
      '(?:kept|stored|retained|held|archived) (?:in order |so as )?to (?:comply|meet|fulfil)',
      'we need (?:your|the|these|this) (?:[\\p{L}-]+ ){0,3}?(?:to|for|so)',
      // "Processing of account data is based on ...": a named category of data stands for the processing described for it.
      '(?:processing|use) of (?:your |the )?(?!personal\\b)\\p{L}+ (?:data|information|details)',
      // "Marketing emails are sent with your consent": the message names its purpose.
      '(?:marketing|promotional|advertising) (?:e-?mails?|messages|communications|calls|newsletters?)',
      // Plain language: "..., so we can charge you", "we need these to give you an account".
      'so (?:that )?(?:we|you|the app|the service|it) can',
      'we need (?:these|this|it|them) (?:to|for|so)',
      '(?:use|collection|sending|management) of',
      'for the purposes? of',
      'in order to',
      'so that',
      'to (?:provide|send|improve|process|manage|prevent|detect|ensure|protect|personali[sz]e|analy[sz]e|measure|deliver|verify|operate|offer|show|display|respond|communicate|create|maintain|secure|fight|combat|handle|enable|carry out|perform|develop|market|promote|answer|contact|inform|keep|store|retain)',
      'for (?:the |our |your )?(?:marketing|analytics|security|fraud|advertising|billing|payment|newsletters?|statistic|research|recruit|customer|account|support)',
    ],
    notBasis: {
      consent: [
        '(?:do|does|will) not (?:rely|base|depend)[^.;]{0,40}consent', 'not (?:based|relying|rely) on (?:your )?consent',
        // "Continued use is deemed your express consent to these changes": accepting a new version of the policy, not a basis for processing.
        'consent (?:by you )?to (?:these|the|any|such|those|all) (?:modifications|changes|amendments|updates|revisions)',
      ],
      // Art. 22(2)(a) restated: "unless the decision is necessary for the performance of a contract" is an exception to a right, not a basis relied on.
      contract: ['decisions? (?:\\S+ ){0,4}(?:is|are) necessary for (?:entering into,? or )?(?:the )?performance of'],
      // "We may disclose your information if the law requires us to": a disclosure that may happen, not a basis the policy's processing rests on.
      legal_obligation: ['(?:may|might|can|could|will) (?:also )?(?:disclose|share|release|reveal|pass on|hand over)[^.;]{0,80}(?:if|when|where) (?:the |applicable )?laws? (?:requires?|obliges?)'],
      vital_interests: [],
      public_task: ['substantial public interest', 'important public interest', 'public interest in the area of public health'],
      legitimate_interests: [
        'rights,? (?:and )?freedoms,? (?:and|or) legitimate interests', 'legitimate interests of (?:the )?(?:data subjects?|individuals|users|persons concerned)',
        // Public authorities may not rely on it for their tasks (Art. 6(1) last subparagraph): "the Institute does not rely on legitimate interests".
        '(?:do|does|will|can|may) not (?:rely|base|depend)[^.;]{0,40}legitimate interests?', 'not (?:based|relying|rely) on (?:our |its |their )?legitimate interests?',
      ],
    },
    // An OS permission prompt (location, camera, contacts) is terminal access, not an Art. 6(1)(a) basis.
    deviceFeatures: ['(?:geo)?location(?: data)?', 'position', 'GPS', 'camera', 'microphone', 'contacts(?: list)?', 'address book', 'photos?(?: library)?', 'gallery', '(?:push )?notifications', 'bluetooth', 'calendar'],
    devicePermission: [
      '(?:device|phone|mobile|smartphone|tablet)(?:[\'’]s)? (?:settings|permissions?|privacy settings)',
      '(?:settings|permissions?) (?:of|on|in) (?:your|the|their) (?:device|phone|mobile(?: device)?|smartphone|tablet)',
      '(?:operating system|OS)(?:[\'’]s)? (?:permissions?|settings|prompts?|dialog)',
      '(?:location|camera|microphone|contacts|photos?|notification|bluetooth) (?:access )?permissions?',
      'location services', '(?:iOS|Android) (?:settings|permissions?)',
    ],
    // Consent in substance (Art. 4(11)): a promise not to do something without it, an opt-in, a permission asked for.
    consentGated: [
      '(?:you|users?|members?|customers?|visitors?|subscribers?) (?:may|can|could|choose to|decide to) opt[- ]in to',
      '(?:will|shall|do|does|would) (?:not|never) [^.;]{0,100}without (?:your|the user[\'’]s|users[\'’]) (?:prior |express |explicit |written |specific )?(?:consent|permission|agreement|authori[sz]ation)',
      'unless (?:we (?:first )?(?:ask|asked|have asked) (?:you )?for |we (?:first )?(?:obtain|obtained|have obtained|receive|received|get) )?(?:your )?(?:prior |express |explicit |written )?consent',
      'unless you (?:have )?(?:consent|consented|give (?:us )?(?:your )?(?:prior |express |explicit )?consent)',
      '(?:with|after|upon) your (?:prior |express |explicit |written )?permission',
      // "By using the app you agree to the collection and use of information ...": the policy treats use as consent to its processing.
      '(?:by|when|if you (?:choose to )?) ?(?:using|use|accessing|access|downloading|installing|continuing to use)[^.;]{0,60}(?:,|then)? you (?:hereby |expressly )?(?:agree|consent|accept)(?: to)? (?:the |our |its )?(?:collection|use|processing|storage|sharing|disclosure|transfer)',
      '(?:^|[,;:] ?)(?:then )?you (?:hereby |expressly )?(?:agree|consent) to (?:the|our) (?:collection|processing)(?: and (?:use|processing|storage|sharing|disclosure))? of (?:your )?(?:personal )?(?:data|information)',
    ],
  },
  rights: {
    rights: {
      access: [
        '^(?:request )?access (?:to )?(?:your|the) (?:personal )?(?:data|information)',
        '(?:provide|give) you (?:with )?access to (?:your|the) (?:personal )?(?:data|information)',
        '(?:request|demand) (?:for )?(?:the )?access to',
        '(?:you|users?) (?:may|can|could|have the right to)(?: also)?(?: request to)? access(?:,| or| and| and/or)+ (?:request )?(?:to )?(?:correct|update|modify|amend|delete|review|rectify|edit)',
        'inquire (?:about )?the (?:personal )?(?:data|information) we (?:have )?(?:collected|hold)',
        'right (?:of|to) (?:access|know)',
        // "the right to receive information about the source, recipients and purposes of your archived personal data" (Art. 15).
        'right to (?:receive |obtain |request )?(?:free |free-of-charge )?information (?:about|on|regarding)[^.;]{0,80}(?:your|the|stored|archived) (?:[\\p{L}-]+ )?(?:personal )?data',
        'access rights?',
        '(?:request|obtain|ask for|get|receive) (?:access to|a copy of|confirmation)(?: of)? (?:the |your |any |all |such )?(?:personal )?(?:data|information)',
        'right to (?:request|obtain) (?:access|a copy|confirmation)',
        'subject access requests?',
        // "Access and update your information" (a list title or a sentence): access and rectification.
        '(?:access|view|review),? (?:and|or|&) (?:update|correct|edit|amend|modify|rectify) (?:your|their|his or her) (?:personal )?(?:data|information|details)',
        // Plain language: "you can ask us for a copy of your data".
        '(?:ask|request) (?:us|me) (?:for|to (?:send|give|provide)(?: you)?) (?:a copy of|access to) (?:the |your |any |all )?(?:personal )?(?:data|information|details)',
        // WordPress privacy page: "you can request to receive an exported file of the personal data we hold about you".
        'export(?:ed)? (?:file|copy|archive) of (?:the |your |all |any )?(?:personal )?(?:data|information)',
        '(?:download|export) a copy of (?:your|all your|the) (?:personal )?(?:data|information)',
        // "Users have the right, at any time, to know whether their data has been stored".
        '(?:right|entitled)(?:,? at any time,?)? to know whether (?:their|your|his or her|any) (?:personal )?(?:data|information)',
        // SPDI Rules and COPPA wording: "you may review the information you have given us", "a parent can review the personal information".
        '(?:you|users?|a parent|parents) (?:may|can|could|have the right to) review (?:the|your|any|all) (?:personal )?(?:data|information)',
      ],
      rectification: [
        // "You may review the personal information you have given us, and correct it".
        '(?:you|users?|a parent|parents) (?:may|can|could) review [^.;]{0,80}?,? (?:and|or) (?:correct|update|amend|rectify) (?:it|them)',
        '(?:information|data)[^.;]{0,60}(?:is|are) (?:incorrect|inaccurate|incomplete|out of date)[^.;]{0,80}(?:contact us|write to us|email us|e-mail us|let us know|tell us|notify us|please (?:write|contact|email))',
        '(?:request|ask|apply) (?:us )?(?:to |for )?(?:access to, )?(?:correct|correcting|update|updating|amend|amending|edit|editing|rectify)',
        '(?:may|can)(?: also)? (?:access,? )?(?:update|correct|amend|edit|modify|change),? (?:[\\p{L}]+,? )?(?:or|and|and/or) (?:delete|remove)',
        // "require us to change incorrect or incomplete data" (UK employer notices).
        '(?:edit|correct|fix|change|amend) (?:any )?(?:wrong|inaccurate|incorrect|incomplete|outdated)',
        // "You may access, correct, or request deletion of ...", "we give you ways to update it".
        '(?:you|users?) (?:may|can|could)(?: also)? (?:access|review),? (?:and |or )?(?:correct|update|amend|rectify|edit)',
        '(?:give|offer|provide) you (?:with )?(?:ways|tools|options?|the ability|means) to (?:access,? (?:and |or )?)?(?:update|correct|edit|amend|rectify)',
        'rectif(?:y|ied|ication|ying)',
        'right to (?:correct|correction|update)',
        '(?:correct|update|amend|complete) (?:any |your )?(?:inaccurate|incorrect|incomplete|inaccuracies)',
        '(?:request|ask) (?:us )?(?:to )?(?:correct|update|amend)(?:ion)? (?:your|the|any)',
        // "Access and update your information" (a list title or a sentence).
        '(?:access|view|review),? (?:and|or|&) (?:update|correct|edit|amend|modify|rectify) (?:your|their|his or her) (?:personal )?(?:data|information|details)',
        // "... or to ask for them to be supplemented, updated or corrected".
        'ask for (?:it|them|the data|their data|your data) to be (?:\\p{L}+,? ){0,4}(?:or )?(?:updated|corrected|rectified|amended|supplemented)',
      ],
      erasure: [
        '(?:want|wish|like)[^.;]{0,120}(?:removed|deleted|erased) from our (?:servers|systems|records|databases?)',
        // Gulf data protection laws say destruction: "request the destruction of your personal data".
        '(?:request|ask for|right to|obtain) (?:the )?destruction of (?:your|the|their) (?:personal )?(?:data|information)',
        '(?:give|offer|provide) you (?:with )?(?:ways|tools|options?|the ability|means) to[^.;]{0,40}(?:delete|erase|remove)',
        '(?:request|ask|apply)[^.;]{0,30}(?:delete|deletion|deleting|erase|remove|removal) (?:of )?(?:your|any|all|the|certain)',
        '(?:may|can)(?: also)?(?: [\\p{L}]+,){0,3} (?:or )?(?:delete|remove) (?:your|any|all) (?:personal )?(?:data|information|account)',
        // "You can delete your budgets and your account at any time".
        '(?:may|can)(?: also)? (?:delete|remove) your [\\p{L}-]+ and (?:your )?(?:account|data|information|profile)',
        'erasure',
        // Translated German templates: "the right to demand that your data are rectified or eradicated".
        '(?:rectified|corrected|blocked),? or eradicated', 'eradication of (?:your|the) (?:personal )?data',
        'erase',
        // "the right ... to have it erased", "to get your data deleted".
        '(?:have|get) (?:it|them|this|that|(?:your|their|his or her) (?:personal )?(?:data|information)) (?:erased|deleted|removed)',
        'right to (?:be forgotten|delete|deletion|have (?:your )?(?:personal )?(?:data|information) (?:deleted|erased))',
        '(?:request|ask) (?:us )?(?:to |that we )?(?:delete|erase|the deletion of|deletion of)',
        // "... shall be entitled to apply for correcting, updating, deleting or modifying this data".
        '(?:entitled|right|rights) to (?:apply|ask|request)(?: for)? [^.;]{0,60}(?:deleting|deletion|erasing|erasure)',
      ],
      restriction: [
        'restrict(?:ion of)? (?:the |our |its )?(?:processing|use)',
        'right to (?:restrict|restriction|limit|limitation)',
        'restriction of (?:the )?(?:use|processing)',
        '(?:request|ask) (?:us )?(?:to |that we )?(?:restrict|limit)',
        'limit (?:the |our )?(?:use|processing|how we)',
        'restrict (?:how|the way) we',
        // "Request restrictions, temporarily or permanently, on our processing of your data".
        '(?:request|ask for|obtain|demand) (?:a |the )?restrictions?(?:,? [^.;]{0,40})? on (?:our |the |its |any )?(?:processing|use)',
      ],
      portability: [
        'portability',
        // WordPress privacy page: an exported file of the data, including the data you provided (Art. 20(1)).
        'export(?:ed)? (?:file|copy|archive) of (?:the |your |all |any )?(?:personal )?(?:data|information)',
        '(?:receive|obtain) (?:a copy of )?(?:your|the|their|his or her) (?:\\p{L}+ )?(?:personal )?(?:data|information)[^.;]{0,60}(?:structured|machine[- ]readable|portable)',
        // Art. 20(1): "in a structured, commonly used and machine-readable format".
        'structured,? commonly[- ]used,? (?:and )?machine[- ]readable',
        '(?:transmit|transfer)(?:red|ted)? (?:directly )?to another controller',
        '(?:transfer|transmit|send|move) (?:your|the|that|this) (?:personal )?(?:data|information) (?:directly )?to (?:another|a third party|a different|other)',
        'in a (?:structured|commonly[- ]used|machine[- ]readable|portable)(?:,? (?:and )?(?:structured|commonly[- ]used|machine[- ]readable))* format',
        // "Request transfer of your personal information to you or a third party" (Art. 20(1)-(2)).
        '(?:request|ask for|obtain|demand) (?:the )?(?:transfer|transmission) of (?:your |the |a copy of your )?(?:personal )?(?:data|information) to (?:you|another|a third party|a different|other)',
      ],
      object: [
        '(?:you|users?) (?:may|can|could|have the right to)(?: also)?(?: at any time)? object',
        'right to object',
        'object to (?:or restrict )?(?:the |our |us |any |such |this |certain |us )?(?:use|processing|collection|disclosure|sharing|data|personal|information|profiling|direct marketing|marketing|how we)',
        'right (?:of|to) opposition',
        'objection to (?:the )?processing',
        // "You can ask us to stop processing your data where we rely on legitimate interests / for direct marketing" (Art. 21 in plain words).
        '(?:ask|request|require|tell) (?:us |that we )?(?:to )?stop (?:processing|using) (?:your|the|any)',
        // Art. 21(2)-(3): opting out of direct marketing or of ads targeted at you is objecting to that processing.
        '(?<!(?:not|never|cannot|can[\'’]t) )(?:opt[- ]?out|unsubscribe) (?:of|from) (?:receiving )?(?:(?:our|any|all|future|further|these|such|the|those) )*(?:marketing|promotional|advertising|direct marketing|newsletters?|commercial|e-?mails?|mailings?|mailing lists?|offers)',
        '(?:you|users?) (?:can|may)(?: at any time| anytime| always)? unsubscribe',
        '(?<!(?:not|never|cannot|can[\'’]t) )opt[- ]?out of (?:(?:interest|behavio(?:u)?r)[- ]based|targeted|personali[sz]ed|behavio(?:u)?ral|tailored|cross-context behavio(?:u)?ral) (?:advertising|ads)',
        // US state laws: "the right to opt out of the sale or sharing of your personal information".
        'right to opt[- ]?out',
        'opt[- ]?out of (?:the )?(?:sale|selling|sharing)',
      ],
      withdraw_consent: [
        '(?:agreed|consented|opted in) to (?:receive )?[^.;]{0,60}(?:may|can) (?:always )?(?:opt out|unsubscribe|withdraw)',
        // English versions of German templates: "You can also revoke at any time any consent you have already given us".
        '(?:withdraw|revoke) (?:at any time|any ?time) (?:any|your|the|all)? ?consents?',
        '(?:withdraw(?:al of)?|revoke|revocation of|retract|withdrawing|revoking) (?:your |that |a |the |any |such |this |their |his or her )?(?:given |previously given )?consents?',
        'consents? (?:given )?(?:(?:at any time|you have given) )?(?:can|may|could) (?:be )?(?:withdrawn|revoked)(?: at any time)?',
        'consent[^.;]{0,80}(?:withdraw|revoke)(?:n|d)? (?:it|them|this|that) at any time',
        // Plain language, after a consent ("only if you tick the box"): "you can change your mind any time".
        '(?:can|may) change your mind (?:at )?any ?time',
        // Revoking the access you granted is withdrawing that consent: "you can revoke the app's access to your data".
        '(?:revoke|withdraw|remove) (?:the |our |its |their |this )?(?:[\\p{L}-]+(?:[\'’]s)? ){0,3}?access to your (?:data|account|information|personal data)',
        // Indian SPDI Rules 5(7) wording: "the information you provided may be withdrawn at any time".
        '(?:information|data)[^.;]{0,60}(?:may|can) be withdrawn (?:by you )?at any time',
        // A basis cell or clause: "Your consent, which you can withdraw at any time in Settings".
        'consent,? (?:which|that) (?:you |users? )?(?:can|may|are able to) (?:always )?(?:withdraw|revoke)',
        // "... consent for the newsletter, which you may withdraw at any time through the unsubscribe link".
        'consent (?:for|to) [^.;,]{1,60}, which (?:you |users? )?(?:can|may|are able to|are free to) (?:always )?(?:withdraw|revoke)',
        'consent,? (?:which|that) (?:can|may) (?:always )?be (?:withdrawn|revoked)',
        // ICO template wording: "You are able to remove your consent at any time".
        '(?:remove|cancel|take back) (?:your |that |the |this |their )?consent',
      ],
      complaint: [
        '(?:lodge|log|file|make|submit|raise|bring|send|address) (?:a |any )?(?:complaint|claim|concern) (?:with|to|before|at) (?:a|the|your|any|an|our)? ?(?:competent |relevant |appropriate |local |lead |national |responsible |eu |eea )*(?:supervisory|data protection|privacy) (?:authority|authorities|regulator|commission|agency)',
        'right to (?:complain|lodge a complaint|file a complaint) (?:with|to|before) (?:a|the|your) (?:competent |relevant |local )?(?:supervisory|data protection)',
        // Authorities named by what they are for: "the Swedish Authority for Privacy Protection", "the Office of the Data Protection Ombudsman".
        '(?:complain|complaint|complaints) (?:with|to|before) (?:the |your |a |an )?(?:[\\p{L}-]+ ){0,3}(?:(?:authority|office|agency|commission(?:er)?|ombudsman|inspectorate|board) for (?:the )?(?:privacy|data protection|protection of (?:personal )?data|data privacy)|(?:data protection|privacy) (?:ombudsman|inspectorate|board|agency))',
        // "You can also contact the Information Commissioner's Office", "you may report a concern to the ICO".
        '(?:can|may|could|have the right to)(?: also| always)? (?:contact|write to|complain to|report (?:a concern|concerns|it) to) (?:the |your |a |an )?(?:local |competent |relevant |national )?(?:(?:data protection )?supervisory authority|data protection (?:authority|regulator|commission(?:er)?)|information commissioner|ICO\\b|privacy (?:regulator|commissioner))',
      ],
      automated_decision: [
        '(?:right )?not to be subject(?:ed)? to (?:a |any )?decisions?',
        'decisions? based solely on automated',
      ],
    },
    terms: {
      access: ['access', 'art(?:icle|\\.)? ?15', 'right to know'],
      rectification: ['correct(?:ion)?', 'update', 'art(?:icle|\\.)? ?16'],
      erasure: ['deletion', 'delete', 'art(?:icle|\\.)? ?17'],
      restriction: ['restrict(?:ion)?', 'limitation', 'art(?:icle|\\.)? ?18'],
      portability: ['art(?:icle|\\.)? ?20'],
      object: ['object(?:ion)?', 'art(?:icle|\\.)? ?21'],
      withdraw_consent: ['art(?:icle|\\.)? ?7 ?\\(3\\)'],
      complaint: ['complaints?', 'complain', 'art(?:icle|\\.)? ?77'],
      automated_decision: ['automated (?:individual )?decision(?:s|-making| making)?', 'art(?:icle|\\.)? ?22'],
    },
    context: [
      '^(?:your )?rights ?:',
      '(?:shall|is|are|will be) entitled to',
      '(?:would like|wish|want) to:? (?:request |exercise )?(?:access|correct|delete|rectify|object|restrict|erase|update)',
      // "If you'd like them / the Service Provider to delete your data, contact them".
      '(?:would|(?:you|we|I)[\'’]d) like (?:us|them|the (?:\\p{L}+ ){0,2}?(?:service provider|developer|company|controller|team)) to (?:access|correct|delete|rectify|restrict|erase|update|remove)',
      'request (?:access|that we|us to)',
      'you (?:may|can|could)(?: also)? (?:contact us to )?(?:request|ask)',
      '(?:your|these|those|following|the|data subject|privacy|data protection|individual|user|gdpr|eea) rights',
      '(?<!reserves? (?:the|its|our|all) )rights? (?:to|of|under)',
      'you (?:also )?(?:have|may|can|are entitled to|could) (?:the right|request|ask|exercise)',
      'you (?:are|will be) entitled',
      'rights? you have',
    ],
    denials: [
      'cooperate with (?:the )?(?:appropriate |relevant |competent )?(?:governmental |regulatory )?authorities',
      '(?:does|do|shall|will) not apply',
      '(?:is|are) not (?:entitled|applicable|available)',
      'no right to',
      'not have (?:the|a|any) right',
      // "We do not make decisions based solely on automated processing": a statement about practice, not the Art. 22 right.
      '(?:do|does|will) not (?:make|take|carry out|engage in|subject you to) (?:any )?(?:decisions? based solely|solely automated)',
    ],
    // Art. 22(1) addressed to the person: "you will not be subject to a decision based solely on automated processing".
    notSubjectTo: ['(?:not|never) (?:to )?be subject(?:ed)? to (?:a |any )?(?:decisions?|automated)'],
  },
  obligations: {
    statutory: [
      '(?:optional|mandatory|required) (?:account |profile |registration )?(?:information|fields|data|details)',
      'you (?:can|may) choose not to provide',
      '(?:statutory|contractual|legal) (?:or contractual )?(?:requirement|obligation) to (?:provide|give|supply)',
      '(?:statutory|contractual) requirement',
      '(?:mandatory|compulsory|obligatory|required) (?:fields?|information|data|personal data|details)',
      '(?:fields?|information|data) (?:marked|indicated|identified) (?:with|by) (?:an )?(?:asterisk|\\*)',
      '(?:is|are) (?:strictly )?(?:mandatory|compulsory|obligatory)',
      '\\((?:mandatory|optional|required)\\)',
      // "We process your data to provide the software ... because this is necessary for our contract": "to provide" a service is a purpose, not the user providing data.
      '(?:providing|provision of|to provide(?! (?:and \\p{L}+ )?(?:you|our|the|its|their|a|an|this) (?:\\p{L}+ )?(?:services?|software|apps?|application|website|site|products?|platform|features?|functions?))|giving|disclosure of)[^.;]{0,60}(?:is|are) (?:entirely |purely |completely |always )?(?:voluntary|optional|not mandatory|not required|mandatory|required|a requirement|necessary)',
      '(?:not|under no) (?:legally )?(?:obliged|obligated|required) to (?:provide|give|disclose|supply)',
      'you (?:must|need to|are required to|have to) (?:provide|give|supply|enter)',
      '(?:is|are) (?:always |entirely |purely |completely |strictly )?(?:voluntary|optional)',
      'we (?:require|need) (?:that )?you (?:to )?provide',
      'you may choose not to provide',
      '(?:you )?(?:do not|don[\'’]t) have to (?:provide|give|connect|share|enter|tell us|supply)',
      // "If you choose not to provide it, you can still use the app": providing it is optional.
      'you (?:can|may|will|could) still (?:use|access|download|enjoy|play)',
      // "An e-mail address is needed to create an account".
      '(?:required|necessary|needed) (?:in order )?to (?:create|register|open|use|set up) (?:an |your |the )?(?:account|services?)',
    ],
    consequences: [
      '(?:cannot|can[’\']t|unable to|not be able to)[^.;]{0,80}without (?:you )?providing',
      'to use (?:the|our|this) (?:app|application|services?|platform|website|site)[^.;]{0,20}(?:you must|you need to|you have to|it is necessary to)',
      'without (?:you )?providing[^.;]{0,60}(?:cannot|can[’\']t|unable|not be able)',
      'if you (?:do not|don[\'’]t|choose not to|decide not to|decline to|refuse to|fail to|prefer not to|do not wish to|don[\'’]t want to|do not want to) (?:provide|give|supply|share|disclose|wish to provide|want to provide|consent)',
      '(?:failure|refusal|refusing|failing|declining) to provide',
      // "Entering a nickname is optional. If you leave it empty, ...".
      'if you leave (?:it|this|that|them|these|the (?:\\p{L}+ )?fields?|(?:this|that) (?:\\p{L}+ )?field) (?:empty|blank)',
      // "... but if you don't, the app can't sort your spending".
      'if you (?:do not|don[\'’]t),? (?:the app|the service|we|you)[^.;]{0,30}(?:can[\'’]t|cannot|won[\'’]t|will not|(?:will|would) (?:have|need) to)',
      // "without one you cannot sign in".
      'without (?:this|such|these|that|them|it|one|the required|the necessary|providing)[^.]{0,60}(?:cannot|can[\'’]t|unable|not be able|may not|will not|won[\'’]t)',
      '(?:will|may|might|would) not be able to (?:provide|offer|use|access|create|register|enter|process|deliver|perform|respond|fulfil)',
      '(?:unable|impossible) to (?:provide|offer|use|access|create|register|process|deliver|perform|respond)',
      '(?:may|will|might|could) (?:affect|limit|prevent|restrict) (?:your|the|our)? ?(?:ability|use|access|experience|services?)',
      // "... not to accept cookies; some features of the app may then not work".
      '(?:features|functionalit(?:y|ies)|services?)(?: of (?:the|our|this) (?:app|application|website|site|service))? (?:may|will|might)(?: then| therefore| as a result)? (?:not be available|be unavailable|not work|not function)',
    ],
    automated: [
      'automated (?:price|pricing|scoring|assessment|determination|screening|detection|moderation)',
      // "an automated fraud score", "an automated credit check".
      'automated (?:fraud|risk|credit|eligibility|identity) (?:scores?|scoring|checks?|assessments?)',
      'automated (?:individual )?decisions?',
      'automated decision[- ]making',
      'profiling',
      'art(?:icle|\\.)? ?22',
      'automated (?:processing|analysis|techniques|systems?|tools|means|processes|scoring|assessment)',
      'solely automated',
      // Plain language: "we don't make decisions about you automatically".
      'decisions? about you automatically',
      'automatically (?:make|makes|take|takes) decisions',
      // Scoring people without the word "automated": "the app calculates an arrhythmia risk score from your readings".
      '(?:calculates?|computes?|generates?|assigns?) (?:an? |your )?(?:[\\p{L}-]+ ){0,2}(?:risk|credit|fraud|eligibility) scores?',
      'decisions? (?:\\p{L}+ ){0,4}(?:is|are) (?:made|taken) by (?:the |an )?(?:algorithms?|software|system|computer|machine)',
    ],
    automatedLogic: [
      '(?:may|will|can|could) (?:automatically )?(?:block|suspend|ban|reject|refuse|deny|remove|restrict|flag)',
      'logic (?:involved|used|behind|applied)',
      'significance',
      'envisaged consequences',
      '(?:legal|similarly significant|significant) effects?',
      'human (?:intervention|review|involvement|oversight|reviewer)',
      'reviewed by (?:a |our )?(?:human|person|staff)',
      '(?:factors|criteria|signals) (?:we|used|taken into account|such as|including)',
      'result in (?:the )?(?:refusal|rejection|suspension|ban|blocking|removal|deletion|closure)',
      'consequences? (?:for|of|are|is)',
      // "The score comes from an algorithm that looks at the intervals between heartbeats, your age and your symptoms."
      'algorithm (?:that|which) (?:looks at|uses|takes into account|considers|weighs|combines|analy[sz]es)',
      // The rule applied: "flags students whose attendance falls below 60%", "when the score passes a threshold".
      '(?:falls?|drops?) (?:below|under)', '(?:passes|reaches|exceeds|above|below) (?:a |the |an agreed )?threshold',
      '(?:a |our )?(?:doctor|clinician|cardiologist|physician|member of (?:our )?staff|staff member|human|person) reviews',
      // "a member of our compliance team reviews your application".
      'member of (?:our |the )?(?:[\\p{L}-]+ )?(?:staff|team) (?:reviews|checks|decides)',
    ],
    automatedNone: [
      '(?:(?:do|does|will) not|don[\'’]t|never) (?:create|build|compile|develop|maintain)[^.;]{0,40}profiles?',
      '(?:(?:do|does|will|shall) not|don[\'’]t|doesn[\'’]t|won[\'’]t) (?:use|make|engage in|carry out|conduct|perform|rely on|employ|undertake|take|subject you to|involve|constitute|amount to)[^.;]{0,80}(?:automated|profiling)',
      '(?:no|neither|not any) (?:automated decision|automated individual decision|profiling)',
      '(?:will|shall) not be subject(?:ed)? to (?:a |any )?(?:decision|automated)',
      'not (?:used|made) (?:for|to make) (?:any )?(?:automated|decisions)',
      '(?:do not|don[\'’]t|never) (?:\\p{L}+ ){0,6}decisions? about you automatically',
      // "Our recruitment processes are not based on automated decision-making."
      '(?:is|are) not (?:\\p{L}+ ){0,2}(?:based on|made (?:by|through|using|with)|the result of) (?:any )?(?:solely )?automated',
      '\\bno decisions? (?:\\p{L}+ ){0,4}(?:is|are) (?:made|taken) by (?:the |an )?(?:algorithms?|software|system|computer|machine)s? (?:alone|on (?:its|their) own)',
    ],
    automatedIgnore: ['cookies?', 'with or without (?:the use of )?automated', 'whether or not by automated'],
    // WP260: classifying people by interests or behaviour is profiling, named or not.
    automatedProfiling: [
      '(?:interest|behaviou?ral|advertising|marketing|consumer) profiles?',
      'profiles? (?:of|about|based on) (?:your|their|users[\'’]|the user[\'’]s) (?:interests|preferences|behaviou?r|habits|browsing|purchases|activity)',
      '(?:groups?|segments?|categories|clusters|cohorts) of (?:users|customers|visitors|people|members|subscribers|individuals) (?:who (?:share|have)|with|sharing|having) (?:similar|the same|common|shared) (?:interests|characteristics|behaviou?rs?|preferences|traits|habits)',
      '(?:segment|group|classify|categori[sz]e|cluster)(?:s|ing)? (?:our |the )?(?:users|customers|visitors|audiences?|members|subscribers) (?:by|based on|according to|into)',
      '(?:customer|audience|marketing) segment(?:s|ation)',
    ],
    authorities: [
      'CNPD',
      'Commission nationale pour la protection des données',
      'supervisory authorit(?:y|ies)',
      'data protection (?:authorit(?:y|ies)|regulators?|commission(?:er)?|supervisor|board|agency)',
      '(?:privacy|data protection) (?:regulator|watchdog|commissioner)',
      'information commissioner(?:[\'’]s office)?',
      'ICO',
      'CNIL',
      'data protection commission',
      '(?:data protection|privacy) ombudsman',
      '(?:authority|office|agency) for (?:the )?(?:privacy|data) protection',
      '(?:national|local|competent|relevant) authorit(?:y|ies) (?:responsible for|for|in charge of) (?:the protection of )?(?:personal )?(?:data|privacy)',
      'authorit(?:y|ies) responsible for data protection',
      'EDPS',
      'Garante',
      'AEPD',
      'Autoriteit Persoonsgegevens',
      'BfDI',
      // The Saudi PDPL regulator, named as the ICO or the CNIL are.
      'SDAIA', 'Saudi Data (?:and|&) Artificial Intelligence Authority',
    ],
  },
  retention: {
    verbs: [
      'retain(?:s|ed|ing)?',
      'retention',
      'keep(?:s|ing)?',
      'kept',
      'stor(?:e|es|ed|ing|age)',
      'delet(?:e|es|ed|ing|ion)',
      'eras(?:e|es|ed|ing|ure)',
      'remov(?:e|es|ed|ing|al)',
      'purg(?:e|es|ed|ing)',
      'destroy(?:s|ed|ing)?',
      'destruction',
      'archiv(?:e|es|ed|ing)',
      'anonymi[sz](?:e|es|ed|ing|ation)',
      'de-?identif(?:y|ies|ied|ication)',
      'expir(?:e|es|ed|y|ation)',
      'lasts?',
      'valid for',
      'inactiv(?:e|ity)',
      'held',
      'hold(?:s|ing)?',
      'maintain(?:s|ed)?',
      'preserv(?:e|es|ed)',
      'dispos(?:e|ed|al)',
      'no activity',
      '(?:storage|retention|cookie) duration',
    ],
    headings: [
      'retention',
      'how long (?:do )?we (?:keep|retain|store|hold)',
      'storage (?:period|duration|limitation)',
      'keeping your (?:data|information)',
      'how long (?:is|are|will|do|does) (?:your )?(?:personal )?(?:data|information) (?:be )?(?:kept|stored|retained|held)',
    ],
    otherSections: ['rights?', 'transfers?', 'contact', 'cookies?', 'security', 'children', 'changes', 'recipients', 'sharing', 'disclos\\p{L}*', 'legal bas[ei]s'],
    criteria: [
      'as long as (?:your|you have an?|the) (?:account|subscription|contract|relationship)',
      'as long as you (?:use|are|have|remain|maintain)',
      'while (?:your|you have an?) (?:account|subscription)',
      'for the duration of (?:your|the|our)',
      'until you (?:delete|close|withdraw|ask|request|unsubscribe|cancel|remove)',
      '(?:statutory|legal) (?:retention|limitation) periods?',
      'limitation periods?',
      'retention periods?',
      'criteria (?:used )?(?:to determine|for determining)',
      '(?:will be |is |are )?retained (?:by us|on your device)',
      'retention (?:policy|policies|schedules?)',
      'until (?:the end|termination|expiry) of (?:the|your|our) (?:contract|agreement|subscription)',
      // Shopify-style: "How long we retain your information depends on different factors, such as whether we need it to maintain your account".
      'depends? on (?:different |several |various |a number of |a range of )?(?:factors|criteria),? (?:such as|including|like)',
    ],
    vague: [
      '(?:for )?as long as (?:it is |they are |is |are )?(?:reasonably )?(?:necessary|needed|required)',
      'no longer than (?:is )?(?:necessary|needed|required)',
      '(?:until|once|when) the purpose (?:\\S+ ){0,6}no longer applies',
      '(?:once|when|where|if) (?:it is |it[\'’]s |they are |they[\'’]re |(?:the |your )?(?:data|information) (?:is|are) )?no longer (?:necessary|needed|required)',
      'for (?:the|a) (?:time|period) (?:necessary|needed|required)',
    ],
    deadlines: [
      'respon(?:d|ds|ded|ding|se|ses)',
      'repl(?:y|ies|ied)',
      'answer(?:s|ed|ing)?',
      'notif(?:y|ies|ication)',
      'notice',
      'acknowledge',
      'handl(?:e|ed)',
      'deal with your request',
      'process your request',
      'extend(?:ed)?',
      'fulfil(?:l|ls|led|s)?',
      'process(?:es|ed|ing)? (?:\\S+ ){0,3}requests? within',
      // "Alerts are sent three hours before", "we remind you 7 days before": when a message goes out, not how long data is kept.
      'sen[dt]s?',
      'remind(?:s|ed|ers?)?',
      // "Candidates are told the outcome within 10 working days", "incidents are reported to the customer within 48 hours".
      // (Only as verbs with their object: a retention table row "Reported posts: 1 year" or "Informed consent forms" keeps its period.)
      'told', 'tells? (?:you|them|candidates|applicants|users|customers)', 'inform(?:s|ed)? (?:you|them|candidates|applicants|users|customers|the|all|affected)', 'informed (?:of|about)', 'reported to',
      // "Prescriptions are valid for 28 days", "the reset link is valid for 24 hours": how long a document or code can be used.
      '(?:prescriptions?|vouchers?|coupons?|gift cards?|quotes?|quotations?|offers?|tickets?|links?|codes?|tokens?|invitations?)(?: [^.;\\s]+){0,6}? (?:is|are|remains?|stays?) valid for',
    ],
    notBefore: [
      'notice of',
      'under',
      'over',
      'aged?',
      'age of',
      'older than',
      'younger than',
      'preceding',
      'past',
      'last',
      'previous',
      'prior',
      'every',
      'once(?: (?:a|in|every))?',
      'twice(?: (?:a|in))?',
      'times(?: (?:a|in))?',
      '(?:once|twice|times) in an?',
      'in any',
      'per',
      // "The free trial lasts 14 days", "a cancellation period of 14 days": contract periods, not retention.
      '(?:trial|warranty|cooling-off|cancellation|withdrawal|guarantee)(?: period)?(?: (?:of|for) [^.;]{0,30}?)? (?:lasts?|of|is|runs?(?: for)?)',
    ],
    notAfter: ['old', 'of age', 'or older', 'or younger', '(?:prior )?notice', 'in advance', 'ago', 'preceding', 'before (?:the|any|a|such) (?:changes?|update|date|deadline)'],
    joiners: ['or', 'to', 'and'],
    examples: ['^(?:an? |for )?examples? ?:'],
    // Termly-style: "No purpose in this notice will require us keeping your personal information for longer than 18 months ...".
    ceiling: [
      'no purpose in this (?:privacy )?(?:notice|policy|statement) (?:will|shall) require us',
      '(?:in no case|under no circumstances|in any (?:case|event))[^.;]{0,80}(?:longer|more) than',
      '(?:will|shall) (?:never|not) (?:keep|retain|store|hold) (?:your |any |the )?(?:personal )?(?:data|information)[^.;]{0,40}(?:longer|more) than',
    ],
    halves: ['and a half', '-and-a-half'],
    // s4-oneunit: a unit read as one without a number (none in this language)
    oneUnitLeads: [],
    units: {
      Y: ['(?:full |consecutive |rolling )?(?:years?|yrs?)'],
      M: ['(?:full |consecutive |rolling )?months?'],
      W: ['(?:full |consecutive |rolling )?weeks?'],
      D: ['(?:calendar |working |business |consecutive |rolling )?days?'],
      H: ['hours?', 'hrs?'],
    },
    numbers: {
      // Halves: "half a year", "anderthalb Jahre"; a period is then written in the next smaller unit (P6M, P18M).
      'half a': 0.5, 'half an': 0.5,
      a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
      eighteen: 18, nineteen: 19, twenty: 20, 'twenty-one': 21, 'twenty-four': 24, 'twenty-five': 25,
      'twenty-eight': 28, thirty: 30, 'thirty-six': 36, forty: 40, 'forty-two': 42, 'forty-five': 45,
      fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
      'one hundred': 100, 'one hundred and eighty': 180,
    },
  },
  transfers: {
    illustrations: ['^(?:for example|for instance|as an example|e\\.g\\.),? (?:if|suppose|imagine)'],
    outside: [
      'outside (?:of )?(?:the )?(?:EEA|European Economic Area|EU|European Union|Europe|UK|United Kingdom|Switzerland)',
      'third[- ]countr(?:y|ies)',
      'international(?:ly)? (?:data )?transfer(?:s|red)?',
      'transfer(?:s|red)? internationally',
      '(?:transfer(?:s|red)?|sent|moved|disclosed|shared) (?:\\p{L}+ ){0,6}(?:abroad|overseas|internationally)',
      '(?:transfer(?:s|red)?|stored|maintained|processed|hosted|located)\\W+(?:\\S+ ){0,8}outside (?:of )?(?:your|the user\'s|their) (?:state|province|country|jurisdiction)',
      'countr(?:y|ies) other than (?:your|the one|that|their|the countr)',
      '(?:different|less protective|other) data protection (?:laws|rules|standards|regimes?)',
      // "Providers may be located in, or have facilities in, a different jurisdiction than you or us".
      '(?:located|based|facilities)[^.;]{0,50}?(?:in,? |located )(?:a |another )(?:different|foreign) (?:jurisdictions?|countr(?:y|ies))',
      'cross-border (?:data )?transfers?',
      'transfer(?:s|red)? (?:\\p{L}+ ){0,4}to (?:other|foreign) (?:countries|jurisdictions)',
      '(?:within|in) (?:and|or) outside(?: of)?',
      'transfers? (?:of (?:your |personal |your personal )?(?:data|information) )?(?:to|into) (?:the )?(?:US|USA|United States)',
      'Privacy Shield',
      '(?:processed|stored|transferred|accessed|maintained) (?:\\p{L}+ ){0,4}in (?:any|other|many) countr(?:y|ies)',
      '(?:servers|data cent(?:er|re)s|facilities|processors|service providers) (?:\\S+ ){0,4}(?:around the world|worldwide|globally|in many countries)',
    ],
    residence: ['live', 'living', 'reside', 'residing', 'residents?', 'users', 'individuals', 'visitors', 'customers', 'people'],
    inside: [
      '(?:not|never|no)\\W+(?:\\S+ ){0,6}(?:transfer(?:s|red)?|sen[dt]|mov(?:e|ed)|stor(?:e|ed)|process(?:ed)?|leaves?|disclos(?:e|ed)) (?:\\S+ ){0,6}outside (?:of )?(?:the )?(?:(?:UK|United Kingdom) (?:and|or) (?:the )?)?(?:EEA|European Economic Area|EU|European Union|Europe)',
      '(?:only|exclusively|solely) (?:be )?(?:stored|processed|hosted|kept)(?: \\S+){0,3} (?:with)?in (?:the )?(?:EEA|EU|European Union|European Economic Area|Europe)',
      '(?:stored|processed|hosted|kept) (?:only |exclusively |solely )?(?:with)?in (?:the )?(?:EEA|EU|European Union|European Economic Area)',
      '(?:stays?|remains?) (?:with)?in (?:the )?(?:EEA|EU|European Union|European Economic Area|Europe)',
      'never leaves? (?:the )?(?:EEA|EU|European Union|Europe)',
      'no (?:international )?transfers? (?:of (?:your |personal )?(?:data|information) )?(?:to|outside)',
      '(?:not|no|never) (?:\\S+ ){0,5}international (?:data )?transfers?',
      // Translated German notices: "Your data will not be transferred to third countries", "A transfer to third countries does not take place".
      '(?:not|never)\\W+(?:\\S+ ){0,6}(?:transfer(?:s|red)?|sen[dt]|disclos(?:e|ed)|passed on|transmitted) (?:\\S+ ){0,4}(?:to|into|in) (?:a |any )?third[- ]countr(?:y|ies)',
      'no (?:data )?(?:transfers?|transmission) (?:\\S+ ){0,4}(?:to|into) (?:a |any )?third[- ]countr(?:y|ies)',
      'third[- ]countr(?:y|ies)[^.;]{0,30}(?:does|do|will) not (?:take place|occur|happen)',
    ],
    destinationContext: [
      'transfer(?:s|red|ring)?',
      'stor(?:e|es|ed|ing|age)',
      'hosted|hosting',
      'servers?',
      'data cent(?:er|re)s?',
      'processed|processing',
      'maintained',
      'outside',
      'third countr(?:y|ies)',
      'adequa\\p{L}+',
      'countries such as',
      'sent to',
      // "we send your name and transcript to that university", "data may be transmitted to Example LLC in the USA".
      'sen(?:d|ds|ding) (?:\\S+ ){1,6}to',
      'transmi(?:t|ts|tted|tting|ssion)',
      'accessed (?:by|from)',
      '(?:run|operated|managed|provided) from',
      // "we use tools of companies domiciled in the United States".
      '(?:domiciled|headquartered|seated) in',
      '(?:service )?providers?(?: \\S+){0,3} (?:from|in|based in|located in)',
      '(?:processors|sub-?processors|vendors|suppliers|recipients|affiliates)(?: \\S+){0,3} (?:based|located) in',
      // "Our video consultation provider and our crash reporting service are based in the United States."
      '(?:services?|providers?|vendors?|processors?|suppliers?) (?:is|are) (?:based|located|established|headquartered) in',
      '(?:a )?service (?:of|provided by)',
    ],
    storage: ['hosted', 'hosting', 'stored', 'storage', 'servers?', 'data cent(?:er|re)s?', 'located', 'processed'],
    notDestination: [
      'residents? (?:of|in)',
      '(?:live|reside|resident|you (?:are|were) located|you (?:are|were) based|users?|people|individuals|citizens?|consumers) (?:\\S+ ){0,3}(?:in|of|from)',
      'laws? of',
      'governed by',
      'supervisory authorit(?:y|ies)',
      'data protection authorit(?:y|ies)',
      'commissioner',
      'courts? of',
      'incorporated',
      'registered',
      'outside',
    ],
    // "run from the United States", "accessed from India": where the service or access is, a destination.
    origin: ['(?<!(?:run|operated|managed|provided|hosted|served|accessed) )from', 'out of', 'outside(?: of)?', 'leaves?', 'leaving'],
    notDestinationAfter: [
      'residents?', 'citizens?', 'laws?', 'state laws?', 'privacy laws?', 'users', 'customers', 'consumers', 'individuals',
      'visitors', 'persons', 'GDPR', 'Extensions?', 'Addendum', 'version', 'Secretary', 'International Data Transfer',
      'data protection (?:laws?|act|authority|legislation)', 'Information Commissioner', 'representative', 'government', 'regulations?',
      'legislation', 'General Data Protection Regulation', 'U\\.?\\s?S\\.? (?:DPF|Data Privacy Framework|Privacy Shield)',
      // "Swiss-U.S. DPF" when the splitter cut the sentence after "U.".
      'U\\.', '(?:user|customer|personal) data', 'entity', 'entities', 'subsidiar(?:y|ies)',
    ],
    listWords: ['and', 'or', 'the', 'and/or'],
    negations: ['no', 'not', 'without', 'lack(?:s|ing)?', 'absence of'],
    // s4-denied: determiners that deny the noun phrase holding a destination
    deniedBy: ['no(?!\\.?\\s*\\d)'],
    genericSafeguards: ['(?:appropriate|suitable|adequate) (?:safeguards|protections?)', '(?:legal|transfer) mechanisms?'],
    mechanisms: {
      adequacy_decision: [
        'adequacy (?:decisions?|findings?|regulations?|status)',
        '(?:European )?Commission[^.;]{0,100}adequa\\p{L}*',
        'adequa\\p{L}*[^.;]{0,100}(?:European )?Commission',
        'deemed (?:to (?:be|provide|offer) )?(?:an )?adequate',
        '(?:determined|recogni[sz]ed|found|considered|deemed|certified) (?:by the European Commission )?(?:as |to )?(?:be |provide |provides |offer |offering |providing |having |ensure |ensuring )?(?:an )?adequate (?:level of )?(?:data )?protection',
        'article 45',
        'adequate (?:countr(?:y|ies)|jurisdictions?|third countr(?:y|ies))',
      ],
      data_privacy_framework: ['Data Privacy Frameworks?', 'DPF'],
      standard_contractual_clauses: [
        'standard (?:data protection |contractual |contract )(?:clauses|terms|arrangements)',
        'model (?:contract(?:ual)? )?clauses',
        'SCCs?',
        'article 46\\W*\\(?2\\)?\\W*\\(?c\\)?',
      ],
      binding_corporate_rules: ['binding corporate rules', 'BCRs?'],
      certification: ['certification mechanisms?', 'approved certifications?', 'certification (?:pursuant to|under) article 42'],
      code_of_conduct: ['approved codes? of conduct', 'codes? of conduct (?:pursuant to|under) article 40'],
      derogation: [
        'derogations?',
        'article 49',
        '(?:your )?(?:explicit |express )?consent(?:ed)? to (?:the|this|such|these|that) transfers?',
        'agreement to (?:the|this|that|such) transfers?',
        // Not payments: "execute your transfers ..., which is necessary to perform our contract" (a wallet or bank app).
        '(?<!(?:your|money|bank|wire|payment|token|fund) )transfers? (?:\\S+ ){0,6}(?:is|are) necessary (?:for|to) (?:the )?(?:performance|perform|conclusion)',
      ],
    },
    countries: {
      'united states': 'US', 'united states of america': 'US', 'the states': 'US', USA: 'US', 'U.S.': 'US', US: 'US', 'U.S.A.': 'US',
      'united kingdom': 'GB', UK: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB',
      switzerland: 'CH', swiss: 'CH', CH: 'CH', british: 'GB', canada: 'CA', china: 'CN', "people's republic of china": 'CN', PRC: 'CN', india: 'IN', japan: 'JP',
      australia: 'AU', brazil: 'BR', singapore: 'SG', 'south korea': 'KR', korea: 'KR', 'republic of korea': 'KR',
      'hong kong': 'HK', israel: 'IL', 'new zealand': 'NZ', argentina: 'AR', uruguay: 'UY', mexico: 'MX', russia: 'RU',
      'russian federation': 'RU', 'south africa': 'ZA', malaysia: 'MY', philippines: 'PH', indonesia: 'ID', vietnam: 'VN',
      taiwan: 'TW', turkey: 'TR', ukraine: 'UA', serbia: 'RS', chile: 'CL', colombia: 'CO', egypt: 'EG', morocco: 'MA',
      tunisia: 'TN', nigeria: 'NG', kenya: 'KE', pakistan: 'PK', bangladesh: 'BD', thailand: 'TH', 'saudi arabia': 'SA',
      'united arab emirates': 'AE', UAE: 'AE', qatar: 'QA', peru: 'PE', 'sri lanka': 'LK', armenia: 'AM', belarus: 'BY',
      germany: 'DE', france: 'FR', netherlands: 'NL', 'the netherlands': 'NL', belgium: 'BE', ireland: 'IE',
      luxembourg: 'LU', italy: 'IT', spain: 'ES', portugal: 'PT', austria: 'AT', denmark: 'DK', sweden: 'SE',
      finland: 'FI', poland: 'PL', 'czech republic': 'CZ', czechia: 'CZ', slovakia: 'SK', hungary: 'HU', romania: 'RO',
      bulgaria: 'BG', greece: 'GR', cyprus: 'CY', malta: 'MT', croatia: 'HR', slovenia: 'SI', estonia: 'EE',
      latvia: 'LV', lithuania: 'LT', norway: 'NO', iceland: 'IS', liechtenstein: 'LI',
    },
    europe: ['(?:the )?EEA', '(?:the )?European Economic Area', '(?:the )?EU', '(?:the )?European Union', 'Europe'],
  },
};

export default en;
