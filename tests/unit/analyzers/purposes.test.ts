import analyzer from '../../../analyzers/checklist/purposes';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(analyzer, [
  {
    text: 'We use your e-mail address to send you the newsletter. We process your payment data in order to bill your subscription.',
    status: 'met',
    quote: 'to send you the newsletter',
  },
  {
    language: 'fr',
    text: 'Vos données sont traitées pour les finalités suivantes : gestion de votre compte. Nous utilisons votre adresse afin de vous envoyer nos offres.',
    status: 'met',
  },
  {
    language: 'de',
    text: 'Wir verarbeiten Ihre Daten zur Abwicklung Ihrer Bestellung. Die IP-Adresse speichern wir, um die Sicherheit der Website zu gewährleisten.',
    status: 'met',
  },
  { language: 'it', text: 'I dati sono trattati per le seguenti finalità: gestione delle richieste. Utilizziamo i dati al fine di migliorare il sito.', status: 'met' },
  { name: 'only "to provide our services"', text: 'We use your information to provide our services.', status: 'partial' },
  { name: 'no purpose', text: 'This app does not collect any personal information.', status: 'missing' },
]);

runChecklistCases(analyzer, [
  {
    name: 'es: one full purpose line of a layered notice',
    language: 'es',
    text: 'Finalidad: gestionar el envío de información comercial y atender las solicitudes que nos hagas llegar.',
    status: 'met',
  },
  { name: 'nl: one full purpose sentence', language: 'nl', text: 'Wij verwerken je persoonsgegevens om je de nieuwsbrief te kunnen sturen en om betalingen af te handelen.', status: 'met' },
]);
