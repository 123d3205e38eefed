import type { Lexicon } from './types';

/** Phrase lists for policies in language "fr". Data only: analyzers read them through ./index.ts. */
const fr: Lexicon = {
  policy: {
    indicators: [
      'politique de (?:confidentialité|protection des données|vie privée)',
      'charte (?:de )?(?:confidentialité|vie privée|de protection des données)',
      'données (?:à caractère )?personnelles',
      'responsables? (?:du|de) traitement',
      'RGPD',
      'règlement général sur la protection des données',
      'loi informatique et libertés',
      'délégué à la protection des données',
      'vos droits',
      'droit d[\'’](?:accès|opposition)',
      'droit (?:de rectification|à l[\'’]effacement|à la portabilité|à la limitation)',
      'base (?:légale|juridique)',
      'intérêt légitime',
      'personnes? concernées?',
      'nous (?:collectons|traitons|utilisons|conservons)',
      'CNIL',
      'durée de conservation',
      'finalités?',
    ],
    counterIndicators: [
      'conditions générales d[\'’]utilisation',
      'conditions générales(?: de vente)?',
      'CGU', 'CGV',
      'politique (?:relative aux|de gestion des|des) cookies',
      'cookies?',
      'traceurs?',
      'le Membre', 'l[\'’]Utilisateur s[\'’]engage',
      'propriété intellectuelle',
      'responsabilité',
      'résiliation',
      'abonnements?',
      'le présent contrat',
      'droit applicable',
      'juridiction',
    ],
  },
  controller: {
    legalForms: [
      'S\\.A\\.S\\.U?\\.?', 'SASU', 'SAS', 'SARL', 'S\\.A\\.R\\.L\\.?', 'EURL', 'S\\.A\\.', 'SA', 'SCA', 'SCS', 'SNC', 'SCOP', 'SCI', 'SEM', 'GIE', 'SELARL',
      'Société par actions simplifiée', 'société anonyme',
    ],
    controllerPhrases: [
      'responsables? (?:conjoints? )?(?:du|de|des) traitements?',
      'responsables? de (?:vos|ces|les) données',
      'responsable de traitement',
      'qui est responsable',
      'société (?:qui est )?responsable',
      'responsable du fichier',
    ],
    operatorPhrases: [
      '(?:édité|éditée|exploité|exploitée|fourni|fournie|géré|gérée|opéré|opérée|développé|développée|publié|publiée|proposé|proposée|détenu|détenue) (?:et (?:exploité|exploitée|fourni|fournie|géré|gérée|édité|éditée) )?par(?: la société)?',
      '(?:collectées?|traitées?) par',
      'la société',
    ],
    selfReference: [
      '\\(?\\s*(?:ci-après|ci-dessous)?[,:]?\\s*(?:dénommée? )?[«"“]?\\s*(?:nous|notre|nos)\\s*[»"”]?',
      '(?:collecte|traite|s[\'’]engage|respecte|exploite|édite)',
      'est une (?:société|entreprise)',
    ],
    addressCues: [
      'siège social', 'dont le siège', 'situé(?:e)? (?:au|à)', 'adresse postale', 'par courrier', 'adresse', 'domicilié(?:e)?',
    ],
    registrationCues: [
      'RCS', 'R\\.C\\.S\\.', 'immatriculée?', 'SIREN', 'SIRET', 'numéro d[\'’]immatriculation', 'registre du commerce',
    ],
    euRegion: [
      'Espace économique européen', 'EEE', 'Union européenne', 'UE', 'Europe', 'Suisse',
    ],
    contactPhrases: [
      'nous contacter', 'contactez-nous', 'écrivez-nous', 'nous écrire', 'par (?:e-?mail|courriel|courrier|téléphone)', 'adress(?:er|ant) (?:un|votre) (?:e-?mail|courriel|courrier|demande)',
      'coordonnées', 'à l[\'’]adresse', 'e-?mail', 'courriel', 'téléphone', 'vous pouvez (?:nous )?contacter',
    ],
    contactForms: ['formulaire (?:de contact|en ligne|dédié)', 'formulaire', 'centre d[\'’]aide', 'page de contact'],
  },
  dpo: {
    terms: ['délégués? à la protection des données', 'délégué(?:e)? (?:à la|aux) protection des données', 'DPO', 'DPD', 'délégué(?:e)? RGPD'],
    absent: ['(?:n[\'’]avons|n[\'’]a) pas (?:désigné|nommé)', 'pas (?:de|d[\'’]) (?:DPO|délégué)', 'aucun (?:DPO|délégué)'],
    mailboxes: ['dpo', 'dpd', 'rgpd'],
  },
  recipients: {
    sharing: [
      'partage(?:ons|r|ées?)?', 'communiqu(?:ées?|ons|er)', 'transmi(?:ses?|s)', 'transmett(?:ons|re)', 'destinataires?', 'divulgu(?:ées?|ons|er)',
      'accès à vos données', 'hébergées? (?:par|chez)', 'cédées?', 'vend(?:ons|re)', 'mises? à (?:la )?disposition',
    ],
    categories: [
      'prestataires?(?: de services?| techniques?| informatiques?| de paiement| d[\'’]hébergement)?', 'sous-traitants?', 'hébergeurs?', 'fournisseurs?',
      'filiales?', 'sociétés? du groupe', 'entités? du groupe', 'autorités?(?: administratives| judiciaires| compétentes| publiques)?',
      'administrations?', 'services? (?:de paiement|d[\'’]hébergement|de maintenance)', 'organismes? (?:publics|sociaux)', 'tribunaux', 'forces de l[\'’]ordre',
      'auxiliaires de justice', 'commissaires aux comptes', 'avocats', 'assureurs?', 'banques?', 'établissements? (?:bancaires|financiers)',
      'annonceurs', 'régies? publicitaires?', 'professionnels? de santé', 'autres (?:membres|utilisateurs)', 'équipes? internes?', 'personnel habilité',
    ],
    vague: ['tiers', 'partenaires?', 'autres sociétés'],
    namedCues: ['tels? que', 'telles? que', 'comme', 'notamment', 'par exemple', 'ex\\. ?:?', 'dont', 'fourni par', 'utilisons', 'via'],
  },
  purposes: {
    statements: [
      'finalités?', 'afin de', 'pour (?:les|des) (?:finalités|raisons|besoins)', 'dans le but de', 'a pour (?:objet|but|finalité)', 'utilisées? pour', 'traitées? pour',
      'nous (?:utilisons|traitons|collectons)(?: \\p{L}+){0,6} (?:pour|afin)', 'permett(?:re|ent|ant) de', 'pourquoi',
      'pour (?:gérer|créer|améliorer|personnaliser|envoyer|vous|répondre|assurer|prévenir|lutter|mesurer|réaliser|traiter|fournir)',
    ],
    vague: ['pour (?:vous )?fournir (?:nos|les) services', 'pour (?:le bon )?fonctionnement (?:de nos|des) services', 'pour améliorer (?:nos|les) services'],
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

export default fr;
