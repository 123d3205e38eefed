import legitimateInterests from '../../../analyzers/checklist/legitimate-interests';
import { runChecklistCases } from '../../helpers/analyzer-cases';

runChecklistCases(legitimateInterests, [
  { name: 'en interest described', text: 'We process log data based on our legitimate interest in preventing fraud and abuse of the service.', status: 'met', quote: 'legitimate interest in preventing fraud' },
  { name: 'en interest after a colon', text: 'Legal basis: our legitimate interests: improving the product and measuring its use.', status: 'met' },
  { name: 'de interest described', language: 'de', text: 'Unser berechtigtes Interesse liegt in der Abwehr von Spam und automatisierten Zugriffen.', status: 'met' },
  { name: 'fr interest described', language: 'fr', text: 'Ce traitement est fondé sur notre intérêt légitime à sécuriser la plateforme contre la fraude.', status: 'met' },
  { name: 'en interests of the controller and third parties', text: 'Where necessary for our legitimate interests and those of third parties to provide you with a better user experience.', status: 'met' },
  // The interest stated next to the sentence naming the basis: the sentence before it in the same paragraph, or one of the next two.
  { name: 'en interest in the next sentence', text: 'Payments on invoice are checked for fraud on the basis of our legitimate interests. Our interest is that we do not ship orders that are never paid.', status: 'met', quote: 'Our interest is that' },
  { name: 'nl interest in the sentence before', language: 'nl', text: 'We bewaren foutmeldingen, omdat we er belang bij hebben dat de app goed blijft werken. Dit doen we op basis van ons gerechtvaardigd belang.', status: 'met', quote: 'belang bij hebben' },
  { name: 'nl interest two sentences later, on the next line', language: 'nl', text: 'Klantgegevens | fraude voorkomen | gerechtvaardigd belang\nWe kijken of een bestelling verdacht is. Ons belang daarbij is dat wij geen bestellingen leveren die niet betaald worden.', status: 'met' },
  { name: 'en an interest under the next heading is not this one', text: 'We rely on our legitimate interests.\nCookies\nOur interest is that we know which pages are read.', status: 'partial' },
  { name: 'en an interest in the paragraph before is not this one', text: 'Our interest is that the shop runs without errors.\nWe rely on legitimate interests.', status: 'partial' },
  { name: 'nl an interest three sentences later is too far', language: 'nl', text: 'Dit doen we op basis van ons gerechtvaardigd belang. We bewaren de gegevens kort. We delen ze niet. Ons belang daarbij is dat de app veilig blijft werken.', status: 'partial' },
  { name: 'en only invoked', text: 'When we rely on legitimate interests, we balance those interests against your rights.', status: 'partial' },
  { name: 'en vacuous interest', text: 'We may process data to respond to our legitimate interest in processing them.', status: 'partial' },
  { name: 'en objection right does not describe an interest', text: 'We process data on the basis of legitimate interests. You may object to processing based on our legitimate interest in marketing our products to you.', status: 'partial' },
  // One word after the cue is not three: the word pattern once let a single word split into three.
  { name: 'fr one word after the cue is not a description', language: 'fr', text: 'Nous traitons vos données sur la base de notre intérêt légitime du responsable.', status: 'partial' },
  { name: 'de one word after the cue is not a description', language: 'de', text: 'Die Verarbeitung erfolgt auf Grundlage unseres berechtigten Interesses des Verantwortlichen.', status: 'partial' },
  { name: 'fr three words after the cue describe it', language: 'fr', text: 'Nous traitons vos données sur la base de notre intérêt légitime à prévenir la fraude.', status: 'met' },
  { name: 'en consent only', text: 'We process your data with your consent.', status: 'not_applicable' },
  { name: 'nl public task only', language: 'nl', text: 'De verwerking is gebaseerd op een taak van algemeen belang.', status: 'not_applicable' },
]);
