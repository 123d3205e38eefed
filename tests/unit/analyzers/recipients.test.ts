import analyzer from '../../../analyzers/checklist/recipients';
import extractor from '../../../analyzers/extractors/recipients';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

runChecklistCases(analyzer, [
  { text: 'We share your data with our hosting providers and payment processors.', status: 'met', quote: 'hosting providers' },
  { language: 'fr', text: 'Vos données sont communiquées à nos sous-traitants techniques et aux autorités compétentes sur demande.', status: 'met' },
  { language: 'de', text: 'Wir geben Ihre Daten an Dienstleister weiter, die uns beim Hosting unterstützen.', status: 'met' },
  { language: 'nl', text: 'Wij delen uw gegevens met onze verwerkers, zoals onze hostingprovider.', status: 'met' },
  { language: 'es', text: 'Podemos comunicar tus datos a proveedores de servicios y a las autoridades competentes.', status: 'met' },
  { name: 'es present plural "se comunican", payment entity', language: 'es', text: 'Sus datos se comunican a la empresa de transporte y a la entidad de pago.', status: 'met' },
  { name: 'es "se comunican" with no recipient', language: 'es', text: 'Los cambios de esta política se comunican por correo electrónico.', status: 'missing' },
  { name: 'only "third parties"', text: 'We may share your information with third parties.', status: 'partial' },
  { name: 'no recipients', text: 'We keep your e-mail address for one year and then delete it.', status: 'missing' },
]);

runExtractorCases(extractor, (r) => r.map((x) => x.name), [
  {
    name: 'named processors in a list',
    text: 'The data controller is Pebble Learning Ltd. We share data with service providers such as Cloudnest, Mailfinch and Paylark.',
    expected: ['Cloudnest', 'Mailfinch', 'Paylark'],
  },
  {
    name: 'a legal-form name in a sharing sentence, not the controller',
    text: 'The data controller is Pebble Learning Ltd. Payments are processed by Paylark Payments B.V., our payment processor.',
    expected: ['Paylark Payments B.V.'],
  },
  { name: 'nothing named', text: 'We may share your data with our service providers.', expected: [] },
  {
    name: 'an unfilled template placeholder names no recipient',
    text: 'This SERVICE is provided by [Developer/Company name] at no cost. The app uses third-party services such as Mailfinch.',
    expected: ['Mailfinch'],
  },
]);

runExtractorCases(extractor, (r) => r.map((x) => x.name), [
  { name: 'a provider after "provided to the"', text: 'A hash of your e-mail address may be provided to the Avatarly service to show your picture.', expected: ['Avatarly'] },
  {
    name: 'de: capitalised nouns in a list are not providers',
    language: 'de',
    text: 'Wir geben Daten wie Name, Anschrift und Bestellungen an Dienstleister wie reCAPTCHA weiter.',
    expected: ['reCAPTCHA'],
  },
  {
    name: 'ordinary words written with capitals are not providers',
    text: 'We share Your Personal Data with service providers such as Cloudnest. Your personal data stays with them.',
    expected: ['Cloudnest'],
  },
]);
