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

runExtractorCases(extractor, (v) => v, [
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
