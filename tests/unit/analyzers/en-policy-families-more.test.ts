/**
 * Rules added for more English policy families (WordPress privacy page, GDPR.eu template, website-builder
 * defaults, job-applicant notices, public bodies, telemedicine apps, translated EU notices, B2B SaaS with a
 * sub-processor table). Every rule has its counter-case. Snippets written for the tests.
 */
import controllerIdentity from '../../../analyzers/checklist/controller-identity';
import controllerExtractor from '../../../analyzers/extractors/controller';
import legalBases from '../../../analyzers/extractors/legal-bases';
import retentionExtractor from '../../../analyzers/extractors/retention';
import rightsExtractor from '../../../analyzers/extractors/rights';
import transfersExtractor from '../../../analyzers/extractors/transfers';
import automatedDecisions from '../../../analyzers/checklist/automated-decisions';
import legalBasis from '../../../analyzers/checklist/legal-basis';
import legitimateInterests from '../../../analyzers/checklist/legitimate-interests';
import purposes from '../../../analyzers/checklist/purposes';
import statutory from '../../../analyzers/checklist/statutory-requirement';
import recipients from '../../../analyzers/checklist/recipients';
import retention from '../../../analyzers/checklist/retention';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const bases = (f: Array<{ basis: string }>) => f.map((b) => b.basis).sort();
const rights = (f: Array<{ right: string }>) => f.map((r) => r.right).sort();
const durations = (f: Array<{ duration: string }>) => f.map((r) => r.duration).sort();

runExtractorCases(controllerExtractor, (c) => c.name, [
  // A template label and a statute are not names.
  { name: 'WordPress "Suggested text:" label is not the controller', text: 'Who we are\nSuggested text: Our website address is: https://pots.example.\nComments\nSuggested text: Comments are checked for spam.', expected: null },
  {
    name: 'a statute next to "data controller" is not the controller',
    text: 'The Board is a public body established under the Example Colleges Act 2019 and is the data controller for your personal data.',
    expected: null,
  },
  { name: 'counter: a company next to "data controller" still is', text: 'Harbourline Analytics Ltd is the data controller for your personal data.', expected: 'Harbourline Analytics Ltd' },
  { name: 'first person: "I am <name>" names the person running the site', text: 'I am Tove Ekdahl, a portrait photographer based in Malmö. I answer every enquiry myself.', expected: 'Tove Ekdahl' },
  // Translated German notices (verantwortliche Stelle) and the common English template of German sites.
  { name: 'the responsible body within the meaning of the GDPR is:', text: 'The responsible body within the meaning of the General Data Protection Regulation is:\nBergmann Brewing\nHauptstraße 1, 80331 Munich, Germany', expected: 'Bergmann Brewing' },
  { name: 'the person responsible for data processing on this website is:', text: 'The person responsible for data processing on this website is:\nBergmann Brewing\nHauptstraße 1, 80331 Munich, Germany', expected: 'Bergmann Brewing' },
  { name: 'counter: a responsible attitude names no one', text: 'We take a responsible approach to your data:\nSecurity First\nEvery laptop is encrypted.', expected: null },
  { name: 'counter: "I am" before a lower-case word names no one', text: 'I am happy to answer questions about your data. Write to hello@studio.example.', expected: null },
]);

runChecklistCases(controllerIdentity, [
  // WordPress privacy page: the site is named only by its address (a site name: partial).
  { name: 'a site named by its web address', text: 'Who we are\nOur website address is: https://clayhouse.example.\nComments\nWe keep comments.', status: 'partial', quote: 'clayhouse.example' },
  { name: 'counter: a website named without an address', text: 'Who we are\nOur website uses cookies.\nComments\nWe keep comments.', status: 'missing' },
  // A sole trader introduced by their trade is a natural person, the controller (Art. 4(7)).
  { name: 'a person described by their trade', text: 'I am Tove Ekdahl, a portrait photographer based in Malmö.\nI use your enquiry to reply to you.', status: 'met', quote: 'Tove Ekdahl' },
  { name: 'counter: no trade in the apposition, the name stays a brand', text: 'I am Tove Ekdahl, a keen runner who built this app.\nI use your enquiry to reply to you.', status: 'partial' },
  // App titles with short joiners: "Psalm a Day – Privacy Policy".
  { name: 'an app title with a lower-case joiner inside the name', text: 'Psalm a Day – Privacy Policy\nOur Company collects your email address to send reminders.', status: 'partial', quote: 'Psalm a Day' },
  { name: 'counter: a title whose remainder starts with a joiner is no name', text: 'Terms of Use and Privacy Policy\nOur Company collects your email address to send reminders.', status: 'missing' },
]);

runExtractorCases(legalBases, bases, [
  {
    name: 'one sentence giving the law\'s list of six bases relies on none of them',
    text: 'Data protection law sets out six lawful bases for processing: consent, contract, legal obligation, vital interests, public task and legitimate interests. We process your enrolment data because it is necessary for the performance of a task carried out in the public interest.',
    expected: ['public_task'],
  },
  {
    name: 'counter: a policy naming four bases it relies on keeps them',
    text: 'The lawful bases for our processing are consent, contract, legal obligation and legitimate interests.',
    expected: ['consent', 'contract', 'legal_obligation', 'legitimate_interests'],
  },
  // Translated German notices: "Art. 6 para. 1 sentence 1 lit. b GDPR".
  { name: 'Art. 6 para. 1 sentence 1 lit. b', text: 'The legal basis for processing your order is Art. 6 para. 1 sentence 1 lit. b GDPR.', expected: ['contract'] },
  { name: 'counter: another article\'s sentence and letter', text: 'See Art. 13 para. 1 sentence 1 lit. b GDPR for the information we give you.', expected: [] },
  { name: 'public body: to carry out our statutory functions', text: 'We process your data to carry out our statutory functions as a local authority.', expected: ['public_task'] },
  { name: 'public body: in the exercise of its official functions', text: 'The Council processes your personal data in the exercise of its official functions.', expected: ['public_task'] },
  { name: 'counter: the functions of the app are no public task', text: 'We process your data to carry out the functions of the app you ask for.', expected: [] },
  { name: 'a public body saying it does not rely on legitimate interests', text: 'The Council does not rely on legitimate interests for processing carried out in the performance of its tasks.', expected: [] },
  { name: 'counter: relying on legitimate interests', text: 'We rely on legitimate interests for processing carried out to keep our systems secure.', expected: ['legitimate_interests'] },
  // The same denial in the other languages (Art. 6(1) second subparagraph holds everywhere).
  { name: 'de public body denies legitimate interests', language: 'de', text: 'Die Stadt stützt sich bei der Erfüllung ihrer Aufgaben nicht auf berechtigte Interessen.', expected: [] },
  { name: 'de counter: legitimate interests relied on', language: 'de', text: 'Die Verarbeitung stützt sich auf unsere berechtigten Interessen an der Sicherheit der Website.', expected: ['legitimate_interests'] },
  { name: 'es public body denies legitimate interests', language: 'es', text: 'El Ayuntamiento no se basa en el interés legítimo para los tratamientos que realiza en el ejercicio de sus funciones.', expected: [] },
  { name: 'es counter: legitimate interest relied on', language: 'es', text: 'El tratamiento se basa en nuestro interés legítimo en la seguridad del sitio web.', expected: ['legitimate_interests'] },
  { name: 'Art. 6(1)(b) wording: steps at your request before a contract', text: 'We use your enquiry to send a quote. This is necessary to take steps at your request before we sign a booking agreement.', expected: ['contract'] },
  { name: 'counter: steps we take to protect data are no basis', text: 'We take steps to protect your data against unauthorised access.', expected: [] },
  { name: 'steps prior to entering a contract, without "into"', text: 'We process your application because it is necessary to take steps prior to entering a contract with you.', expected: ['contract'] },
  { name: 'UK employer template: to enter into a contract with you', text: 'We need to process your data to enter into an employment contract with you.', expected: ['contract'] },
  { name: 'counter: a contract between others', text: 'Before you enter into an agreement with a seller, read their terms.', expected: [] },
  { name: 'required by law to, affirmed', text: 'We are required by law to carry out right to work checks.', expected: ['legal_obligation'] },
  { name: 'counter: a disclosure if we are required by law to do so', text: 'We may disclose your personal information if we are required by law to do so.', expected: [] },
  { name: 'a record-keeping statute as the obligation', text: 'Invoicing records: kept to comply with the Finnish Accounting Act.', expected: ['legal_obligation'] },
  { name: 'counter: complying with a privacy statute in general is no basis named', text: 'We comply with the Children\'s Online Privacy Protection Act.', expected: [] },
  { name: 'first person: the law requires me to keep invoices', text: 'I keep invoices because bookkeeping law requires me to.', expected: ['legal_obligation'] },
  { name: 'consent given for a purpose: "if you have consented to this"', text: 'We email you special offers on other products, if you have consented to this.', expected: ['consent'] },
  { name: 'counter: having agreed to receive marketing only opens the opt-out', text: 'If you have agreed to receive marketing, you may always opt out at a later date.', expected: [] },
]);

runExtractorCases(rightsExtractor, rights, [
  {
    name: 'WordPress: an exported file of the data held is access and portability',
    text: 'If you have an account on this site, you can request to receive an exported file of the personal data we hold about you, including any data you have provided to us.',
    expected: ['access', 'portability'],
  },
  { name: 'counter: exporting a report of your orders is no right', text: 'You can export your order history as a spreadsheet from your dashboard.', expected: [] },
  { name: 'first person: ask me for a copy of your data', text: 'You can ask me for a copy of your data at any time.', expected: ['access'] },
  { name: 'download a copy of your data', text: 'You may download a copy of your data at any time from your account settings.', expected: ['access'] },
  { name: 'counter: download the app', text: 'You may download a copy of the app from the store at any time.', expected: [] },
  { name: 'UK employer template: change incorrect or incomplete data', text: 'You can require us to change incorrect or incomplete data.', expected: ['rectification'] },
  { name: 'counter: changing your password is no rectification right', text: 'You can change your password in the settings.', expected: [] },
  {
    name: 'withdrawal in a relative clause after the purpose',
    text: 'Legal basis: consent for the newsletter, which you may withdraw at any time through the unsubscribe link.',
    expected: ['withdraw_consent'],
  },
  { name: 'authority named by what it is for', text: 'If you think we process your data unlawfully, you may lodge a complaint with the Office of the Data Protection Ombudsman.', expected: ['complaint'] },
  { name: 'authority for privacy protection', text: 'If you are unhappy, you can complain to the Swedish Authority for Privacy Protection (IMY).', expected: ['complaint'] },
  { name: 'counter: a complaint to us is not to an authority', text: 'If you have a complaint, please write to our customer service office.', expected: [] },
  {
    name: 'a statement that no solely automated decisions are made is not the Art. 22 right',
    text: 'We do not make decisions based solely on automated processing that produce legal effects concerning you.',
    expected: [],
  },
  {
    name: 'counter: the Art. 22 right stated',
    text: 'You have the right not to be subject to a decision based solely on automated processing that significantly affects you.',
    expected: ['automated_decision'],
  },
]);

runExtractorCases(retentionExtractor, durations, [
  {
    name: 'telling candidates the outcome is a deadline, not retention',
    text: 'How long do we keep data?\nUnsuccessful applications are deleted 6 months after the end of the process.\nCandidates are told the outcome within 10 working days of the final interview.',
    expected: ['P6M'],
  },
  {
    name: 'reporting an incident is a deadline, not retention',
    text: 'Retention\nLogin logs are kept for 90 days.\nSecurity incidents affecting customer data are reported to the customer within 48 hours.',
    expected: ['P90D'],
  },
  {
    name: 'how long a prescription can be used is no retention period',
    text: 'Retention\nConsultation notes are kept for eight years.\nPrescriptions issued through the app are valid for 28 days.',
    expected: ['P8Y'],
  },
  { name: 'counter: a cookie valid for a year is kept that long', text: 'Your choice is stored in a cookie on your device, valid for one year.', expected: ['P1Y'] },
  { name: 'counter: table rows named "Reported ..." and "Informed ..." keep their periods', text: 'Retention\nReported posts: 1 year.\nInformed consent forms: 10 years.', expected: ['P10Y', 'P1Y'] },
]);

runExtractorCases(transfersExtractor, (t) => [...t.countries].sort(), [
  { name: 'providers based in a third country', text: 'Our video provider and our crash reporting service are based in the United States.', expected: ['US'] },
  { name: 'data transmitted to a company in a third country', text: 'Data may also be transmitted to Example LLC in the USA.', expected: ['US'] },
  { name: 'records sent to a partner abroad', text: 'If you take part in an exchange, we send your name and transcript to the partner university in Canada or Japan.', expected: ['CA', 'JP'] },
  { name: 'counter: where users live is no destination', text: 'We send a newsletter to users in Canada.', expected: [] },
  {
    name: 'sub-processor table with a location column',
    text: 'Sub-processors\nSub-processor | Service | Location of processing\nExample Messaging, Inc. | Customer messaging | USA\nExample Hosting GmbH | Hosting | Germany',
    expected: ['US'],
  },
  { name: 'counter: a table of offices names no destination', text: 'Our offices\nCity | Country\nLondon | United Kingdom\nNew York | USA', expected: [] },
]);

runChecklistCases(purposes, [
  { name: 'first person singular purposes', text: 'Why I use it\nI use your enquiry details to reply to you.', status: 'met' },
]);

runChecklistCases(legalBasis, [
  {
    name: 'a legitimate interest described by its purpose is tied to it',
    text: [
      'We need to process data to take steps at your request prior to entering into a contract with you.',
      'We need to process data to ensure that we are complying with our legal obligations.',
      'We have a legitimate interest in assessing a candidate\'s suitability for employment.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'counter: bases only listed',
    text: 'Our legal bases are contract, legal obligation, legitimate interests and consent.\nWe collect your name and email address.',
    status: 'partial',
  },
  {
    name: 'a "Legal basis:" line adding the withdrawal right still states the basis for its purpose',
    text: [
      'Customer contacts are used to manage the customer relationship. Legal basis: performance of our contract with the customer.',
      'Login data is used to authenticate users. Legal basis: our legitimate interest in keeping accounts secure.',
      'Invoicing records: kept to comply with the Accounting Act.',
      'We use demo requests to arrange the demo and to send our newsletter. Legal basis: consent for the newsletter, which you may withdraw at any time.',
    ].join('\n'),
    status: 'met',
  },
]);

runChecklistCases(legitimateInterests, [
  { name: 'a public body that rules legitimate interests out', text: 'We process your data for our public task. The Council does not rely on legitimate interests for its tasks.', status: 'not_applicable' },
]);

runChecklistCases(recipients, [
  { name: 'a processor named as such is a recipient', text: 'This website is hosted with Example. Example stores the form submissions for me as my data processor.', status: 'met' },
  { name: 'a heading asking who receives the data frames its list', text: 'Who receives your data\nThe Higher Education Authority, external examiners and our IT service providers.', status: 'met' },
  { name: 'counter: processing by ourselves names no recipient', text: 'We process your form submissions to answer your questions.', status: 'missing' },
]);

runChecklistCases(retention, [
  {
    name: 'retention that depends on listed factors gives criteria (partial without a period)',
    text: 'How long we retain your personal information depends on different factors, such as whether we need the information to maintain your account or to resolve disputes.',
    status: 'partial',
    quote: 'depends on different factors',
  },
]);

runChecklistCases(automatedDecisions, [
  {
    name: 'a risk score with the signals it uses is described',
    text: 'The app calculates an arrhythmia risk score from your readings. The score comes from an algorithm that looks at the intervals between heartbeats and your age.',
    status: 'met',
  },
  { name: 'counter: a risk score with nothing about how', text: 'The app calculates a risk score from your readings.', status: 'partial' },
  { name: 'a flag with its threshold is described', text: 'Automated processing\nA monitoring tool flags students whose attendance falls below 60% over four weeks.', status: 'met' },
  { name: 'processes "not based on" automated decision-making', text: 'Our recruitment processes are not based on automated decision-making.', status: 'met' },
  { name: 'counter: processes that use automated decision-making, nothing more said', text: 'Our recruitment processes use automated decision-making.', status: 'partial' },
]);

runChecklistCases(statutory, [
  { name: 'refusing cookies: features of the app may then not work', text: 'You can set your device not to accept cookies; some features of the app may then not work.', status: 'partial' },
  { name: 'counter: features described, nothing about refusing data', text: 'Some features of the app are available offline.', status: 'missing' },
]);

// "Not transferred to third countries" says the data stays in the EEA, in every language.
runExtractorCases(transfersExtractor, (t) => t.outsideEEA, [
  { name: 'en: not transferred to third countries', text: 'Your data will not be transferred to third countries.', expected: false },
  { name: 'en: a transfer to third countries does not take place', text: 'A transfer of your data to third countries does not take place.', expected: false },
  { name: 'en counter: may be transferred to third countries', text: 'Some providers may transfer your data to third countries such as the USA.', expected: true },
  { name: 'fr: pas transférées vers des pays tiers', language: 'fr', text: 'Vos données ne sont pas transférées vers des pays tiers.', expected: false },
  { name: 'fr counter: transférées vers des pays tiers', language: 'fr', text: 'Certaines données sont transférées vers des pays tiers, notamment les États-Unis.', expected: true },
  { name: 'nl: niet doorgegeven aan derde landen', language: 'nl', text: 'Uw gegevens worden niet doorgegeven aan derde landen.', expected: false },
  { name: 'nl counter: doorgegeven aan derde landen', language: 'nl', text: 'Sommige gegevens worden doorgegeven aan derde landen, zoals de Verenigde Staten.', expected: true },
]);

runExtractorCases(rightsExtractor, rights, [
  { name: 'contact the data protection supervisory authority', text: 'You may contact the data protection supervisory authority responsible for us.', expected: ['complaint'] },
  { name: 'counter: the authority cooperates with us', text: 'We cooperate with the data protection supervisory authority responsible for us.', expected: [] },
]);

// English versions of the common German website templates.
runExtractorCases(rightsExtractor, rights, [
  { name: 'log a complaint with a supervisory agency', text: 'Data subjects are entitled to log a complaint with a supervisory agency, in particular in the member state of their residence.', expected: ['complaint'] },
  { name: 'revoke at any time any consent', text: 'You can also revoke at any time any consent you have already given us.', expected: ['withdraw_consent'] },
  { name: 'counter: revoke at any time our access to your account', text: 'You can revoke at any time the licence you bought from us.', expected: [] },
  { name: 'information about the source, recipients and purposes of your data', text: 'You have the right to receive information about the source, recipients and purposes of your archived personal data at any time.', expected: ['access'] },
  { name: 'free information about your stored data', text: 'You have the right to free information about your stored personal data, its origin, its recipients and the purpose of the processing.', expected: ['access'] },
  { name: 'counter: information about our products', text: 'You have the right to receive information about our products in your language.', expected: [] },
  { name: 'rectified or eradicated', text: 'You also have the right to demand that your data are rectified or eradicated.', expected: ['erasure', 'rectification'] },
]);

runExtractorCases(transfersExtractor, (t) => [...t.countries].sort(), [
  { name: 'tools of companies domiciled in a third country', text: 'Among other things, we use tools of companies domiciled in the United States.', expected: ['US'] },
  { name: 'counter: users domiciled in a country', text: 'Users domiciled in Canada may have other rights.', expected: [] },
]);

runChecklistCases(retention, [
  {
    name: 'until the purpose no longer applies is a vague criterion',
    text: 'Unless a more specific period is given, your personal data remains with us until the purpose for which it was collected no longer applies.',
    status: 'partial',
    quote: 'no longer applies',
  },
]);
