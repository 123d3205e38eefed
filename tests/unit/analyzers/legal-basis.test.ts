import legalBasis from '../../../analyzers/checklist/legal-basis';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(legalBasis, [
  // met: bases tied to purposes
  {
    name: 'en one basis per purpose',
    text: [
      'We send the newsletter to you with your consent.',
      'We process your order details to deliver the products, which is necessary for the performance of a contract with you.',
      'We keep invoices for ten years to comply with our legal obligations under tax law.',
      'We analyse server logs in order to detect attacks, based on our legitimate interest in keeping the service secure.',
    ].join('\n'),
    status: 'met',
    quote: 'performance of a contract',
  },
  { name: 'en a single basis for all processing', text: 'Participation in our surveys is based on your consent.', status: 'met' },
  { name: 'de Art. 6 reference per processing', language: 'de', text: 'Rechtsgrundlage für die Speicherung der Logfiles ist Art. 6 Abs. 1 lit. f DSGVO. Rechtsgrundlage für den Newsletter ist Art. 6 Abs. 1 lit. a DSGVO. Die Rechnungen bewahren wir wegen einer rechtlichen Verpflichtung auf.', status: 'met' },
  { name: 'en two bases, one tied to a purpose', text: 'We send you the newsletter based on your consent. For everything else we rely on our legitimate interests.', status: 'met' },
  {
    name: 'it table rows with a basis column',
    language: 'it',
    text: [
      '| Dati | Perché li usiamo | Base giuridica |',
      '| Nome ed e-mail | Creare il tuo account e mostrarti agli altri utenti della app | Esecuzione del contratto con te |',
      '| Posizione | Mostrare i tuoi percorsi sulla mappa mentre corri | Il tuo consenso |',
      '| Dati di utilizzo | Capire quali funzioni usi per correggere gli errori | Il nostro legittimo interesse a migliorare la app |',
    ].join('\n'),
    status: 'met',
  },
  // partial: bases listed, not tied
  // Two bases named together under a basis heading: listed, tied to no purpose.
  { name: 'es two bases listed under their own heading', language: 'es', text: 'Base legal\nLa base legal es tu consentimiento y nuestro interés legítimo.', status: 'partial' },
  { name: 'fr two bases listed under their own heading', language: 'fr', text: 'Base juridique\nLa base juridique est votre consentement et notre intérêt légitime.', status: 'partial' },
  {
    name: 'en bases listed in one sentence',
    text: 'We rely on your consent, the performance of a contract, our legal obligations and our legitimate interests.',
    status: 'partial',
    quote: 'We rely on your consent',
  },
  {
    name: 'fr bases listed',
    language: 'fr',
    text: "Nous traitons vos données sur la base de l'exécution d'un contrat, de votre consentement, d'un intérêt légitime ou du respect d'obligations légales.",
    status: 'partial',
  },
  {
    name: 'en glossary of bases without purposes',
    text: [
      'Our processing falls under these lawful bases:',
      '* Consent: We process data when you have consented to such processing.',
      '* Legal obligation: We process data when it is necessary to comply with applicable laws.',
      '* Legitimate interests: We process data for purposes that are in our legitimate interests.',
      '* Contractual necessity: Processing is required to fulfil our contract with you.',
    ].join('\n'),
    status: 'partial',
  },
  // missing
  { name: 'en no basis', text: 'We collect your e-mail address when you sign up. We share it with our mailing provider.', status: 'missing' },
  { name: 'en vendor contract only', text: 'Our hosting provider is bound by a contract with us.', status: 'missing' },
  { name: 'it no basis', language: 'it', text: 'Raccogliamo il tuo indirizzo e-mail quando ti iscrivi alla newsletter.', status: 'missing' },
]);
