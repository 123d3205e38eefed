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
  { name: 'en none, worded like the Art. 22 right', text: "We don't make decisions based solely on automated processing, including profiling.", status: 'met' },
  { name: 'fr aucune décision', language: 'fr', text: 'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé.', status: 'met' },
  { name: 'it non adottiamo', language: 'it', text: 'Non adottiamo decisioni basate unicamente su un trattamento automatizzato.', status: 'met' },
  { name: 'nl nemen geen besluiten', language: 'nl', text: 'Wij nemen geen besluiten die uitsluitend op geautomatiseerde verwerking zijn gebaseerd.', status: 'met' },
  { name: 'es no tomamos', language: 'es', text: 'No tomamos decisiones basadas únicamente en el tratamiento automatizado de sus datos.', status: 'met' },
  { name: 'es only the right', language: 'es', text: 'Sus derechos\nTiene derecho a no ser objeto de decisiones basadas únicamente en el tratamiento automatizado.', status: 'partial' },
  { name: 'en silent', text: 'We keep your data for two years.', status: 'missing' },
  { name: 'it cookie profiling is not ADM', language: 'it', text: 'Il sito non utilizza cookie di profilazione.', status: 'missing' },
  { name: 'en definition of processing', text: 'Processing means any operation performed with or without automated means on personal data.', status: 'missing' },
]);
