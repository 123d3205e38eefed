import type { LegalBasis, Mechanism, Right } from '../types';

/**
 * A phrase pattern: the source of a case-insensitive, Unicode regular expression
 * matched within one sentence (e.g. "right (?:of|to) access"). Word boundaries are
 * added by `compile` in ./index.ts, so write the words, not \b.
 */
export type Pattern = string;

// Each section below belongs to one group of analyzers. Edit a section's interface
// together with the analyzers that read it.

/** Is this a privacy policy at all? (is-privacy-policy extractor) */
export interface PolicyLexicon {
  /** Phrases typical of a privacy policy. */
  indicators: Pattern[];
  /** Phrases typical of pages that are not privacy policies (terms of use, cookie-only notices). */
  counterIndicators: Pattern[];
}

/** Controller identity and contact (controller extractor, controller_identity, controller_contact). */
export interface ControllerLexicon {
  /**
   * Company legal forms as written next to a name: "Ltd", "GmbH", "SAS", "S.p.A." ...
   * Matched CASE-SENSITIVELY (so "SA" is not the French word "sa"): write each spelling.
   */
  legalForms: Pattern[];
  /**
   * Lower-case words written inside an organisation's name, between two capitalised words, before a
   * legal form: "del" in "Cerámicas del Turia, S.L.", "van" in "Bakkerij van Dijk B.V.". Prepositions only:
   * a conjunction joins two companies ("Google y Ejemplo S.L."); de "der"/"von" mostly tie a noun to the
   * company ("Dienste der X GmbH", "ein Angebot von X GmbH") and en capitalises defined terms ("the Terms of
   * X Ltd"), so those lists stay empty.
   */
  nameParticles: Pattern[];
  /**
   * Articles before a legal form that leads the name, where the language writes the form first:
   * it "l'A.S.D. Nuoto Esempio", "la S.r.l. Esempio"; nl "de vzw Buurtwerk". Matched case-insensitively.
   */
  formLeads: Pattern[];
  /**
   * Genitive words between a product noun and the company that makes it: es "la app de recetas de
   * X S.L.", en "the app from X Ltd". A company named as the owner of the product is its operator.
   */
  productOf: Pattern[];
  /** Phrases that introduce or name the controller: "data controller", "responsable du traitement". */
  controllerPhrases: Pattern[];
  // s4-joint: joint controllers (Art. 26)
  /** Words saying that several controllers are jointly responsible (Art. 26): "joint controllers", "gezamenlijk". */
  jointPhrases: Pattern[];
  /** Phrases right before the name of the entity that runs the service: "operated by", "édité par". */
  operatorPhrases: Pattern[];
  /** Phrases right after a name that make it the policy's "we": "(\"we\", \"us\")", "collects". */
  selfReference: Pattern[];
  /** Right after a name, says it is a legal person: ", a French company", "est une société". */
  entityApposition: Pattern[];
  /** Pronouns and defined roles some policies capitalise ("We", "Us", "You", "the Company"): never a name. */
  notNames: Pattern[];
  /**
   * A third-party product described right before an operator phrase ("Analytics is a web analytics service provided
   * by", "ist ein Webanalysedienst der"): the company named after it runs that product, not the policy's service.
   */
  thirdPartyService: Pattern[];
  /**
   * Right before the name of the product the policy covers, when no controller is named:
   * "this privacy policy applies to the", "our app", "notre application". The name follows directly.
   */
  productLead: Pattern[];
  /** Verbs before a product's name that need a product noun after it: "built the" (Name app). */
  productMakers: Pattern[];
  /** Kinds of product, generic words never a name on their own: "app", "website", "application". */
  productNouns: Pattern[];
  /** Privacy-policy titles around a product name: "privacy policy" ("Name Privacy Policy", "Privacy Policy of Name"). */
  productTitles: Pattern[];
  /** Words that are not a product's name on their own (articles, "mobile", "free", audiences such as "residents"). */
  productGeneric: Pattern[];
  /** A parenthesis that defines the preceding name as the party running the service: (hereby referred to as the "Service Provider"). */
  definedRole: Pattern[];
  /** Words of trading names, never of a person's name: "Studios", "Labs", "Team", "Technologies". */
  tradingWords: Pattern[];
  /** Phrases that introduce a postal address: "registered office", "siège social", "Sitz". */
  addressCues: Pattern[];
  /** Short words between an address cue and the address itself ("registered office at ..."), dropped from the address. */
  addressLead: Pattern[];
  /** Phrases that introduce a company registration number: "company number", "RCS", "HRB". */
  registrationCues: Pattern[];
  /** Names of the EU / EEA region: picks the controller for EU users when several are named. */
  euRegion: Pattern[];
  /**
   * The `euRegion` names that are outside the EEA (Switzerland, the United Kingdom): "If you live in the UK, X Ltd is
   * the controller" picks a regional controller, but one named for the EEA itself comes first.
   */
  euOutside: Pattern[];
  /** Phrases that point to a way of contacting the controller. */
  contactPhrases: Pattern[];
  /** Web forms / contact pages: "contact form", "formulaire de contact". */
  contactForms: Pattern[];
  /**
   * Bare channel words ("e-mail", "phone", "courriel"): they also name collected data, so they
   * count as contact only in a sentence that gives the address or number itself.
   */
  contactChannels: Pattern[];
  /**
   * An invitation to contact the policy's author in the first person ("write to us at:", "nous écrire",
   * "schreiben Sie uns"): a name line opening the postal address after it is the addressee, the controller.
   */
  contactUs: Pattern[];
  /** Whole titles of a contact section ("Contact", "Contact us", "Kontakt", "Contatti"). */
  contactTitles: Pattern[];
}

/** Data protection officer (dpo extractor, dpo_contact). */
export interface DpoLexicon {
  /** Names of the officer: "Data Protection Officer", "DPO", "Datenschutzbeauftragter". */
  terms: Pattern[];
  /** Statements that no officer is appointed: "we have not appointed a DPO". */
  absent: Pattern[];
  /** Mailbox names (start of an e-mail's local part) that are the officer's: "dpo", "rpd". */
  mailboxes: Pattern[];
  // s4-samecontact: the officer reached through contact details given elsewhere
  /** The officer is reached at contact details given elsewhere: "at the same address", "à la même adresse". */
  sameContact: Pattern[];
}

/** Recipients and purposes (recipients extractor, recipients and purposes items). */
export interface RecipientsLexicon {
  /** Sharing / disclosure phrases. */
  sharing: Pattern[];
  /** Named categories of recipients: "service providers", "payment processors". */
  categories: Pattern[];
  /** Vague-only recipients: "third parties", "partners". */
  vague: Pattern[];
  /** Phrases right before named providers in a list: "such as", "including", "provided by". */
  namedCues: Pattern[];
  /**
   * True when the language capitalises every noun (German): a lone capitalised word after a cue
   * is then a noun, not a name, unless written like one ("reCAPTCHA", "IONOS", "Zendesk, Inc.").
   */
  nounsCapitalised: boolean;
}

export interface PurposesLexicon {
  /** Purpose statements: "we use your data to", "in order to". */
  statements: Pattern[];
  /** Vague-only purposes: "to provide our services". */
  vague: Pattern[];
}

/** Legal bases, legitimate interests, rights, consent withdrawal, complaint, statutory, automated decisions. */
export interface BasesLexicon {
  /** Phrases that name an Art. 6(1) basis as a ground of processing on their own: "performance of a contract", "intérêt légitime". */
  bases: Record<LegalBasis, Pattern[]>;
  /** Bare names of a basis ("consent", "contract") that count only in a sentence or section with a `cues` phrase. */
  weak: Record<LegalBasis, Pattern[]>;
  /** What makes a sentence or heading about legal grounds: "legal basis", "Rechtsgrundlage", "base juridique". */
  cues: Pattern[];
  /**
   * References to Art. 6(1) with its point letter(s): "Art. 6(1)(f)", "Art. 6 Abs. 1 lit. a", "art. 6.1.b)".
   * The standalone letters a-f inside the match give the bases (a = consent ... f = legitimate interests).
   */
  article6: Pattern[];
  /** Conditional openers of generic "where we ..., the basis is ..." boilerplate: "insofar as", "soweit". */
  hypothetical: Pattern[];
  /**
   * The line introducing a restatement of Art. 6(1) ("We may process Personal Data under the following
   * conditions:", "if one of the following applies:"): the list after it names every basis the law allows,
   * not the ones the policy relies on.
   */
  restatedIntro: Pattern[];
  /** A legitimate-interest phrase followed by the interest itself: "legitimate interest in preventing fraud". */
  interestsDescribed: Pattern[];
  /** Words that tie a basis to a purpose in the same sentence: "for the purpose of", "in order to", "to send". */
  purposeLinks: Pattern[];
  /** Look-alikes that are not the basis: "rights, freedoms and legitimate interests of the data subject", "substantial public interest" (Art. 9). */
  notBasis: Record<LegalBasis, Pattern[]>;
  /**
   * Device capabilities behind an operating-system permission: "location", "camera", "contacts", "notifications".
   * With `devicePermission`, a consent sentence naming one is the permission prompt of the phone (ePrivacy
   * terminal access), not an Art. 6(1)(a) basis.
   */
  deviceFeatures: Pattern[];
  /** The phone's own permission or settings: "in your device settings", "location permission", "réglages de votre téléphone". */
  devicePermission: Pattern[];
  /**
   * Consent that gates one processing without being stated as its legal basis: "we will not share it without your
   * permission", "you may opt in to ...", "unless we ask you for consent". Not a basis for Art. 13(1)(c), but consent
   * is relied on, so Art. 13(2)(c) / 7(3) ask for the right to withdraw it (withdraw_consent item).
   */
  consentGated: Pattern[];
}

/** Data-subject rights (rights extractor; rights, withdraw_consent, complaint items). */
export interface RightsLexicon {
  /** Phrases that state a right on their own: "right of access", "droit à la portabilité". */
  rights: Record<Right, Pattern[]>;
  /** Names of a right that count only in a sentence or section about rights: "access", "Löschung", "Art. 17". */
  terms: Record<Right, Pattern[]>;
  /** What makes a sentence or heading about data-subject rights: "your rights", "you may request". */
  context: Pattern[];
  /** Statements that a right does not apply: "does not apply", "non ha diritto". */
  denials: Pattern[];
  /**
   * The wording of Art. 22(1) addressed to the person ("you will not be subject to a decision based solely on ...",
   * "Sie werden keiner ... Entscheidung unterworfen"): states the right even where it reads as a denial, unlike "we
   * take no automated decisions", which only says none are taken.
   */
  notSubjectTo: Pattern[];
}

export interface ObligationsLexicon {
  /** Statutory or contractual requirement to give the data, or that giving it is voluntary (13(2)(e)). */
  statutory: Pattern[];
  /** Consequences of not giving the data. */
  consequences: Pattern[];
  /** Automated decision-making and profiling (13(2)(f)). */
  automated: Pattern[];
  /** The logic involved / significance and consequences of automated decisions. */
  automatedLogic: Pattern[];
  /** Statements that no automated decision-making or profiling takes place. */
  automatedNone: Pattern[];
  /** Mentions of automation that are not about decisions on people: cookies, "with or without automated means". */
  automatedIgnore: Pattern[];
  /**
   * Profiling described in substance without naming it (WP260: classifying people by interests or behaviour):
   * "groups of users with similar interests", "interest profiles", "customer segments".
   */
  automatedProfiling: Pattern[];
  /** Supervisory authorities (generic and by name) for the complaint right (13(2)(d)). */
  authorities: Pattern[];
}

/** Retention periods (retention extractor and item). */
export interface RetentionLexicon {
  /** A period stated as the ceiling for all data ("No purpose in this notice will require us keeping your data longer than ..."). */
  ceiling: Pattern[];
  /** Words that make a sentence about keeping, deleting or expiring data: "retain", "deleted", "conservées". */
  verbs: Pattern[];
  /** Section headings about retention ("How long we keep", "Durée de conservation"): periods in tables under them count. */
  headings: Pattern[];
  /** Words of other sections' titles ("Your rights", "Cookies", "Transfers"): such a title ends a retention section. */
  otherSections: Pattern[];
  /** Criteria that set a period without a number: "as long as your account is active", "statutory retention periods". */
  criteria: Pattern[];
  /** Vague criteria only: "as long as necessary", "no longer than needed" (partial on their own). */
  vague: Pattern[];
  /** Words before a period that make it a deadline, not retention: "respond", "notice", "répondre". */
  deadlines: Pattern[];
  /** Words right before a period that make it an age or a look-back window: "under", "aged", "preceding". */
  notBefore: Pattern[];
  /** Words right after a period that make it an age, a notice or a look-back: "old", "of age", "notice". */
  notAfter: Pattern[];
  /** Words between the two numbers of a range or choice: "6 or 10 years", "6 bzw. 10 Jahre" give both periods. */
  joiners: Pattern[];
  /** Openings that make a sentence an illustration, not the policy's own period: "Example:", "Beispiel:". */
  examples: Pattern[];
  /** "And a half" after the number or the unit: "two and a half years", "six mois et demi", "un año y medio" (+0.5). */
  halves: Pattern[];
  /** Units to ISO 8601 designators: "years?" -> "Y". */
  units: Record<'Y' | 'M' | 'W' | 'D' | 'H', Pattern[]>;
  /** Number words (lower case): "ten" -> 10, "half a" -> 0.5, "anderthalb" -> 1.5. */
  numbers: Record<string, number>;
  // s4-oneunit: a unit read as one without a number
  /** Words before a unit that make it one unit, with what must follow it: es "al año de su respuesta" (a year after). */
  oneUnitLeads: Pattern[];
}

/** International transfers (transfers extractor and item). */
export interface TransfersLexicon {
  /** Openings of an illustration ("For example, if you were in Canada and ..."): its countries are not destinations. */
  illustrations: Pattern[];
  /** Phrases saying data goes (or may go) outside the EEA / to third countries. */
  outside: Pattern[];
  /** Words right before an `outside` phrase that make it about where people live: "if you live (outside the EEA)". */
  residence: Pattern[];
  /** Phrases saying data stays inside the EEA (checked before `outside`: they hold negations). */
  inside: Pattern[];
  /** Words that make a sentence about where data goes or is kept: a country named in it is a destination. */
  destinationContext: Pattern[];
  /** Hosting or storage words: a sentence with them naming only EEA places says data stays inside. */
  storage: Pattern[];
  /** Words that make a country mention not a destination: residence, governing law, authorities. */
  notDestination: Pattern[];
  /** Words right before a place that make it where data comes from: "from", "out of", "außerhalb". */
  origin: Pattern[];
  /** Words right after a country name that make it not a destination: "residents", "law". */
  notDestinationAfter: Pattern[];
  /** Words that join names in a list ("and", "or", "the"): a list of places with the EEA in it is a region. */
  listWords: Pattern[];
  /** Negations right before a mechanism that deny it: "no adequacy decision", "not recognised as adequate". */
  negations: Pattern[];
  // s4-denied: determiners that deny the noun phrase holding a destination
  /** Determiners that deny the noun phrase they open, and with it a destination in it: "no", "keine", "aucun". */
  deniedBy: Pattern[];
  /** Generic "appropriate safeguards" with no mechanism named. */
  genericSafeguards: Pattern[];
  mechanisms: Record<Mechanism, Pattern[]>;
  /**
   * Country names (in this language) to ISO 3166-1 alpha-2, EEA countries included. Keys are
   * literal names, matched case-insensitively, except all-capital keys ("US", "UK"), matched as written.
   */
  countries: Record<string, string>;
  /** Names of the EEA / EU / Europe as a place where data stays: "the EEA", "Europe". */
  europe: Pattern[];
}

/** All phrase lists of one language. */
export interface Lexicon {
  policy: PolicyLexicon;
  controller: ControllerLexicon;
  dpo: DpoLexicon;
  recipients: RecipientsLexicon;
  purposes: PurposesLexicon;
  bases: BasesLexicon;
  rights: RightsLexicon;
  obligations: ObligationsLexicon;
  retention: RetentionLexicon;
  transfers: TransfersLexicon;
}
