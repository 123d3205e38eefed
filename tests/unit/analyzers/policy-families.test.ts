/**
 * Rules added for the wording of common policy families (TermsFeed/iubenda restatements of Art. 6(1),
 * e-commerce platform defaults, Termly long forms, ICO templates, layered big-tech notices, CCPA notices
 * with GDPR add-ons). Every rule has its counter-case. Snippets written for the tests.
 */
import controllerExtractor from '../../../analyzers/extractors/controller';
import legalBases from '../../../analyzers/extractors/legal-bases';
import rightsExtractor from '../../../analyzers/extractors/rights';
import transfersExtractor from '../../../analyzers/extractors/transfers';
import legalBasis from '../../../analyzers/checklist/legal-basis';
import controllerIdentity from '../../../analyzers/checklist/controller-identity';
import legitimateInterests from '../../../analyzers/checklist/legitimate-interests';
import retention from '../../../analyzers/checklist/retention';
import statutory from '../../../analyzers/checklist/statutory-requirement';
import withdrawConsent from '../../../analyzers/checklist/withdraw-consent';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const bases = (f: Array<{ basis: string }>) => f.map((b) => b.basis).sort();
const rights = (f: Array<{ right: string }>) => f.map((r) => r.right).sort();
const transfers = (t: { outsideEEA: boolean | null; countries: string[] }) => ({ outsideEEA: t.outsideEEA, countries: [...t.countries].sort() });

const RESTATED_EN = [
  'We may process Personal Data under the following conditions:',
  'Consent: You have given Your consent for processing Personal Data for one or more specific purposes.',
  'Performance of a contract: Provision of Personal Data is necessary for the performance of an agreement with You.',
  'Legal obligations: Processing Personal Data is necessary for compliance with a legal obligation to which the Company is subject.',
  'Vital interests: Processing Personal Data is necessary in order to protect Your vital interests.',
  'Legitimate interests: Processing Personal Data is necessary for the purposes of the legitimate interests pursued by the Company.',
  'In any case, the Company will help to clarify the specific legal basis that applies to the processing.',
].join('\n');

runExtractorCases(legalBases, bases, [
  // A restatement of Art. 6(1) names the law's list, not the bases relied on.
  { name: 'en restated Art. 6(1) list relies on none', text: RESTATED_EN, expected: [] },
  {
    name: 'en iubenda-style "if one of the following applies" list relies on none',
    text: [
      'The Owner may process Personal Data relating to Users if one of the following applies:',
      'Users have given their consent for one or more specific purposes;',
      'provision of Data is necessary for the performance of an agreement with the User;',
      'processing is necessary for compliance with a legal obligation to which the Owner is subject;',
      'processing is necessary for the purposes of the legitimate interests pursued by the Owner.',
    ].join('\n'),
    expected: [],
  },
  {
    name: 'it restated list (una delle seguenti condizioni) relies on none',
    language: 'it',
    text: [
      "Il Titolare tratta Dati Personali relativi all'Utente in caso sussista una delle seguenti condizioni:",
      "l'Utente ha prestato il consenso per una o più finalità specifiche;",
      "il trattamento è necessario all'esecuzione di un contratto con l'Utente;",
      'il trattamento è necessario per adempiere un obbligo di legge al quale è soggetto il Titolare;',
      'il trattamento è necessario per il perseguimento del legittimo interesse del Titolare.',
    ].join('\n'),
    expected: [],
  },
  // Counter-cases: a list the policy relies on, and a short "the following" list, still count.
  {
    name: 'en "we process ... on the following legal bases" list is relied on',
    text: [
      'Our legal bases',
      'We process your personal data on the following legal bases:',
      'Consent: we send the newsletter only to people who subscribed.',
      'Contract: we need your address to deliver your order.',
      'Legal obligation: we keep invoices for the tax office.',
      'Legitimate interests: we use CCTV to prevent theft.',
    ].join('\n'),
    expected: ['consent', 'contract', 'legal_obligation', 'legitimate_interests'],
  },
  {
    name: 'en "may process under the following conditions" with only two bases is not the law restated',
    text: ['We may process your data on the following legal bases:', 'Consent: we send the newsletter with your consent.', 'Contract: delivering your order is necessary for the performance of a contract with you.'].join('\n'),
    expected: ['consent', 'contract'],
  },
  // A list line after the restatement ends it: a later statement counts.
  { name: 'en basis stated after a restated list still counts', text: `${RESTATED_EN}\nWe send marketing emails with your consent.`, expected: ['consent'] },
  // Conditions and compliance "to the extent necessary" are not a basis relied on.
  { name: 'en "if we need to rely on consent" is a condition', text: 'If We need to rely on consent as a legal basis and Your country requires consent from a parent, We may require it.', expected: [] },
  { name: 'en retained "to the extent necessary to comply with our legal obligations" is a condition', text: 'We will retain Your Personal Data to the extent necessary to comply with our legal obligations, resolve disputes and enforce our agreements.', expected: [] },
  { name: 'en keeping invoices to comply with legal obligations counts', text: 'We keep your invoices to comply with our legal obligations under tax law.', expected: ['legal_obligation'] },
  // A disclosure that may happen if the law requires it is not the basis of the policy's processing.
  { name: 'en "may disclose ... if the law requires us" is not a basis', text: 'We may disclose your personal information if the law requires us to do so or if you violate our Terms of Service.', expected: [] },
  { name: 'en "the law requires us to keep" is a basis', text: 'We keep order records for six years because the law requires us to keep them.', expected: ['legal_obligation'] },
  // "necessary for our contract with you" names the contract basis.
  { name: 'en necessary for our contract with your practice', text: 'We process your personal data to provide the software because this is necessary for our contract with your practice.', expected: ['contract'] },
  { name: 'en a contract with a vendor is not a basis', text: 'Vendors process data under a contract with us.', expected: [] },
]);

runChecklistCases(legalBasis, [
  { name: 'en restated Art. 6(1) list: listed, not tied', text: RESTATED_EN, status: 'partial', quote: 'Performance of a contract:' },
  { name: 'en no basis at all: missing', text: 'We use your email address to send you updates about the app.', status: 'missing' },
]);

runChecklistCases(legitimateInterests, [
  { name: 'en legitimate interests only in a restated list: not relied on', text: RESTATED_EN, status: 'not_applicable' },
  {
    name: 'en Termly-style example after the basis describes the interest',
    text: 'Legitimate Interests. We may process your information when we believe it is reasonably necessary to achieve our legitimate business interests. For example, we process your information to diagnose problems and to prevent fraudulent activities.',
    status: 'met',
    quote: 'For example, we process your information',
  },
  {
    name: 'en a later unrelated example does not describe the interest',
    text: 'Legitimate Interests. We may process your information when we believe it is reasonably necessary to achieve our legitimate business interests.\nCookies\nFor example, a cookie remembers your language.',
    status: 'partial',
  },
]);

runChecklistCases(statutory, [
  { name: 'en restated contract basis is no requirement statement', text: RESTATED_EN, status: 'missing' },
  { name: 'en "to provide the software ... is necessary" is a purpose', text: 'We process your personal data to provide the software you subscribe to because this is necessary for our contract with you.', status: 'missing' },
  { name: 'en providing the data is necessary: requirement', text: 'Providing your email address is necessary to create an account.', status: 'partial' },
  { name: 'en optional field left empty: requirement and consequence', text: 'Entering a nickname is optional. If you leave it empty, your scores are shown as "Player".', status: 'met' },
  { name: 'en leaving a form empty without a requirement: consequence only', text: 'If you leave the comment field blank, we cannot answer you.', status: 'partial' },
]);

runChecklistCases(withdrawConsent, [
  { name: 'en basis cell: consent, which you can withdraw', text: '| Purpose | Legal basis |\n| Personalised ads | Your consent, which you can withdraw at any time in Settings |', status: 'met' },
  { name: 'en ICO wording: remove your consent', text: 'Consent: we send the newsletter only if you ticked the box. You are able to remove your consent at any time by clicking unsubscribe.', status: 'met' },
  { name: 'en consent without a way back: missing', text: 'We send marketing emails with your consent.', status: 'missing' },
]);

runExtractorCases(rightsExtractor, rights, [
  { name: 'en iubenda list: have their data deleted or otherwise removed', text: 'Users have the right to do the following:\nHave their Personal Data deleted or otherwise removed.', expected: ['erasure'] },
  { name: 'en deleted cookies are no right', text: 'Cookies are deleted when you close the browser.', expected: [] },
]);

runExtractorCases(transfersExtractor, transfers, [
  {
    name: 'en illustration names no destination; a different jurisdiction is a transfer',
    text: 'Some providers may be located in, or have facilities in, a different jurisdiction than either you or us. For example, if you were located in Canada and a payment gateway located in the United States processed your transaction, United States law could apply.',
    expected: { outsideEEA: true, countries: [] },
  },
  { name: 'en a plain statement names its destination', text: 'Our payment gateway stores your card data on servers in the United States.', expected: { outsideEEA: true, countries: ['US'] } },
  { name: 'en DPF UK and Swiss extensions are no destinations', text: 'For transfers to the United States we rely on the EU-U.S. Data Privacy Framework and its UK and Swiss extensions.', expected: { outsideEEA: true, countries: ['US'] } },
  { name: 'en not outside the UK and the EEA', text: 'We do not transfer your information outside the UK and the European Economic Area.', expected: { outsideEEA: false, countries: [] } },
]);

runChecklistCases(retention, [
  {
    name: 'en one period as the ceiling for all data, beside "as long as necessary": met',
    text: 'We keep your information for as long as necessary to fulfil the purposes of this notice. No purpose in this notice will require us to keep your personal information for longer than 18 months past the termination of your account.',
    status: 'met',
    quote: 'No purpose in this notice',
  },
  {
    name: 'en we will never keep your data longer than two years: met',
    text: 'We keep data as long as necessary, but we will never keep your personal data for longer than two years after your last order.',
    status: 'met',
  },
  {
    name: 'fr en aucun cas au-delà de trois ans: met',
    language: 'fr',
    text: 'Nous conservons vos données aussi longtemps que nécessaire aux finalités décrites. Elles ne sont en aucun cas conservées au-delà de trois ans après votre dernière commande.',
    status: 'met',
  },
  {
    name: 'de keinesfalls länger als zwei Jahre: met',
    language: 'de',
    text: 'Ihre Daten werden gelöscht, sobald sie für die Zwecke nicht mehr erforderlich sind. Sie werden keinesfalls länger als zwei Jahre nach Ihrer letzten Bestellung gespeichert.',
    status: 'met',
  },
  {
    name: 'nl in geen geval langer dan twee jaar: met',
    language: 'nl',
    text: 'Wij bewaren je gegevens niet langer dan noodzakelijk voor de genoemde doelen. Ze worden in geen geval langer dan twee jaar na je laatste bestelling bewaard.',
    status: 'met',
  },
  {
    name: 'en one period for one kind of data beside "as long as necessary": partial',
    text: 'We keep your information for as long as necessary for the purposes of this policy. Usage Data is kept for a shorter period, at most 14 months.',
    status: 'partial',
  },
]);

runChecklistCases(legalBasis, [
  {
    name: 'en ICO-style labelled rows that state the processing: tied',
    text: [
      'Our lawful bases',
      'Contract: we need your order details to make and deliver what you bought.',
      'Legal obligation: we must keep sales records for the tax authority.',
      'Legitimate interests: we use CCTV because we have a legitimate interest in keeping our staff safe from theft.',
      'Consent: we only send the newsletter to people who ticked the sign-up box.',
    ].join('\n'),
    status: 'met',
    quote: 'Legal obligation: we must keep',
  },
  {
    name: 'en labelled rows that only define the bases: listed, not tied',
    text: [
      'Our lawful bases',
      'Consent: where you have given us your consent.',
      'Contract: where processing is necessary for a contract with you.',
      'Legal obligation: where we must comply with a legal obligation.',
      'Legitimate interests: we process data for purposes in our legitimate interests.',
    ].join('\n'),
    status: 'partial',
  },
]);

runExtractorCases(transfersExtractor, transfers, [
  {
    name: 'en UK counted with the EEA as where data stays: UK servers are no transfer',
    text: 'Our order system stores data on servers in the UK and in Ireland. We do not transfer your information outside the UK and the European Economic Area.',
    expected: { outsideEEA: false, countries: [] },
  },
  {
    name: 'en data sent outside the UK and the EEA: the UK stays a destination',
    text: 'Our hosting provider stores data in the United Kingdom and in Ireland. Our email service is in the United States, so some data is transferred outside the UK and the EEA.',
    expected: { outsideEEA: true, countries: ['GB', 'US'] },
  },
]);

runChecklistCases(controllerIdentity, [
  {
    name: 'en app-generator template: the person who built the app is the controller',
    text: 'Jane Roe built the Tide Clock app as a free app. The app is provided by Jane Roe at no cost.\nContact: jane.roe@example.com',
    status: 'met',
    quote: 'Jane Roe built the Tide Clock app',
  },
  {
    name: 'en a trading name that built the app is only a brand',
    text: 'Blue Whale Games built the Tide Clock app as a free app. The app is provided by Blue Whale Games at no cost.\nContact: hello@bluewhale.example',
    status: 'partial',
  },
]);

runExtractorCases(controllerExtractor, (c: { name: string | null }) => c.name, [
  {
    name: 'en regional controllers: the one named for the EEA, though the UK one sits nearer its role phrase',
    text: [
      'If you live in the European Economic Area or Switzerland, Harbourlight Ireland Limited, 2 Dockside Square, Dublin 2, Ireland, is the controller of your personal data.',
      'If you live in the United Kingdom, Harbourlight UK Ltd, 9 Shore Road, London E14 5AB, is the controller.',
      'If you live anywhere else, Harbourlight, Inc., 500 Harbor Boulevard, San Francisco, CA 94105, USA, is responsible for your information.',
    ].join('\n'),
    expected: 'Harbourlight Ireland Limited',
  },
  {
    name: 'en a UK controller alone is still the controller',
    text: 'If you live in the United Kingdom, Harbourlight UK Ltd, 9 Shore Road, London E14 5AB, is the controller of your personal data.',
    expected: 'Harbourlight UK Ltd',
  },
]);

runExtractorCases(rightsExtractor, rights, [
  { name: 'en delete your budgets and your account', text: 'You can delete your budgets and your account at any time from the settings screen.', expected: ['erasure'] },
  { name: 'en deleting a budget alone is no erasure right', text: 'You can delete your budgets from the settings screen.', expected: [] },
]);

runExtractorCases(legalBases, bases, [
  {
    name: 'fr restated list (si l’une des conditions suivantes s’applique) relies on none',
    language: 'fr',
    text: [
      "Le Propriétaire peut traiter les Données personnelles relatives aux Utilisateurs si l'une des conditions suivantes s'applique :",
      "les Utilisateurs ont donné leur consentement pour une ou plusieurs finalités spécifiques ;",
      "le traitement est nécessaire à l'exécution d'un contrat avec l'Utilisateur ;",
      "le traitement est nécessaire au respect d'une obligation légale à laquelle le Propriétaire est soumis ;",
      "le traitement est nécessaire aux fins des intérêts légitimes poursuivis par le Propriétaire.",
    ].join('\n'),
    expected: [],
  },
  {
    name: 'de restated list (wenn einer der folgenden Punkte zutrifft) relies on none',
    language: 'de',
    text: [
      'Der Anbieter darf personenbezogene Daten von Nutzern nur dann verarbeiten, wenn einer der folgenden Punkte zutrifft:',
      'Die Nutzer haben ihre Einwilligung für einen oder mehrere bestimmte Zwecke erteilt.',
      'Die Verarbeitung ist für die Erfüllung eines Vertrags mit dem Nutzer erforderlich.',
      'Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der der Anbieter unterliegt.',
      'Die Verarbeitung ist zur Wahrung der berechtigten Interessen des Anbieters erforderlich.',
    ].join('\n'),
    expected: [],
  },
  {
    name: 'fr bases the policy relies on, one per line, still count',
    language: 'fr',
    text: [
      'Bases légales',
      "Nous envoyons la newsletter sur la base de votre consentement.",
      "Nous traitons vos commandes pour l'exécution d'un contrat avec vous.",
    ].join('\n'),
    expected: ['consent', 'contract'],
  },
]);
