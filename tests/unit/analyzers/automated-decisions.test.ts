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
  // Profiling in substance (WP260: classifying people by interests or behaviour) without the word: partial.
  { name: 'en groups of users with similar interests', text: 'We put users into groups of users with similar interests and show each group matching offers.', status: 'partial', quote: 'groups of users with similar interests' },
  { name: 'en interest profiles', text: 'We build interest profiles from the articles you read to choose the adverts you see.', status: 'partial' },
  { name: 'fr profils publicitaires', language: 'fr', text: 'Nous établissons des profils publicitaires à partir des pages que vous consultez.', status: 'partial' },
  { name: 'fr segmentation de la clientèle', language: 'fr', text: 'La segmentation de la clientèle nous permet de vous adresser des offres adaptées.', status: 'partial' },
  { name: 'de Interessenprofile', language: 'de', text: 'Anhand Ihrer Käufe erstellen wir Interessenprofile, um Ihnen passende Angebote zu zeigen.', status: 'partial' },
  { name: 'de Gruppen mit ähnlichen Interessen', language: 'de', text: 'Wir ordnen Sie Gruppen von Nutzern mit ähnlichen Interessen zu.', status: 'partial' },
  { name: 'nl groepen met vergelijkbare interesses', language: 'nl', text: 'Wij verdelen onze leden in groepen van gebruikers met vergelijkbare interesses om gerichte aanbiedingen te doen.', status: 'partial' },
  { name: 'it gruppi di utenti con interessi simili', language: 'it', text: 'Creiamo gruppi di utenti con interessi simili per proporre contenuti personalizzati.', status: 'partial' },
  { name: 'es perfiles de consumo', language: 'es', text: 'Elaboramos perfiles de consumo a partir de tus compras para enviarte ofertas.', status: 'partial' },
  // Saying it is not done answers Art. 13(2)(f).
  { name: 'en no advertising profiles', text: 'We do not build advertising profiles of our users.', status: 'met' },
  { name: 'de keine Nutzungsprofile', language: 'de', text: 'Wir erstellen keine Nutzungsprofile.', status: 'met' },
  { name: 'nl geen profielen', language: 'nl', text: 'Wij maken geen gedragsprofielen van bezoekers.', status: 'met' },
  { name: 'fr pas de profilage, with segments elsewhere', language: 'fr', text: 'Nous regroupons nos clients par région de livraison. Nous ne faisons pas de profilage.', status: 'met' },
  // Look-alikes: personalisation alone, account profiles, cookie profiles.
  { name: 'en personalised content alone is not a described profiling', text: 'We personalise your experience by showing relevant posts.', status: 'missing' },
  { name: 'en account profile', text: 'When you create a profile, we collect your name and photo.', status: 'missing' },
  { name: 'fr cookie interest profile is not ADM', language: 'fr', text: "Les cookies publicitaires servent à établir un profil de vos centres d'intérêt.", status: 'missing' },
]);
