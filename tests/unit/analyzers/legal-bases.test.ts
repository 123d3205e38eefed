import { describe, expect, it } from 'vitest';
import legalBases, { article6Letters } from '../../../analyzers/extractors/legal-bases';
import { runExtractorCases } from '../../helpers/analyzer-cases';

const bases = (f: Array<{ basis: string }>) => f.map((b) => b.basis).sort();

describe('article6Letters', () => {
  it.each([
    ['Art. 6(1)(f)', ['legitimate_interests']],
    ['Art. 6 Abs. 1 lit. a', ['consent']],
    ['Article 6(1)(a), (b) and (f)', ['consent', 'contract', 'legitimate_interests']],
    ['art. 6, par. 1, lett. b) e c)', ['contract', 'legal_obligation']],
    ['art. 6.1 (e)', ['public_task']],
    ['artikel 6 lid 1 sub c', ['legal_obligation']],
  ])('%s -> %j', (ref, expected) => {
    expect(article6Letters(ref)).toEqual(expected);
  });
});

runExtractorCases(legalBases, bases, [
  // Found
  { name: 'en consent and contract', text: 'We send the newsletter with your consent. We process your order data because it is necessary for the performance of a contract with you.', expected: ['consent', 'contract'] },
  { name: 'en legitimate interest and legal obligation', text: 'We keep invoices to comply with our legal obligations. We analyse logs on the basis of our legitimate interest in keeping the service secure.', expected: ['legal_obligation', 'legitimate_interests'] },
  { name: 'en vital interests and public task', text: 'In an emergency we may process health data to protect the vital interests of a patient. The registry is kept as a task carried out in the public interest.', expected: ['public_task', 'vital_interests'] },
  { name: 'en contract in a gerund', text: 'We collect your address only when you give it to us, for example in performing a contract or handling an order.', expected: ['contract'] },
  { name: 'en a contract a supplier performs is no basis of ours', text: 'Our hosting provider stores the data while performing its contract with us.', expected: [] },
  { name: 'en Art. 6 reference', text: 'The legal basis is Art. 6(1)(b) GDPR for orders and Art. 6(1)(f) GDPR for fraud checks.', expected: ['contract', 'legitimate_interests'] },
  { name: 'en collected after obtaining the requisite consents', text: 'Your details are collected only after obtaining the requisite consents from the users.', expected: ['consent'] },
  { name: 'en consents a tutor gets from parents are not the reader\'s', text: 'Tutors must obtain the requisite consents from parents before they upload a lesson recording.', expected: [] },
  { name: 'en table cell under a legal basis heading', text: 'Legal basis\nConsent\nContract', expected: ['consent', 'contract'] },
  { name: 'fr', language: 'fr', text: "Nous traitons vos données sur la base de votre consentement. La facturation repose sur l'exécution d'un contrat et sur une obligation légale. Nous avons un intérêt légitime à sécuriser le site.", expected: ['consent', 'contract', 'legal_obligation', 'legitimate_interests'] },
  { name: 'fr article', language: 'fr', text: "La licéité du traitement repose sur l'article 6.1.e) du RGPD.", expected: ['public_task'] },
  { name: 'de', language: 'de', text: 'Rechtsgrundlage ist Art. 6 Abs. 1 lit. a DSGVO. Die Verarbeitung erfolgt zur Erfüllung eines Vertrags mit Ihnen. Unser berechtigtes Interesse liegt in der Sicherheit der Website.', expected: ['consent', 'contract', 'legitimate_interests'] },
  { name: 'nl', language: 'nl', text: 'Wij verwerken uw gegevens met uw toestemming. De verwerking is gebaseerd op artikel 6 lid 1 sub c AVG.', expected: ['consent', 'legal_obligation'] },
  { name: 'it', language: 'it', text: "Il trattamento è effettuato ai sensi dell'art. 6, par. 1, lett. b) del Regolamento. I dati di navigazione sono trattati sulla base del legittimo interesse del Titolare.", expected: ['contract', 'legitimate_interests'] },
  { name: 'es reversed reference', language: 'es', text: 'La base jurídica es la letra b) del apartado 1 del artículo 6 del RGPD.', expected: ['contract'] },
  { name: 'it reversed reference', language: 'it', text: "Il trattamento si fonda sulla lettera c) dell'art. 6 par. 1 del Regolamento.", expected: ['legal_obligation'] },
  { name: 'es', language: 'es', text: 'La base legal del tratamiento es su consentimiento. Conservamos las facturas para cumplir con una obligación legal.', expected: ['consent', 'legal_obligation'] },
  // Not found
  { name: 'en vendor contract is not a basis', text: 'Our vendors are bound by a contract with us. They must keep your information confidential.', expected: [] },
  { name: 'en consent ruled out', text: 'Legal basis\nWe do not rely on your consent for this processing.', expected: [] },
  { name: 'en cookie banner consent is not a basis statement', text: 'Click Accept to close this banner. Manage cookies.', expected: [] },
  { name: 'en data-subject interests are not the controller’s', text: 'We take measures to protect the rights, freedoms and legitimate interests of data subjects.', expected: [] },
  { name: 'en Art. 9 public interest is not a public task', text: 'We may process special categories of data for reasons of substantial public interest.', expected: [] },
  { name: 'en objection right restates Art. 21', text: 'You may object where we are performing a task in the public interest.', expected: [] },
  { name: 'de generic insofar boilerplate', language: 'de', text: 'Soweit wir eine Einwilligung einholen, dient Art. 6 Abs. 1 lit. a DSGVO als Rechtsgrundlage.', expected: [] },
  { name: 'it data-subject interests', language: 'it', text: "Il responsabile tutela i diritti, le libertà e i legittimi interessi dell'interessato.", expected: [] },
  // A phone permission prompt is terminal access, not the Art. 6(1)(a) basis; the other bases stay.
  { name: 'en location permission is not a consent basis', text: 'We provide the app under our terms, as necessary for the performance of a contract with you. The map shows your position only with your consent, which you give in your device settings.', expected: ['contract'] },
  { name: 'de camera permission is not a consent basis', language: 'de', text: 'Mit Ihrer Einwilligung greift die App auf die Kamera zu; die Kameraberechtigung können Sie in den Einstellungen Ihres Geräts jederzeit entziehen.', expected: [] },
  // Relying on consent and stating in the same sentence that it can be withdrawn still names the consent basis.
  { name: 'es consent that can be withdrawn', language: 'es', text: 'Te enviamos ofertas solo con tu consentimiento, que puedes retirar en cualquier momento.', expected: ['consent'] },
  { name: 'en consent that can be withdrawn', text: 'We send you offers only with your consent, which you can withdraw at any time.', expected: ['consent'] },
  { name: 'fr consent that can be withdrawn', language: 'fr', text: 'Nous vous envoyons des offres sur la base de votre consentement, que vous pouvez retirer à tout moment.', expected: ['consent'] },
  { name: 'it consent that can be withdrawn', language: 'it', text: 'Ti inviamo offerte solo con il tuo consenso, che puoi revocare in qualsiasi momento.', expected: ['consent'] },
  { name: 'es the withdrawal right alone is no basis', language: 'es', text: 'Puedes retirar tu consentimiento en cualquier momento.', expected: [] },
  { name: 'en the withdrawal right alone is no basis', text: 'You can withdraw your consent at any time.', expected: [] },
  { name: 'de the withdrawal right alone is no basis', language: 'de', text: 'Sie können Ihre Einwilligung jederzeit widerrufen.', expected: [] },
  // An explicit basis context (a basis column, a basis heading) states consent as THE basis, phone settings or not.
  { name: 'en basis column keeps consent given in the phone settings', text: '| Data | Purpose | Legal basis |\n| Location | Show your runs on the map | Your consent, which you give in your phone settings |', expected: ['consent'] },
  { name: 'en the same row without a basis column is the phone prompt', text: '| Data | Purpose |\n| Location | Show your runs on the map, only with your consent, which you give in your phone settings |', expected: [] },
  { name: 'it basis column keeps consent given in the phone settings', language: 'it', text: "| Dati | Perché | Base giuridica |\n| Posizione | Mostrare i percorsi sulla mappa | Il tuo consenso, che puoi dare nelle impostazioni del telefono |", expected: ['consent'] },
  { name: 'de basis heading keeps consent given in the device settings', language: 'de', text: 'Rechtsgrundlage\nFür den Standort ist Ihre Einwilligung die Grundlage, die Sie in den Einstellungen Ihres Geräts erteilen.', expected: ['consent'] },
  { name: 'en Art. 6(1)(a) named with a location feature stays consent', text: 'Location features rely on Art. 6(1)(a) GDPR; you can allow location access in your device settings.', expected: ['consent'] },
]);

runExtractorCases(legalBases, bases, [
  {
    name: 'de objection right restating Art. 6(1)(e) and (f)',
    language: 'de',
    text: 'Wenn die Datenverarbeitung auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO erfolgt, haben Sie jederzeit das Recht, Widerspruch gegen die Verarbeitung einzulegen.',
    expected: ['legitimate_interests'],
  },
  {
    name: 'en Art. 17(3) exceptions listed under the erasure right',
    text: 'Right to erasure. You may ask us to delete your data. We may refuse where we need the data:\nto perform a task carried out in the public interest;\nto establish or defend legal claims.',
    expected: [],
  },
  {
    name: 'fr legal basis named inside the objection right',
    language: 'fr',
    text: "Vous pouvez vous opposer au traitement lorsque notre base légale pour mettre en œuvre le traitement est notre intérêt légitime.",
    expected: ['legitimate_interests'],
  },
]);
