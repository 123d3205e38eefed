import automated from '../../../analyzers/checklist/automated-decisions';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(automated, [
  { name: 'en states none', text: 'We do not use automated decision-making or profiling that produces legal effects concerning you.', status: 'met', quote: 'We do not use automated decision-making' },
  { name: 'de keine', language: 'de', text: 'Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.', status: 'met' },
  { name: 'nl geen', language: 'nl', text: 'De app neemt geen geautomatiseerde beslissingen over gebruikers.', status: 'met' },
  { name: 'en logic and consequence', text: 'We use automated scoring to detect fraudulent payments. The score uses factors such as the device and the payment history, and we may block a payment that scores too high.', status: 'met' },
  { name: 'en mentioned only', text: 'We use profiling to personalise the content you see.', status: 'partial', quote: 'profiling' },
  { name: 'en only the right', text: 'Your rights\nYou have the right not to be subject to automated decision-making, including profiling.', status: 'partial' },
  { name: 'fr mention', language: 'fr', text: 'Nous réalisons des opérations de profilage afin de personnaliser nos offres.', status: 'partial' },
  { name: 'en silent', text: 'We keep your data for two years.', status: 'missing' },
  { name: 'it cookie profiling is not ADM', language: 'it', text: 'Il sito non utilizza cookie di profilazione.', status: 'missing' },
  { name: 'en definition of processing', text: 'Processing means any operation performed with or without automated means on personal data.', status: 'missing' },
]);
