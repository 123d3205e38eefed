/**
 * Rules added for fr/de/nl/it/es policy families first met in the fixtures of SaaS, recruitment, bank,
 * newspaper, applicant, school, estate-agent, accountants', hospital and gym notices. Every rule has a
 * counter-case that must keep its old answer. Snippets written for the tests.
 */
import automatedDecisions from '../../../analyzers/checklist/automated-decisions';
import complaint from '../../../analyzers/checklist/complaint';
import legalBasis from '../../../analyzers/checklist/legal-basis';
import legitimateInterests from '../../../analyzers/checklist/legitimate-interests';
import recipients from '../../../analyzers/checklist/recipients';
import statutory from '../../../analyzers/checklist/statutory-requirement';
import withdrawConsent from '../../../analyzers/checklist/withdraw-consent';
import controllerExtractor from '../../../analyzers/extractors/controller';
import legalBases from '../../../analyzers/extractors/legal-bases';
import rightsExtractor from '../../../analyzers/extractors/rights';
import retentionExtractor from '../../../analyzers/extractors/retention';
import transfersExtractor from '../../../analyzers/extractors/transfers';
import type { Transfers } from '../../../analyzers/types';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const bases = (f: Array<{ basis: string }>) => f.map((b) => b.basis).sort();
const durations = (f: Array<{ duration: string }>) => f.map((r) => r.duration).sort();
const transfers = (t: Transfers) => ({ countries: [...t.countries].sort(), safeguards: t.safeguards.map((s) => s.mechanism).sort() });

runExtractorCases(legalBases, bases, [
  {
    name: 'fr "un traitement peut reposer sur ..." lists the law\'s options, not the bases relied on',
    language: 'fr',
    text: [
      "Au sens du RGPD, un traitement peut reposer sur le consentement, l'exécution d'un contrat, une obligation légale, la sauvegarde des intérêts vitaux, l'exécution d'une mission d'intérêt public ou l'intérêt légitime.",
      'Nous traitons vos commandes pour les livrer, sur la base de l\'exécution du contrat.',
    ].join('\n'),
    expected: ['contract'],
  },
  {
    name: 'fr counter: "ce traitement repose sur" states the basis relied on',
    language: 'fr',
    text: 'Ce traitement repose sur votre consentement, que vous donnez en cochant la case prévue.',
    expected: ['consent'],
  },
  {
    name: 'fr "Finalités et fondements" title makes a bare "Consentement :" label a basis',
    language: 'fr',
    text: ['1. Finalités et fondements', 'd) Consentement : prospection par e-mail pour les produits de nos partenaires.'].join('\n'),
    expected: ['consent'],
  },
  {
    name: 'fr counter: a bare "Consentement :" label under a plain title names no basis',
    language: 'fr',
    text: ['1. Finalités', 'd) Consentement : prospection par e-mail pour les produits de nos partenaires.'].join('\n'),
    expected: [],
  },
  {
    name: 'nl "alleen met toestemming van de ouders" is consent',
    language: 'nl',
    text: "Foto's van activiteiten plaatsen we alleen met toestemming van de ouders.",
    expected: ['consent'],
  },
  {
    name: 'nl counter: "toestemming van de ouders is niet nodig" relies on no consent',
    language: 'nl',
    text: 'Voor het leerlingvolgsysteem is toestemming van de ouders niet nodig.',
    expected: [],
  },
  {
    name: 'nl "beroepen wij ons niet op een gerechtvaardigd belang" denies legitimate interest',
    language: 'nl',
    text: [
      'Als overheidsinstelling beroepen wij ons voor onze taken niet op een gerechtvaardigd belang.',
      'Wij verwerken de leerlingadministratie omdat wij daartoe een wettelijke verplichting hebben.',
    ].join('\n'),
    expected: ['legal_obligation'],
  },
  {
    name: 'nl counter: "wij beroepen ons op ons gerechtvaardigd belang" relies on it',
    language: 'nl',
    text: 'Voor fraudecontrole beroepen wij ons op ons gerechtvaardigd belang om betalingsfraude te voorkomen.',
    expected: ['legitimate_interests'],
  },
]);

runChecklistCases(legalBasis, [
  {
    name: 'fr basis labels followed by nominal purposes tie each basis ("Exécution du contrat : ouverture et gestion de ...")',
    language: 'fr',
    text: [
      'Finalités et bases légales',
      'a) Exécution du contrat : ouverture et gestion de votre compte.',
      'b) Obligation légale : lutte contre le blanchiment de capitaux.',
      'c) Intérêt légitime : prévention de la fraude aux moyens de paiement.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'fr counter: bases only listed in one line are not tied',
    language: 'fr',
    text: ['Bases légales', "Nos traitements reposent sur l'exécution du contrat, une obligation légale et notre intérêt légitime."].join('\n'),
    status: 'partial',
  },
  {
    name: 'nl "- Het geven van ..." list heads and "hiertoe" tie each basis to its purpose',
    language: 'nl',
    text: [
      'Waarvoor gebruiken we gegevens?',
      '- Het geven van onderwijs aan leerlingen. Dit is onze taak van algemeen belang.',
      '- De leerlingadministratie. Hiertoe zijn wij wettelijk verplicht.',
      '- Het doorgeven van allergieën aan de hulpverlening, ter bescherming van het vitale belang van uw kind.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'nl counter: the same bases without purposes are listed, not tied',
    language: 'nl',
    text: 'Wij verwerken gegevens op grond van een taak van algemeen belang, een wettelijke verplichting en het vitale belang van leerlingen.',
    status: 'partial',
  },
  {
    name: 'es AEPD list heads "Alta como", "Videovigilancia de", "Acceso a" name purposes',
    language: 'es',
    text: [
      'Información adicional',
      '- Alta como socio y cobro de cuotas, en ejecución del contrato de socio.',
      '- Videovigilancia de los accesos, basada en nuestro interés legítimo en garantizar la seguridad de las instalaciones.',
      '- Acceso a las instalaciones mediante huella dactilar, solo si usted da su consentimiento explícito.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'es an infinitive heading a list item ("a) Prestar ...") is the purpose the basis after it covers',
    language: 'es',
    text: [
      'Finalidades',
      'a) Prestar los servicios de asesoría que nos encarga. Legitimación: ejecución del contrato.',
      'b) Cumplir la Ley 10/2010 de prevención del blanqueo. Legitimación: obligación legal.',
      'c) Enviarle nuestra circular mensual. Legitimación: interés legítimo.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'es counter: list items naming data, not purposes, tie no basis',
    language: 'es',
    text: [
      'Datos',
      'a) Nombre y apellidos. Legitimación: ejecución del contrato.',
      'b) Datos bancarios. Legitimación: obligación legal.',
      'c) Correo electrónico. Legitimación: interés legítimo.',
    ].join('\n'),
    status: 'partial',
  },
  {
    name: 'es counter: a "Legitimación" line listing three bases ties none',
    language: 'es',
    text: 'Legitimación: ejecución del contrato de socio, interés legítimo y consentimiento.',
    status: 'partial',
  },
]);

runChecklistCases(legitimateInterests, [
  {
    name: 'fr "notre intérêt légitime consiste à ..." describes the interest',
    language: 'fr',
    text: "Prospection : intérêt légitime. Notre intérêt légitime consiste à faire connaître nos offres aux entreprises clientes.",
    status: 'met',
  },
  {
    name: 'fr counter: the basis alone is invoked',
    language: 'fr',
    text: 'La prospection commerciale repose sur notre intérêt légitime.',
    status: 'partial',
  },
  {
    name: 'it "legittimo interesse del Titolare (art. ...), consistente nel ..." describes the interest',
    language: 'it',
    text: "Base giuridica: legittimo interesse del Titolare (art. 6, par. 1, lett. f GDPR), consistente nel difendere i propri diritti in giudizio.",
    status: 'met',
  },
  {
    name: 'it counter: the basis and its article alone',
    language: 'it',
    text: 'Base giuridica: legittimo interesse del Titolare (art. 6, par. 1, lett. f GDPR).',
    status: 'partial',
  },
]);

runChecklistCases(withdrawConsent, [
  {
    name: 'fr "retirer cet accord" is the withdrawal right',
    language: 'fr',
    text: 'Avec votre accord, nous gardons votre dossier dans notre vivier de candidats. Vous pouvez retirer cet accord à tout moment par e-mail.',
    status: 'met',
  },
  {
    name: 'fr counter: consent relied on, no withdrawal said',
    language: 'fr',
    text: 'Avec votre accord, nous gardons votre dossier dans notre vivier de candidats.',
    status: 'missing',
  },
]);

runChecklistCases(recipients, [
  {
    name: 'fr "Qui a accès ?" titles a recipients section',
    language: 'fr',
    text: ['Qui a accès à votre dossier ?', 'Nous utilisons un logiciel fourni par un prestataire qui héberge les données en France.'].join('\n'),
    status: 'met',
  },
  {
    name: 'fr counter: the same provider under an unrelated title',
    language: 'fr',
    text: ['Pourquoi ce logiciel ?', 'Nous utilisons un logiciel fourni par un prestataire qui héberge les données en France.'].join('\n'),
    status: 'missing',
  },
  {
    name: 'de "Wer erhält Ihre Daten?" titles a recipients section',
    language: 'de',
    text: ['Wer erhält Ihre Daten?', 'Unser Bewerbermanagementsystem wird von einem Dienstleister als Auftragsverarbeiter betrieben.'].join('\n'),
    status: 'met',
  },
  {
    name: 'de counter: the same sentence under an unrelated title',
    language: 'de',
    text: ['Wie bewerben Sie sich?', 'Unser Bewerbermanagementsystem wird von einem Dienstleister als Auftragsverarbeiter betrieben.'].join('\n'),
    status: 'missing',
  },
]);

runChecklistCases(automatedDecisions, [
  {
    name: 'de verb-final "treffen wir nicht" rules automated decisions out',
    language: 'de',
    text: 'Eine ausschließlich automatisierte Entscheidung im Sinne von Art. 22 DSGVO treffen wir nicht.',
    status: 'met',
  },
  {
    name: 'de counter: "treffen wir" without "nicht" says they happen, without logic',
    language: 'de',
    text: 'Automatisierte Entscheidungen treffen wir bei der Vergabe von Ratenkäufen.',
    status: 'partial',
  },
  {
    name: 'fr "aucune candidature n\'est écartée par un logiciel" rules automated rejection out',
    language: 'fr',
    text: "Aucune candidature n'est écartée par un logiciel : chaque dossier est lu par une personne.",
    status: 'met',
  },
  {
    name: 'fr the other half: rejection by software that does happen is an automated decision, here without its logic',
    language: 'fr',
    text: 'Certaines candidatures sont écartées par un logiciel de tri.',
    status: 'partial',
  },
]);

runChecklistCases(statutory, [
  {
    name: 'nl a legal duty to verify the client\'s identity (Wwft) says giving ID data is required by law',
    language: 'nl',
    text: 'Als makelaar vallen wij onder de Wwft. Wij zijn daarom wettelijk verplicht uw identiteit vast te stellen.',
    status: 'partial',
  },
  {
    name: 'nl counter: a legal duty to keep records says nothing about giving data',
    language: 'nl',
    text: 'Wij zijn wettelijk verplicht onze administratie zeven jaar te bewaren.',
    status: 'missing',
  },
  {
    name: 'it "è obbligatorio: in mancanza, ... non potrà" gives requirement and consequence',
    language: 'it',
    text: "Il conferimento dei dati è obbligatorio: in mancanza, lo Studio non potrà accettare l'incarico.",
    status: 'met',
  },
  {
    name: 'it counter: the requirement alone',
    language: 'it',
    text: 'Il conferimento dei dati è obbligatorio.',
    status: 'partial',
  },
]);

runExtractorCases(retentionExtractor, durations, [
  {
    name: 'fr informing of a decision within 15 days is a deadline',
    language: 'fr',
    text: ['Combien de temps ?', 'Nous vous informons de notre décision dans un délai de 15 jours après le dernier entretien.'].join('\n'),
    expected: [],
  },
  {
    name: 'fr the consumer cooling-off period is not retention',
    language: 'fr',
    text: ['Durées de conservation', "Vous disposez d'un délai de rétractation de 14 jours après la signature du contrat."].join('\n'),
    expected: [],
  },
  {
    name: 'fr counter: deletion within 30 days is retention',
    language: 'fr',
    text: ['Combien de temps ?', 'Vos données sont supprimées dans un délai de 30 jours après la fin du recrutement.'].join('\n'),
    expected: ['P30D'],
  },
  {
    name: 'it collecting a report within 30 days is a deadline',
    language: 'it',
    text: ['Conservazione', 'Il referto deve essere ritirato entro 30 giorni dalla data indicata.'].join('\n'),
    expected: [],
  },
  {
    name: 'it counter: deletion after a withdrawal is retention',
    language: 'it',
    text: 'Una volta ritirato il consenso, i dati sono cancellati entro 30 giorni.',
    expected: ['P30D'],
  },
  {
    name: 'it "rimossi" (removed) is a deletion verb',
    language: 'it',
    text: 'I referti restano sul portale per 45 giorni, trascorsi i quali vengono rimossi.',
    expected: ['P45D'],
  },
  {
    name: 'it counter: a period with no keeping or deleting verb is no retention',
    language: 'it',
    text: 'Il portale è aperto da 45 giorni.',
    expected: [],
  },
  {
    name: 'nl a period in which the reader can act ("kunt u binnen drie dagen") is a deadline',
    language: 'nl',
    text: ['Bewaartermijnen', 'Een bod op een woning kunt u binnen drie dagen na de bezichtiging uitbrengen.'].join('\n'),
    expected: [],
  },
  {
    name: 'nl counter: "kunt u" before a keeping verb keeps the period',
    language: 'nl',
    text: ['Bewaartermijnen', 'Daarna kunt u ervan uitgaan dat wij uw zoekprofiel nog twaalf maanden bewaren.'].join('\n'),
    expected: ['P12M'],
  },
]);

runExtractorCases(transfersExtractor, transfers, [
  {
    name: 'fr staff working "depuis le Maroc" receive the data there',
    language: 'fr',
    text: 'Certains de nos prestataires informatiques interviennent depuis le Maroc et l\'Inde, dans le cadre de clauses contractuelles types.',
    expected: { countries: ['IN', 'MA'], safeguards: ['standard_contractual_clauses'] },
  },
  {
    name: 'fr counter: data collected "depuis la Suisse" comes from there',
    language: 'fr',
    text: 'Les données collectées depuis la Suisse sont hébergées par notre prestataire en France.',
    expected: { countries: [], safeguards: [] },
  },
  {
    name: 'fr a transfer "nécessaire à l\'exécution du contrat" is the Art. 49(1)(b) derogation',
    language: 'fr',
    text: "Pour un virement hors de l'Union européenne, ce transfert est nécessaire à l'exécution du contrat conclu avec vous.",
    expected: { countries: [], safeguards: ['derogation'] },
  },
  {
    name: 'fr counter: processing "nécessaire à l\'exécution du contrat" names no transfer tool',
    language: 'fr',
    text: "Ce traitement est nécessaire à l'exécution du contrat conclu avec vous.",
    expected: { countries: [], safeguards: [] },
  },
]);

runExtractorCases(controllerExtractor, (c) => c.name, [
  {
    name: 'de "Wer ist verantwortlich?" introduces the controller',
    language: 'de',
    text: [
      'Wer ist verantwortlich?',
      'Stadtwerke Talbach GmbH, Werkstraße 3, 72070 Tübingen, E-Mail: bewerbung@stadtwerke-talbach.example',
      'Jede Bewerbung wird von Menschen gelesen.',
    ].join('\n'),
    expected: 'Stadtwerke Talbach GmbH',
  },
  {
    name: 'fr ", société coopérative de banque" is the legal form after a long name with particles',
    language: 'fr',
    text: 'Responsable du traitement : Banque Coopérative du Val de Loire, société coopérative de banque, 8 boulevard Béranger, 37000 Tours.',
    expected: 'Banque Coopérative du Val de Loire',
  },
  {
    name: 'fr counter: a cooperative named as a supplier is not the controller',
    language: 'fr',
    text: 'Nos paniers sont livrés par une société coopérative de transport locale.',
    expected: null,
  },
  {
    name: 'nl a school\'s "bevoegd gezag" is its controller',
    language: 'nl',
    text: [
      'De Regenboog valt onder het bevoegd gezag van Stichting Openbaar Onderwijs Waterland.',
      'De stichting is verwerkingsverantwoordelijke voor de gegevens van leerlingen.',
    ].join('\n'),
    expected: 'Stichting Openbaar Onderwijs Waterland',
  },
  {
    name: 'nl counter: "bevoegd gezag" with no name names no controller',
    language: 'nl',
    text: 'Over de toelating van leerlingen beslist het bevoegd gezag van de school.',
    expected: null,
  },
  {
    name: 'it "l\'Azienda Ospedaliera X" names a public health body',
    language: 'it',
    text: "Il Titolare del trattamento è l'Azienda Ospedaliera Santa Chiara dei Colli, con sede legale in Viale dei Colli 45, 06126 Perugia.",
    expected: 'Azienda Ospedaliera Santa Chiara dei Colli',
  },
  {
    name: 'it counter: "azienda ospedaliera" in lower case is a common noun',
    language: 'it',
    text: 'Ogni azienda ospedaliera della Regione trasmette i dati al Ministero della Salute.',
    expected: null,
  },
]);

// de property-management notice (Hausverwaltung).
runChecklistCases(complaint, [
  {
    name: 'de "Datenschutz- und Transparenzbeauftragte" is a supervisory authority',
    language: 'de',
    text: 'Sie können sich bei der Sächsischen Datenschutz- und Transparenzbeauftragten beschweren.',
    status: 'met',
  },
  {
    name: 'de counter: a complaint to the company itself is not Art. 77',
    language: 'de',
    text: 'Beschwerden über unsere Hausverwaltung richten Sie bitte an unsere Geschäftsführung.',
    status: 'missing',
  },
]);

runChecklistCases(legitimateInterests, [
  {
    name: 'de "Unser Interesse besteht darin, ..." after the basis describes the interest',
    language: 'de',
    text: 'Zur Durchsetzung offener Forderungen verarbeiten wir Daten auf Grundlage unseres berechtigten Interesses. Unser Interesse besteht darin, offene Mietrückstände einzuziehen.',
    status: 'met',
  },
  {
    name: 'de counter: the basis alone',
    language: 'de',
    text: 'Zur Durchsetzung offener Forderungen verarbeiten wir Daten auf Grundlage unseres berechtigten Interesses.',
    status: 'partial',
  },
]);

runChecklistCases(statutory, [
  {
    name: 'de "Ohne diese Daten kann der Mietvertrag nicht geschlossen werden" is the consequence',
    language: 'de',
    text: 'Für den Mietvertrag benötigen wir Ihren Namen und Ihre Bankverbindung; diese Angaben sind erforderlich. Ohne diese Daten kann der Mietvertrag nicht geschlossen werden.',
    status: 'met',
  },
  {
    name: 'de counter: the requirement alone',
    language: 'de',
    text: 'Für den Mietvertrag benötigen wir Ihren Namen und Ihre Bankverbindung; diese Angaben sind erforderlich.',
    status: 'partial',
  },
]);

runExtractorCases(retentionExtractor, durations, [
  {
    name: 'de "müssen Sie ... zwölf Monate" is the reader\'s deadline',
    language: 'de',
    text: ['Speicherdauer', 'Einwände gegen die Abrechnung müssen Sie spätestens zwölf Monate nach Zugang mitteilen.'].join('\n'),
    expected: [],
  },
  {
    name: 'de a deposit "innerhalb von sechs Monaten abgerechnet" is a deadline',
    language: 'de',
    text: ['Speicherdauer', 'Die Kaution wird nach Ende des Mietverhältnisses innerhalb von sechs Monaten abgerechnet.'].join('\n'),
    expected: [],
  },
  {
    name: 'de counter: deletion three months after letting is retention',
    language: 'de',
    text: ['Speicherdauer', 'Mietinteressenten löschen wir spätestens drei Monate nach der Vergabe der Wohnung.'].join('\n'),
    expected: ['P3M'],
  },
]);

runExtractorCases(transfersExtractor, (t: Transfers) => t.outsideEEA, [
  {
    name: 'de "ausschließlich in Deutschland verarbeitet" says data stays inside',
    language: 'de',
    text: ['Drittländer', 'Ihre Daten werden ausschließlich in Deutschland verarbeitet.'].join('\n'),
    expected: false,
  },
  {
    name: 'de counter: delivering only in Germany says nothing about data',
    language: 'de',
    text: 'Wir liefern nur in Deutschland und Österreich.',
    expected: null,
  },
]);

// fr newspaper subscribers, it employees, nl health insurer.
runChecklistCases(recipients, [
  {
    name: 'fr "Qui reçoit vos données ?" titles a recipients section',
    language: 'fr',
    text: ['Qui reçoit vos données ?', 'Notre imprimeur, les porteurs, notre prestataire de paiement et notre hébergeur.'].join('\n'),
    status: 'met',
  },
  {
    name: 'fr counter: the same list under a title about something else',
    language: 'fr',
    text: ['Comment lire le journal ?', 'Notre imprimeur, les porteurs, notre prestataire de paiement et notre hébergeur.'].join('\n'),
    status: 'missing',
  },
]);

runExtractorCases(retentionExtractor, durations, [
  {
    name: 'fr "doit nous parvenir dans les huit jours" is the reader\'s deadline',
    language: 'fr',
    text: ['Combien de temps gardons-nous vos données ?', 'Une réclamation relative à la livraison doit nous parvenir dans les huit jours suivant la parution.'].join('\n'),
    expected: [],
  },
  {
    name: 'fr counter: "vous pouvez" before a keeping verb keeps the period',
    language: 'fr',
    text: ['Combien de temps gardons-nous vos données ?', 'Vous pouvez nous demander de conserver votre dossier pendant deux ans.'].join('\n'),
    expected: ['P2Y'],
  },
  {
    name: 'it a probation period is not retention',
    language: 'it',
    text: ['Conservazione', 'Il periodo di prova previsto dal contratto collettivo è di 3 mesi.'].join('\n'),
    expected: [],
  },
  {
    name: 'it counter: a period under the retention title still counts',
    language: 'it',
    text: ['Conservazione', 'Il libro unico del lavoro è conservato per 5 anni.'].join('\n'),
    expected: ['P5Y'],
  },
]);

runChecklistCases(automatedDecisions, [
  {
    name: 'nl "automatisch beoordeeld aan de hand van ..." with review by a person gives the logic',
    language: 'nl',
    text: 'Declaraties worden automatisch beoordeeld aan de hand van de polisvoorwaarden. Wordt een declaratie afgewezen, dan kunt u vragen om een beoordeling door een medewerker.',
    status: 'met',
  },
  {
    name: 'nl the other half: automated assessment named, with nothing on how it works',
    language: 'nl',
    text: 'Declaraties worden geautomatiseerd beoordeeld.',
    status: 'partial',
  },
]);

runExtractorCases(rightsExtractor, (f: Array<{ right: string }>) => f.map((r) => r.right).sort(), [
  {
    name: 'nl "vragen om een beoordeling door een medewerker" is the Art. 22(3) right',
    language: 'nl',
    text: 'Wordt een declaratie automatisch afgewezen, dan kunt u vragen om een beoordeling door een medewerker en uw standpunt toelichten.',
    expected: ['automated_decision'],
  },
  {
    name: 'nl counter: a review of a complaint by a staff member is no Art. 22 right',
    language: 'nl',
    text: 'Uw klacht wordt binnen twee weken door een medewerker beoordeeld.',
    expected: [],
  },
]);

runChecklistCases(legitimateInterests, [
  {
    name: 'nl "gerechtvaardigd belang; wij willen ..." states the interest after a semicolon',
    language: 'nl',
    text: 'Fraudebestrijding. Grondslag: ons gerechtvaardigd belang; wij willen voorkomen dat premiegeld aan onterechte declaraties opgaat.',
    status: 'met',
  },
  {
    name: 'nl counter: the basis alone',
    language: 'nl',
    text: 'Fraudebestrijding. Grondslag: ons gerechtvaardigd belang.',
    status: 'partial',
  },
]);

runChecklistCases(legalBasis, [
  {
    name: 'nl "- Het sluiten en uitvoeren van ..." list heads with two verbs name the purpose',
    language: 'nl',
    text: [
      'Waarvoor verwerken wij uw gegevens?',
      '- Het sluiten en uitvoeren van uw verzekering. Grondslag: uitvoering van de overeenkomst.',
      '- Het voorkomen en bestrijden van fraude. Grondslag: ons gerechtvaardigd belang.',
      '- Het controleren van declaraties. Grondslag: wettelijke verplichting.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'nl counter: list items naming data, not processing, tie nothing',
    language: 'nl',
    text: [
      'Welke gegevens?',
      '- Naam en adres. Grondslag: uitvoering van de overeenkomst.',
      '- Declaratiegegevens. Grondslag: ons gerechtvaardigd belang.',
      '- Burgerservicenummer. Grondslag: wettelijke verplichting.',
    ].join('\n'),
    status: 'partial',
  },
]);

// es school, fr mutual health insurer.
runExtractorCases(retentionExtractor, durations, [
  {
    name: 'es "El plazo de matrícula ... 15 días" is an enrolment deadline',
    language: 'es',
    text: ['¿Cuánto tiempo se conservan los datos?', 'El plazo de matrícula termina 15 días después de la publicación de las listas.'].join('\n'),
    expected: [],
  },
  {
    name: 'es counter: "plazo de conservación" is retention',
    language: 'es',
    text: ['¿Cuánto tiempo se conservan los datos?', 'El plazo de conservación de las imágenes es de 30 días.'].join('\n'),
    expected: ['P30D'],
  },
]);

runExtractorCases(controllerExtractor, (c) => c.name, [
  {
    name: 'fr ", mutuelle soumise au livre II du code de la mutualité" is a legal form',
    language: 'fr',
    text: 'Responsable du traitement : Mutuelle des Marins Bretons, mutuelle soumise au livre II du code de la mutualité, 2 quai Duguay-Trouin, 35400 Saint-Malo.',
    expected: 'Mutuelle des Marins Bretons',
  },
  {
    name: 'fr counter: a "mutuelle" named as a recipient is not the controller',
    language: 'fr',
    text: 'Vos données peuvent être transmises à votre mutuelle pour le tiers payant.',
    expected: null,
  },
]);

runChecklistCases(legalBasis, [
  {
    name: 'fr list items naming the processing first ("- La passation, la gestion et l\'exécution de ... : exécution du contrat")',
    language: 'fr',
    text: [
      '1. Pourquoi traitons-nous vos données ?',
      '- La passation, la gestion et l\'exécution de votre contrat : exécution du contrat.',
      '- Le respect de nos obligations fiscales : obligation légale.',
      '- L\'envoi d\'offres de partenaires par e-mail : votre consentement.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'fr counter: list items naming data, not processing, tie nothing',
    language: 'fr',
    text: [
      '1. Quelles données ?',
      '- Vos nom et prénom : exécution du contrat.',
      '- Vos relevés bancaires : obligation légale.',
      '- Votre adresse e-mail : votre consentement.',
    ].join('\n'),
    status: 'partial',
  },
]);

runChecklistCases(legitimateInterests, [
  {
    name: 'fr "intérêt légitime de la mutuelle, qui consiste à ..." describes the interest',
    language: 'fr',
    text: "La lutte contre la fraude : intérêt légitime de la mutuelle, qui consiste à protéger les cotisations des adhérents.",
    status: 'met',
  },
  {
    name: 'fr counter: whose interest, without what it is',
    language: 'fr',
    text: 'La lutte contre la fraude : intérêt légitime de la mutuelle.',
    status: 'partial',
  },
]);

// it condominium.
runChecklistCases(legalBasis, [
  {
    name: 'it list heads with a second noun or an adjective ("- Gestione e amministrazione del ...", "- Adempimenti fiscali, ...") name purposes',
    language: 'it',
    text: [
      'Finalità e basi giuridiche',
      '- Gestione e amministrazione del condominio e riscossione delle spese: adempimento di un obbligo di legge.',
      '- Recupero dei crediti verso i condòmini morosi: legittimo interesse del condominio.',
      '- Invio delle comunicazioni per e-mail: consenso del condòmino.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'it counter: list items naming data tie nothing',
    language: 'it',
    text: [
      'Dati e basi giuridiche',
      '- Dati anagrafici: adempimento di un obbligo di legge.',
      '- Quote millesimali: legittimo interesse del condominio.',
      '- Indirizzo e-mail: consenso del condòmino.',
    ].join('\n'),
    status: 'partial',
  },
]);

runChecklistCases(statutory, [
  {
    name: 'it "conferimento ... obbligatorio per legge; in mancanza, ..." states the consequence',
    language: 'it',
    text: "Il conferimento dei dati per il registro di anagrafe condominiale è obbligatorio per legge; in mancanza, l'amministratore li acquisisce a spese del condòmino.",
    status: 'met',
  },
  {
    name: 'it counter: "in mancanza di" elsewhere is no consequence of not giving data',
    language: 'it',
    text: 'Il conferimento dei dati è obbligatorio per legge. In mancanza di diversa delibera, le spese sono ripartite per millesimi.',
    status: 'partial',
  },
]);

runExtractorCases(retentionExtractor, durations, [
  {
    name: 'it "deve essere inviato entro 30 giorni" and "impugnare" are deadlines',
    language: 'it',
    text: ['Periodo di conservazione', "Il verbale dell'assemblea deve essere inviato agli assenti entro 30 giorni."].join('\n'),
    expected: [],
  },
  {
    name: 'it counter: images deleted after 7 days is retention',
    language: 'it',
    text: ['Periodo di conservazione', 'Le immagini sono cancellate automaticamente dopo 7 giorni.'].join('\n'),
    expected: ['P7D'],
  },
]);
