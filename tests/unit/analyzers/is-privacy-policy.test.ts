import extractor from '../../../analyzers/extractors/is-privacy-policy';
import { runExtractorCases } from '../../helpers/analyzer-cases';

const policyEn = [
  'Privacy Policy',
  'This privacy policy explains how Northwind Gadgets Ltd, the data controller, processes your personal data.',
  'We collect your name and e-mail address to manage your account. The legal basis is the performance of a contract.',
  'You have the right to access, rectify and erase your personal data, and the right to lodge a complaint with a supervisory authority.',
].join('\n');

const termsFr = [
  "Conditions générales d'utilisation",
  "Les présentes CGU régissent l'accès au service. Le Membre s'engage à respecter les présentes conditions générales.",
  'Abonnements : les abonnements sont payables à l’avance. Résiliation : le Membre peut résilier son abonnement à tout moment.',
  'Propriété intellectuelle : tous les contenus sont protégés. Responsabilité : la société décline toute responsabilité.',
  'Droit applicable et juridiction : le présent contrat est soumis au droit français. Les données personnelles sont traitées selon la politique de confidentialité.',
].join('\n');

const cookieEn = [
  'Cookie Policy',
  'This cookie policy explains how we use cookies, pixels and similar tracking technologies. Cookies are small text files.',
  'Strictly necessary cookies make the site work. Analytics cookies and web beacons measure visits. Advertising cookies and pixels are set by our partners.',
  'You can manage cookies in your browser. Some cookies are session cookies; other cookies are persistent cookies.',
  'For how we handle personal data more generally, see our privacy policy.',
].join('\n');

// Shop terms in other languages: consumer-law cancellation, delivery, prices, warranty; one line points to the policy.
const termsDe = [
  'Allgemeine Geschäftsbedingungen',
  '§ 1 Geltungsbereich: Diese AGB gelten für alle Bestellungen im Online-Shop der Muster Werkzeuge GmbH.',
  '§ 2 Vertragsschluss: Mit dem Klick auf „Kaufen“ geben Sie eine verbindliche Bestellung ab.',
  '§ 3 Preise und Versandkosten: Alle Preise enthalten die Mehrwertsteuer; die Versandkosten werden im Warenkorb angezeigt.',
  '§ 4 Lieferzeit: drei bis fünf Werktage. § 5 Widerrufsbelehrung: Die Widerrufsfrist beträgt vierzehn Tage.',
  '§ 6 Gewährleistung: Es gilt das gesetzliche Mängelhaftungsrecht. § 7 Gerichtsstand ist Berlin.',
  'Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung.',
].join('\n');

const termsNl = [
  'Algemene voorwaarden',
  'Artikel 1: Deze voorwaarden zijn van toepassing op elk aanbod van de ondernemer en op elke overeenkomst op afstand.',
  'Artikel 2: De consument kan de overeenkomst binnen een bedenktijd van 14 dagen ontbinden (herroepingsrecht).',
  'Artikel 3: De levertijd is maximaal 30 dagen. Artikel 4: Op alle producten geldt de wettelijke garantie.',
  'Artikel 5: Op de verwerking van persoonsgegevens is onze privacyverklaring van toepassing.',
].join('\n');

const termsEs = [
  'Condiciones generales de contratación',
  'Estas condiciones regulan la venta de productos en nuestra tienda en línea. Los gastos de envío se indican antes de pagar.',
  'El plazo de entrega es de tres a cinco días. El consumidor dispone de catorce días para el desistimiento; las devoluciones son gratuitas.',
  'Los productos tienen una garantía legal de tres años. Los datos personales se tratan conforme a nuestra política de privacidad.',
].join('\n');

runExtractorCases(extractor, (v) => v, [
  { name: 'German shop terms (AGB) are not a policy', language: 'de', text: termsDe, expected: false },
  { name: 'Dutch general terms are not a policy', language: 'nl', text: termsNl, expected: false },
  { name: 'Spanish shop terms are not a policy', language: 'es', text: termsEs, expected: false },
  { name: 'an English privacy policy', text: policyEn, expected: true },
  {
    name: 'a German privacy notice',
    language: 'de',
    text: [
      'Datenschutzerklärung',
      'Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten im Sinne der DSGVO ist die Beispiel Werkzeuge GmbH.',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO. Sie haben das Recht auf Auskunft, Berichtigung und Löschung.',
    ].join('\n'),
    expected: true,
  },
  {
    name: 'a Spanish privacy policy',
    language: 'es',
    text: [
      'Política de privacidad',
      'El responsable del tratamiento de tus datos personales es Ejemplo Soluciones S.L.',
      'Puedes ejercer tus derechos de acceso, rectificación y supresión, y presentar una reclamación ante la Agencia Española de Protección de Datos.',
    ].join('\n'),
    expected: true,
  },
  { name: 'French terms of use (CGU) are not a policy', language: 'fr', text: termsFr, expected: false },
  { name: 'a cookie-only policy is not a privacy policy', text: cookieEn, expected: false },
  {
    name: 'an unrelated page that links to the privacy policy',
    text: 'Our new summer collection is here. Free shipping on orders over 50 euros. Read our blog for styling tips.\nPrivacy Policy | Terms of Use',
    expected: false,
  },
  { name: 'empty text', text: '', expected: false },
]);
