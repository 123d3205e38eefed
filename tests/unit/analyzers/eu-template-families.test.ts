/**
 * Rules added for European template families (Swiss revDSG notices, CNIL model notices, translated US notices,
 * iubenda Italian, Garante-style public-body notices, AEPD layered notices, Dutch healthcare notices under the
 * WGBO, German generator templates). Every rule has its counter-case. Snippets written for the tests.
 */
import controllerExtractor from '../../../analyzers/extractors/controller';
import legalBases from '../../../analyzers/extractors/legal-bases';
import retentionExtractor from '../../../analyzers/extractors/retention';
import rightsExtractor from '../../../analyzers/extractors/rights';
import transfersExtractor from '../../../analyzers/extractors/transfers';
import automated from '../../../analyzers/checklist/automated-decisions';
import complaint from '../../../analyzers/checklist/complaint';
import legalBasis from '../../../analyzers/checklist/legal-basis';
import legitimateInterests from '../../../analyzers/checklist/legitimate-interests';
import purposes from '../../../analyzers/checklist/purposes';
import recipients from '../../../analyzers/checklist/recipients';
import statutory from '../../../analyzers/checklist/statutory-requirement';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const bases = (f: Array<{ basis: string }>) => f.map((b) => b.basis).sort();
const rights = (f: Array<{ right: string }>) => f.map((r) => r.right).sort();
const durations = (f: Array<{ duration: string }>) => f.map((r) => r.duration).sort();

runExtractorCases(rightsExtractor, rights, [
  // Swiss DSG Art. 28 names portability "Herausgabe oder Übertragung".
  { name: 'de Swiss "Herausgabe oder Übertragung Ihrer Daten" is portability', language: 'de', text: 'Sie haben das Recht, die Herausgabe oder Übertragung Ihrer Daten in einem gängigen elektronischen Format zu verlangen.', expected: ['portability'] },
  { name: 'de Swiss "Recht auf Datenherausgabe" is portability', language: 'de', text: 'Sie haben ein Recht auf Datenherausgabe.', expected: ['portability'] },
  { name: 'de counter: handing a parcel to the carrier is no right', language: 'de', text: 'Die Herausgabe der Ware an den Paketdienst erfolgt nach Zahlungseingang.', expected: [] },
  // Translated US notices: "accéder à vos informations, de les corriger".
  { name: 'fr "accéder à vos informations, de les corriger" is access and rectification', language: 'fr', text: "Vous pouvez avoir le droit d'accéder à vos informations, de les corriger ou de vous opposer à leur traitement.", expected: ['access', 'object', 'rectification'] },
  { name: 'fr counter: staff accessing information is no right', language: 'fr', text: 'Seuls nos employés habilités peuvent accéder aux informations de facturation.', expected: [] },
  // iubenda Italian: "ricevere i propri Dati o farli trasferire ad altro titolare".
  { name: 'it iubenda "farli trasferire ad altro titolare" is portability', language: 'it', text: 'ricevere i propri Dati o farli trasferire ad altro titolare;', expected: ['portability'] },
  { name: 'it counter: transferring a booking to another date is no right', language: 'it', text: 'È possibile far trasferire la prenotazione ad altra data entro due giorni.', expected: [] },
  // WGBO (art. 7:455 BW): destroying the medical file.
  { name: 'nl WGBO "uw dossier te vernietigen" is erasure', language: 'nl', text: 'U kunt ons vragen uw dossier te vernietigen.', expected: ['erasure'] },
  { name: 'nl counter: destroying old paper forms is no right', language: 'nl', text: 'Papieren formulieren worden na het inscannen vernietigd.', expected: [] },
]);

runChecklistCases(automated, [
  { name: 'de Swiss "keine Entscheidungen ... automatisierten Bearbeitung": ruled out', language: 'de', text: 'Wir treffen keine Entscheidungen, die ausschließlich auf einer automatisierten Bearbeitung beruhen.', status: 'met' },
  { name: 'de counter: Swiss automated decisions that do happen, without logic', language: 'de', text: 'Über Kreditanträge entscheiden wir teilweise ausschließlich auf einer automatisierten Bearbeitung.', status: 'partial' },
  { name: 'it plural "processi decisionali automatizzati" ruled out', language: 'it', text: 'Il Titolare non ricorre a processi decisionali automatizzati che producano effetti giuridici sugli Utenti.', status: 'met' },
  { name: 'it counter: plural automated decisions that do happen, without logic', language: 'it', text: 'Il Titolare utilizza processi decisionali automatizzati per valutare le richieste di rateizzazione.', status: 'partial' },
]);

runExtractorCases(transfersExtractor, (t) => ({ outsideEEA: t.outsideEEA, safeguards: t.safeguards.map((s) => s.mechanism).sort() }), [
  { name: 'de Swiss Federal Council adequacy ("verfügen ... über einen angemessenen Datenschutz")', language: 'de', text: 'Personendaten können in Staaten der EU bekanntgegeben werden; diese verfügen nach Ansicht des Bundesrates über einen angemessenen Datenschutz.', expected: { outsideEEA: true, safeguards: ['adequacy_decision'] } },
  { name: 'de counter: "nicht alle Staaten verfügen über ..." names no adequacy', language: 'de', text: 'Nicht alle Staaten verfügen über einen angemessenen Datenschutz.', expected: { outsideEEA: null, safeguards: [] } },
  { name: 'fr "aucun de nos sous-traitants ne les transfère en dehors de l\'UE": stays inside', language: 'fr', text: "Vos données sont hébergées en France et aucun de nos sous-traitants ne les transfère en dehors de l'Union européenne.", expected: { outsideEEA: false, safeguards: [] } },
  { name: 'fr counter: one processor transfers outside the EU', language: 'fr', text: "Un de nos sous-traitants les transfère en dehors de l'Union européenne, sur la base des clauses contractuelles types.", expected: { outsideEEA: true, safeguards: ['standard_contractual_clauses'] } },
]);

runExtractorCases(legalBases, bases, [
  // Swiss notices state the GDPR's scope before the bases: not a hypothetical basis.
  { name: 'de Swiss "Soweit die DSGVO anwendbar ist, stützen wir ... auf lit. b" relies on contract', language: 'de', text: 'Soweit die DSGVO auf eine Bearbeitung anwendbar ist, stützen wir die Abwicklung von Bestellungen auf Art. 6 Abs. 1 lit. b DSGVO.', expected: ['contract'] },
  { name: 'de counter: "Soweit erforderlich" stays hypothetical', language: 'de', text: 'Soweit erforderlich, stützen wir die Verarbeitung auf Art. 6 Abs. 1 lit. c DSGVO.', expected: [] },
  // A sentence defining the law's six bases relies on none of them.
  { name: 'fr "Le RGPD énumère six bases légales" relies on none', language: 'fr', text: "Le RGPD énumère six bases légales possibles : le consentement, le contrat, l'obligation légale, la sauvegarde des intérêts vitaux, la mission d'intérêt public et l'intérêt légitime.", expected: [] },
  { name: 'fr counter: the basis the policy uses still counts', language: 'fr', text: "Envoi de notre lettre d'information : ce traitement repose sur votre consentement.", expected: ['consent'] },
  // Public authorities may not rely on legitimate interests (Art. 6(1) second subparagraph): a denial.
  { name: 'it "non tratta i suoi dati sulla base del legittimo interesse" denies it', language: 'it', text: "Il Comune non tratta i suoi dati sulla base del legittimo interesse, che il GDPR esclude per le autorità pubbliche.", expected: [] },
  { name: 'it counter: legitimate interest relied on', language: 'it', text: 'Trattiamo i dati di navigazione sulla base del nostro legittimo interesse alla sicurezza del sito.', expected: ['legitimate_interests'] },
  // iubenda: retention "when processing is based on consent" is conditional.
  { name: 'it "Quando il trattamento è basato sul consenso" is conditional', language: 'it', text: "Quando il trattamento è basato sul consenso dell'Utente, il Titolare può conservare i Dati più a lungo.", expected: [] },
  { name: 'it counter: "Il trattamento è basato sul consenso" states it', language: 'it', text: "L'invio della newsletter è basato sul consenso dell'Utente.", expected: ['consent'] },
]);

runChecklistCases(legitimateInterests, [
  { name: 'it public body denies legitimate interest: n/a', language: 'it', text: "Il Comune non tratta i suoi dati sulla base del legittimo interesse. Il trattamento è necessario per l'esecuzione di un compito di interesse pubblico.", status: 'not_applicable' },
]);

runChecklistCases(legalBasis, [
  {
    name: 'fr CNIL "Purpose : ce traitement repose sur ..." ties bases to purposes',
    language: 'fr',
    text: [
      "Gestion des commandes : ce traitement est nécessaire à l'exécution du contrat de vente conclu avec vous.",
      "Envoi de notre lettre d'information : ce traitement repose sur votre consentement.",
      'Prospection postale : ce traitement repose sur notre intérêt légitime à faire connaître nos parutions.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'fr counter: bases only listed',
    language: 'fr',
    text: "Nos bases légales sont le consentement, l'exécution du contrat et l'intérêt légitime.",
    status: 'partial',
  },
]);

runChecklistCases(purposes, [
  {
    name: 'fr translated "Comment nous utilisons vos informations" heads the purposes',
    language: 'fr',
    text: [
      'Comment nous utilisons vos informations',
      'Créer et gérer votre compte et traiter vos paiements.',
      'Assurer la sécurité des Services et prévenir la fraude.',
    ].join('\n'),
    status: 'met',
  },
  { name: 'fr counter: nothing about purposes', language: 'fr', text: 'Comment nous contacter\nÉcrivez-nous à privacy@example.com.', status: 'missing' },
]);

runChecklistCases(statutory, [
  { name: 'es AEPD "son necesarios para formalizar el contrato; si no ..." is met', language: 'es', text: 'Los datos solicitados son necesarios para formalizar el contrato; si no nos los facilita, no podremos tramitar su inscripción.', status: 'met' },
  { name: 'es counter: a purpose sentence states no requirement', language: 'es', text: 'Usamos sus datos para formalizar el contrato y emitir las facturas.', status: 'missing' },
  { name: 'it iubenda refusal makes the service impossible: met', language: 'it', text: "Tutti i Dati richiesti sono obbligatori. Se l'Utente rifiuta di comunicarli, potrebbe essere impossibile fornire il Servizio.", status: 'met' },
  { name: 'it counter: requirement only', language: 'it', text: 'Tutti i Dati richiesti sono obbligatori.', status: 'partial' },
]);

runExtractorCases(retentionExtractor, durations, [
  { name: 'es complaint deadline is not retention', language: 'es', text: '¿Por cuánto tiempo conservaremos sus datos?\nEl plazo para presentar una reclamación sobre un curso es de quince días desde su finalización.', expected: [] },
  { name: 'es counter: a retention period under the same heading', language: 'es', text: '¿Por cuánto tiempo conservaremos sus datos?\nLas facturas se conservarán durante seis años.', expected: ['P6Y'] },
  { name: 'de return deadline is not retention', language: 'de', text: 'Aufbewahrung\nRücksendungen nehmen wir innerhalb von 14 Tagen nach Erhalt der Ware entgegen.', expected: [] },
  { name: 'de counter: return records kept for a period', language: 'de', text: 'Aufbewahrung\nDie Belege zu Rücksendungen bewahren wir zehn Jahre auf.', expected: ['P10Y'] },
]);

runExtractorCases(controllerExtractor, (c) => c.name, [
  {
    name: 'fr regional controllers: the seat named after another entity is not the first one\'s',
    language: 'fr',
    text: [
      "Si vous résidez dans l'Espace économique européen, le responsable du traitement de vos données est Nordlicht Europe Limited, 4 Harbour Road, Dublin 2, Irlande.",
      'Si vous résidez en Suisse, le responsable du traitement est Nordlicht CH AG. Partout ailleurs, il s\'agit de Nordlicht, Inc., dont le siège est à Austin, Texas.',
    ].join('\n'),
    expected: 'Nordlicht Europe Limited',
  },
  {
    name: 'fr counter: a seat given for the name itself still counts',
    language: 'fr',
    text: 'Le responsable du traitement est Atelier Brume SAS, dont le siège social est situé au 3 rue Neuve, 44000 Nantes.',
    expected: 'Atelier Brume SAS',
  },
]);

// Second batch: translated US notice in Spanish, German public authority, Belgian web shop.
runExtractorCases(rightsExtractor, rights, [
  { name: 'es "acceder a sus datos, rectificarlos" is access and rectification', language: 'es', text: 'Usted puede acceder a sus datos, rectificarlos o solicitar su supresión.', expected: ['access', 'erasure', 'rectification'] },
  { name: 'es "recibir sus datos en un formato portátil" is portability', language: 'es', text: 'Puede recibir sus datos en un formato portátil.', expected: ['portability'] },
  { name: 'es counter: a portable speaker format is no right', language: 'es', text: 'Vendemos altavoces en un formato portátil.', expected: [] },
  { name: 'de withdrawal after an Art. 6 citation ("Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit widerrufen können")', language: 'de', text: 'Dafür benötigen wir Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie jederzeit widerrufen können.', expected: ['withdraw_consent'] },
  { name: 'de counter: a citation after consent with no withdrawal', language: 'de', text: 'Dafür benötigen wir Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), die Sie bei der Anmeldung erteilen.', expected: [] },
]);

runChecklistCases(purposes, [
  { name: 'es translated "Cómo utilizamos su información" with "para prestarle el servicio"', language: 'es', text: 'Cómo utilizamos su información\nUtilizamos los datos de su cuenta para prestarle el servicio y gestionar su suscripción.\nUtilizamos los datos técnicos para corregir errores.', status: 'met' },
  { name: 'es counter: no purpose stated', language: 'es', text: 'Cómo contactarnos\nEscríbanos a privacidad@example.com.', status: 'missing' },
]);

runChecklistCases(statutory, [
  // Processing necessary to perform the contract is the Art. 6(1)(b) basis, not a requirement to provide data.
  { name: 'es counter: "es necesario para ejecutar el contrato" is a basis, not a requirement', language: 'es', text: 'Utilizamos los datos de su cuenta porque es necesario para ejecutar el contrato que tenemos con usted.', status: 'missing' },
  { name: 'de "ohne diese Angaben können wir keinen Termin vergeben" with the requirement: met', language: 'de', text: 'Die Angabe von Name und Kennzeichen ist für die Terminvergabe erforderlich; ohne diese Angaben können wir keinen Termin vergeben.', status: 'met' },
  { name: 'de counter: requirement only', language: 'de', text: 'Die Angabe von Name und Kennzeichen ist für die Terminvergabe erforderlich.', status: 'partial' },
  { name: 'nl "is vrijblijvend" says whether data is required', language: 'nl', text: 'Zonder geboortedatum kunt u geen bestelling plaatsen; het opgeven van uw telefoonnummer is vrijblijvend.', status: 'met' },
  { name: 'nl counter: a free-of-obligation quote is no data requirement', language: 'nl', text: 'Wij maken graag een offerte voor uw keuken.', status: 'missing' },
]);

runExtractorCases(legalBases, bases, [
  { name: 'de authority cannot rely on legitimate interest ("können wir uns ... nicht stützen")', language: 'de', text: 'Auf ein berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO können wir uns als Behörde bei der Erfüllung unserer Aufgaben nicht stützen.', expected: [] },
  { name: 'de counter: legitimate interest relied on with the article', language: 'de', text: 'Wir stützen uns dabei auf Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse liegt in der Sicherheit der Website.', expected: ['legitimate_interests'] },
]);

// Third batch: Austrian hotel, Swiss-French fiduciary.
runChecklistCases(purposes, [
  { name: 'de separable verb with inner "zu" ("um die Buchung durchzuführen") states a purpose', language: 'de', text: 'Wenn Sie ein Zimmer buchen, verarbeiten wir Ihren Namen und Ihre Anschrift, um die Buchung durchzuführen.', status: 'met' },
  { name: 'de counter: "um 10 Uhr" is no purpose', language: 'de', text: 'Die Rezeption öffnet um 10 Uhr und schließt um 22 Uhr.', status: 'missing' },
]);

runExtractorCases(rightsExtractor, rights, [
  { name: 'de "Einwilligung; Sie können sie jederzeit ... widerrufen" is the withdrawal right', language: 'de', text: 'Grundlage ist Ihre Einwilligung; Sie können sie jederzeit durch Klick auf den Abmeldelink widerrufen.', expected: ['withdraw_consent'] },
  { name: 'de counter: an order cancelled after a semicolon is no consent withdrawal', language: 'de', text: 'Die Zahlung erfolgt per Rechnung; Sie können sie innerhalb von 14 Tagen begleichen.', expected: [] },
  { name: 'fr Swiss "remise ou la transmission de vos données" is portability', language: 'fr', text: "Vous avez le droit d'obtenir la remise ou la transmission de vos données dans un format électronique courant.", expected: ['portability'] },
  { name: 'fr counter: handing over keys is no right', language: 'fr', text: 'La remise des clés a lieu le jour de la signature.', expected: [] },
]);

runChecklistCases(statutory, [
  { name: 'de statutory requirement with "ohne sie dürfen wir Sie nicht beherbergen": met', language: 'de', text: 'Die Angabe dieser Daten ist gesetzlich vorgeschrieben; ohne sie dürfen wir Sie nicht beherbergen.', status: 'met' },
  { name: 'de counter: a house rule is no consequence of withholding data', language: 'de', text: 'Die Angabe dieser Daten ist gesetzlich vorgeschrieben. Haustiere dürfen wir leider nicht aufnehmen.', status: 'partial' },
]);

runExtractorCases(legalBases, bases, [
  { name: 'fr Swiss "Dans la mesure où le RGPD est applicable" states scope, not a hypothesis', language: 'fr', text: "Dans la mesure où le RGPD est applicable, nous fondons le traitement des mandats sur l'exécution du contrat (art. 6, al. 1, let. b RGPD).", expected: ['contract'] },
  { name: 'fr counter: "dans la mesure où nous ..." stays hypothetical', language: 'fr', text: 'Dans la mesure où nous traitons des données sur la base de notre intérêt légitime, vous pouvez vous y opposer.', expected: [] },
  { name: 'fr Swiss citation "art. 6, al. 1, let. f RGPD" names legitimate interests', language: 'fr', text: 'Les journaux du site web sont traités en vertu de l\'art. 6, al. 1, let. f RGPD.', expected: ['legitimate_interests'] },
]);

// Fourth batch: Dutch translated US notice, Swiss-Italian dental practice.

runExtractorCases(legalBases, bases, [
  { name: 'nl "Voor zover de AVG van toepassing is, verwerken wij ... op basis van de uitvoering van de overeenkomst" relies on contract', language: 'nl', text: 'Voor zover de AVG van toepassing is, verwerken wij uw accountgegevens op basis van de uitvoering van de overeenkomst met u.', expected: ['contract'] },
  { name: 'nl counter: "Voor zover nodig" stays hypothetical', language: 'nl', text: 'Voor zover nodig verwerken wij uw gegevens op basis van de uitvoering van de overeenkomst.', expected: [] },
  { name: 'it Swiss "Nella misura in cui il GDPR è applicabile" with "art. 6 cpv. 1 lett. b"', language: 'it', text: "Nella misura in cui il GDPR è applicabile, la base giuridica per le cure è l'esecuzione del contratto di cura (art. 6 cpv. 1 lett. b GDPR).", expected: ['contract'] },
  { name: 'it counter: "nella misura in cui sia necessario" stays hypothetical', language: 'it', text: "Nella misura in cui sia necessario, trattiamo i dati per l'esecuzione del contratto.", expected: [] },
]);

runChecklistCases(complaint, [
  { name: 'it Swiss FDPIC ("Incaricato federale della protezione dei dati")', language: 'it', text: "Diritti\nPuò presentare una segnalazione all'Incaricato federale della protezione dei dati e della trasparenza (IFPDT).", status: 'met' },
  { name: 'it counter: a complaint about the service to the practice', language: 'it', text: 'Diritti\nEventuali reclami sulle cure vanno indirizzati alla segreteria dello studio.', status: 'missing' },
]);

runChecklistCases(recipients, [
  { name: 'it "Comunichiamo i dati ... alla sua cassa malati" names recipients', language: 'it', text: 'Comunichiamo i dati necessari alla sua cassa malati e, con il suo accordo, al medico curante.', status: 'met' },
  { name: 'it counter: nothing is shared', language: 'it', text: 'Trattiamo i dati per eseguire le cure dentarie.', status: 'missing' },
]);

runExtractorCases(retentionExtractor, durations, [
  { name: 'it payment term under the retention heading is not retention', language: 'it', text: 'Durata di conservazione\nLe fatture vanno pagate entro 30 giorni.', expected: [] },
  { name: 'it counter: invoices kept ten years', language: 'it', text: 'Durata di conservazione\nLe fatture sono conservate per dieci anni.', expected: ['P10Y'] },
]);

// Ties counted per basis: every basis in a sentence that ties it to a purpose, the consent sentence with a withdrawal clause included.
runChecklistCases(legalBasis, [
  {
    name: 'es three bases tied in three sentences, consent with its withdrawal clause: met',
    language: 'es',
    text: [
      'Utilizamos los datos de su cuenta para prestarle el servicio, porque es necesario para la ejecución del contrato.',
      'Utilizamos los datos técnicos para corregir errores, sobre la base de nuestro interés legítimo en mantener una aplicación segura.',
      'Con su consentimiento, que puede retirar en cualquier momento, utilizamos cookies publicitarias.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'nl two bases in one sentence and consent in another: every basis tied, met',
    language: 'nl',
    text: [
      'Wij verwerken uw accountgegevens op basis van de uitvoering van de overeenkomst, en uw technische gegevens op basis van ons gerechtvaardigd belang om de dienst te beveiligen.',
      'Met uw toestemming tonen wij gepersonaliseerde advertenties; u kunt uw toestemming op elk moment intrekken.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'en counter: "Where we use your data based on your consent, you can withdraw" restates the right, ties nothing',
    text: [
      'We process account data to provide the service because it is necessary for the performance of our contract with you.',
      'We use technical data to keep the service secure, based on our legitimate interests in protecting our users.',
      'Where we use your data based on your consent, you can withdraw your consent at any time.',
    ].join('\n'),
    status: 'partial',
  },
  {
    name: 'nl counter: three bases only listed',
    language: 'nl',
    text: 'Wij verwerken persoonsgegevens op basis van toestemming, de uitvoering van een overeenkomst en ons gerechtvaardigd belang.',
    status: 'partial',
  },
]);

// Fifth batch: Datenschutz-Generator-style policy of a sole trader.
runChecklistCases(recipients, [
  { name: 'de feminine and trade recipients ("an unsere Steuerberaterin", "Druckereien")', language: 'de', text: 'Wir geben Daten an Druckereien für Fotoabzüge und an unsere Steuerberaterin weiter.', status: 'met' },
  { name: 'de counter: data kept in-house', language: 'de', text: 'Wir bearbeiten die Fotos ausschließlich selbst in unserem Atelier.', status: 'missing' },
]);

runChecklistCases(statutory, [
  { name: 'de "Die als erforderlich gekennzeichneten Angaben ...; ohne sie können wir den Auftrag nicht annehmen": met', language: 'de', text: 'Die als erforderlich gekennzeichneten Angaben brauchen wir für den Vertragsschluss; ohne sie können wir den Auftrag nicht annehmen.', status: 'met' },
  { name: 'de counter: a marked photo is no data requirement', language: 'de', text: 'Die als Favorit gekennzeichneten Bilder retuschieren wir zuerst.', status: 'missing' },
]);

// Sixth batch: French shop with legal notice and gaps.
runExtractorCases(controllerExtractor, (c) => c.name, [
  { name: 'fr name with "de la" before the form ("la Savonnerie de la Garrigue, SARL au capital")', language: 'fr', text: 'Le site est édité par la Savonnerie de la Garrigue, SARL au capital de 8 000 euros, immatriculée au RCS de Nîmes.', expected: 'Savonnerie de la Garrigue, SARL' },
  { name: 'fr counter: "de la" after a lower-case word is no particle of the name', language: 'fr', text: 'Le site est édité par Atelier Brume SAS, pour le compte de la Garrigue.', expected: 'Atelier Brume SAS' },
]);

runExtractorCases(rightsExtractor, rights, [
  { name: 'fr "vous pouvez vous désinscrire ... à tout moment" objects to marketing', language: 'fr', text: "Vous pouvez vous désinscrire de la lettre d'information à tout moment.", expected: ['object'] },
  { name: 'fr counter: unsubscribing from the account is no objection', language: 'fr', text: 'Vous pouvez vous désinscrire de votre compte dans les paramètres.', expected: [] },
]);

// Seventh batch: Spanish clinic (LOPDGDD), AEPD second-layer "Purpose: basis" lines.
runChecklistCases(legalBasis, [
  {
    name: 'es infinitive purpose labels with their bases ("Facturar nuestros servicios: cumplimiento de obligaciones legales")',
    language: 'es',
    text: [
      'Prestarle asistencia sanitaria: el tratamiento es necesario para la ejecución del contrato de servicios sanitarios.',
      'Facturar nuestros servicios: cumplimiento de obligaciones legales en materia fiscal.',
      'Enviarle recordatorios de citas: su consentimiento.',
      'En caso de urgencia, podremos comunicar sus datos a los servicios de emergencia para proteger su interés vital.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'es counter: bases listed under a legitimation label, no purpose',
    language: 'es',
    text: 'Legitimación: consentimiento del interesado, ejecución de un contrato, cumplimiento de obligaciones legales e interés legítimo.',
    status: 'partial',
  },
]);

runExtractorCases(retentionExtractor, durations, [
  { name: 'it withdrawal period of a distance sale ("diritto di recesso ... entro 14 giorni") is not retention', language: 'it', text: 'Conservazione\nIl diritto di recesso può essere esercitato entro 14 giorni dalla consegna.', expected: [] },
  { name: 'it counter: data kept two years after withdrawal from the contract', language: 'it', text: 'Conservazione\nI dati sono conservati per 2 anni dal recesso.', expected: ['P2Y'] },
]);

// The GDPR's scope stated by a controller outside the EU, in Spanish and English as in the other languages.
runExtractorCases(legalBases, bases, [
  { name: 'es "En la medida en que el RGPD sea aplicable, ... ejecución del contrato" relies on contract', language: 'es', text: 'En la medida en que el RGPD sea aplicable, tratamos los datos de su cuenta sobre la base de la ejecución del contrato.', expected: ['contract'] },
  { name: 'es counter: "En la medida en que sea necesario" stays hypothetical', language: 'es', text: 'En la medida en que sea necesario, tratamos los datos sobre la base de la ejecución del contrato.', expected: [] },
  { name: 'en "To the extent that the GDPR applies, we rely on ... performance of a contract" relies on contract', text: 'To the extent that the GDPR applies, we process your account data because it is necessary for the performance of a contract with you.', expected: ['contract'] },
  { name: 'en counter: "To the extent that it is necessary" stays hypothetical', text: 'To the extent that we need to, we process your data because it is necessary for the performance of a contract with you.', expected: [] },
]);

// "Purpose label: this processing rests on <basis>" ties the basis to the labelled purpose (CNIL wording, in de and nl too).
runChecklistCases(legalBasis, [
  {
    name: 'de "Bestellabwicklung: Diese Verarbeitung beruht auf ..." lines tie each basis',
    language: 'de',
    text: [
      'Bestellabwicklung: Diese Verarbeitung beruht auf der Vertragserfüllung.',
      'Newsletter: Diese Verarbeitung beruht auf Ihrer Einwilligung.',
      'Buchhaltung: Diese Verarbeitung beruht auf einer rechtlichen Verpflichtung.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'nl "Bestellingen: deze verwerking is gebaseerd op ..." lines tie each basis',
    language: 'nl',
    text: [
      'Bestellingen: deze verwerking is gebaseerd op de uitvoering van de overeenkomst.',
      'Nieuwsbrief: deze verwerking is gebaseerd op uw toestemming.',
      'Boekhouding: deze verwerking is gebaseerd op een wettelijke verplichting.',
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'de counter: bases only listed',
    language: 'de',
    text: 'Rechtsgrundlagen sind Ihre Einwilligung, die Vertragserfüllung und unsere rechtliche Verpflichtung.',
    status: 'partial',
  },
]);

// Belgian municipality (French): denial of legitimate interest, appeal deadline, "à défaut ... ne peut pas", label rows.
runExtractorCases(legalBases, bases, [
  { name: 'fr "La commune ne se fonde pas sur l\'intérêt légitime" denies it', language: 'fr', text: "La commune ne se fonde pas sur l'intérêt légitime pour les traitements qu'elle effectue dans l'exécution de ses missions.", expected: [] },
  { name: 'fr counter: legitimate interest relied on', language: 'fr', text: "Nous nous fondons sur notre intérêt légitime à sécuriser le site.", expected: ['legitimate_interests'] },
]);

runExtractorCases(retentionExtractor, durations, [
  { name: 'fr appeal period ("délai de recours ... soixante jours") is not retention', language: 'fr', text: 'Durée de conservation\nLe délai de recours contre un permis est de soixante jours.', expected: [] },
  { name: 'fr counter: camera images kept one month', language: 'fr', text: 'Durée de conservation\nLes images des caméras sont conservées un mois.', expected: ['P1M'] },
]);

runChecklistCases(statutory, [
  { name: 'fr legal obligation "; à défaut, votre inscription ne peut pas être effectuée": met', language: 'fr', text: "Caractère obligatoire\nLa communication de vos données pour l'inscription aux registres est une obligation légale ; à défaut, votre inscription ne peut pas être effectuée.", status: 'met' },
  { name: 'fr counter: requirement only', language: 'fr', text: "Caractère obligatoire\nLa communication de vos données pour l'inscription aux registres est une obligation légale.", status: 'partial' },
]);

runChecklistCases(legalBasis, [
  {
    name: 'fr label rows "… : traitement nécessaire à / fondé sur …" tie every basis',
    language: 'fr',
    text: [
      "Tenue des registres : traitement nécessaire au respect d'une obligation légale.",
      "Gestion des permis : traitement nécessaire à l'exécution d'une mission d'intérêt public.",
      "Lettre d'information : traitement fondé sur votre consentement.",
    ].join('\n'),
    status: 'met',
  },
  {
    name: 'fr counter: the same bases only listed',
    language: 'fr',
    text: "Nos traitements reposent sur une obligation légale, une mission d'intérêt public et votre consentement.",
    status: 'partial',
  },
]);

// Spanish freelancer's legal notice (LSSI "titular del sitio web", old ARCO wording, consent by sending a form).
runExtractorCases(controllerExtractor, (c) => c.name, [
  { name: 'es "Titular del sitio web" heading names a natural person as controller', language: 'es', text: 'Titular del sitio web\nLaura Martín Ortega, traductora autónoma, con NIF 12345678Z y domicilio en Calle San Vicente 14, 46002 Valencia.', expected: 'Laura Martín Ortega' },
]);

runExtractorCases(legalBases, bases, [
  { name: 'es "usted consiente expresamente el tratamiento" relies on consent', language: 'es', text: 'Al enviar el formulario, usted consiente expresamente el tratamiento de sus datos con esta finalidad.', expected: ['consent'] },
  { name: 'es "salvo obligación legal" limits disclosure and relies on no basis', language: 'es', text: 'No se cederán datos a terceros, salvo obligación legal.', expected: [] },
  { name: 'es counter: a legal obligation relied on', language: 'es', text: 'Conservamos las facturas para cumplir una obligación legal en materia fiscal.', expected: ['legal_obligation'] },
]);

// Dutch foundation: a processor agreement names a processor, compound suppliers.
runChecklistCases(recipients, [
  { name: 'nl "een softwareleverancier met wie wij een verwerkersovereenkomst hebben" names a processor', language: 'nl', text: 'Onze ledenadministratie draait bij een softwareleverancier met wie wij een verwerkersovereenkomst hebben.', status: 'met' },
  { name: 'nl counter: software run in-house names no recipient', language: 'nl', text: 'Onze ledenadministratie draait op een eigen server in ons kantoor.', status: 'missing' },
]);
