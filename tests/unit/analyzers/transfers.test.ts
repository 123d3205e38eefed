import { describe, expect, it } from 'vitest';
import transfersItem from '../../../analyzers/checklist/transfers';
import { findCountries, isEea } from '../../../analyzers/countries';
import transfers from '../../../analyzers/extractors/transfers';
import { getLexicon } from '../../../analyzers/lexicon';
import type { Transfers } from '../../../analyzers/types';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const summary = (t: Transfers) => ({
  outsideEEA: t.outsideEEA,
  countries: [...t.countries].sort(),
  safeguards: t.safeguards.map((s) => s.mechanism).sort(),
});

describe('findCountries', () => {
  it.each([
    ['en', 'Our servers are in the United States and Canada.', ['US', 'CA']],
    ['en', 'Data is sent to the U.S. for support.', ['US']],
    ['en', 'Contact us with questions.', []],
    ['fr', 'Les données sont hébergées aux États-Unis.', ['US']],
    ['de', 'Der Anbieter hat seinen Sitz in den Vereinigten Staaten.', ['US']],
    ['nl', 'Gegevens worden opgeslagen in de Verenigde Staten.', ['US']],
    ['it', 'I dati sono trasferiti negli Stati Uniti.', ['US']],
    ['es', 'Los datos se alojan en Estados Unidos.', ['US']],
  ] as const)('%s: %s', (lang, text, codes) => {
    expect(findCountries(text, getLexicon(lang).transfers).map((c) => c.code)).toEqual(codes);
  });

  it('knows the EEA', () => {
    expect(isEea('DE')).toBe(true);
    expect(isEea('NO')).toBe(true);
    expect(isEea('CH')).toBe(false);
    expect(isEea('GB')).toBe(false);
  });
});

runExtractorCases(transfers, summary, [
  {
    text: 'We transfer personal data to our hosting provider in the United States under the standard contractual clauses approved by the European Commission.',
    expected: { outsideEEA: true, countries: ['US'], safeguards: ['standard_contractual_clauses'] },
    language: 'en',
  },
  {
    text: 'Some recipients are certified under the EU-U.S. Data Privacy Framework. Other transfers rely on an adequacy decision of the European Commission.',
    expected: { outsideEEA: true, countries: [], safeguards: ['adequacy_decision', 'data_privacy_framework'] },
    language: 'en',
  },
  {
    text: 'Where no other mechanism applies, we rely on your explicit consent to the transfer (Article 49 GDPR).',
    expected: { outsideEEA: true, countries: [], safeguards: ['derogation'] },
    language: 'en',
  },
  {
    text: 'Your personal data is not transferred outside the European Economic Area.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'en',
    name: 'negated transfer: data stays inside',
  },
  {
    text: 'All data is hosted in Germany by our provider.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'en',
    name: 'hosting in an EEA country',
  },
  {
    text: 'Some of our processors are located in countries for which no adequacy decision has been adopted, so your data may be transferred outside the EU.',
    expected: { outsideEEA: true, countries: [], safeguards: [] },
    language: 'en',
    name: 'a negated adequacy decision is not a safeguard',
  },
  {
    text: 'If you live in the EEA, the UK or Switzerland, Example Ltd is your controller. UK residents may complain to the Information Commissioner.',
    expected: { outsideEEA: null, countries: [], safeguards: [] },
    language: 'en',
    name: 'countries of residence are not destinations',
  },
  {
    text: 'We transfer data from the EEA, the United Kingdom and Switzerland to India, where our support team works.',
    expected: { outsideEEA: true, countries: ['IN'], safeguards: [] },
    language: 'en',
    name: 'origin list with the EEA vs destination',
  },
  {
    text: 'If you live outside the EEA, Example Inc. is responsible for your data.',
    expected: { outsideEEA: null, countries: [], safeguards: [] },
    language: 'en',
    name: 'where people live is not a transfer',
  },
  {
    text: 'Pour les utilisateurs résidant hors de l’Union européenne, le responsable est Exemple Inc.',
    expected: { outsideEEA: null, countries: [], safeguards: [] },
    language: 'fr',
    name: 'fr: residence outside the EU is not a transfer',
  },
  {
    text: 'Are personal data transferred outside the EU?',
    expected: { outsideEEA: null, countries: [], safeguards: [] },
    language: 'en',
    name: 'a question is not a statement',
  },
  {
    text: 'Our code of conduct for employees forbids sharing passwords.',
    expected: { outsideEEA: null, countries: [], safeguards: [] },
    language: 'en',
    name: 'an internal code of conduct is not an Art. 40 code',
  },
  {
    text: 'Vos données peuvent être transférées hors de l’Union européenne ; ces transferts sont encadrés par les clauses contractuelles types de la Commission européenne.',
    expected: { outsideEEA: true, countries: [], safeguards: ['standard_contractual_clauses'] },
    language: 'fr',
  },
  {
    text: 'Vos données ne sont jamais transférées en dehors de l’Union européenne.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'fr',
  },
  {
    text: 'Eine Übermittlung in Drittländer erfolgt auf Grundlage von Standarddatenschutzklauseln. Für die USA besteht ein Angemessenheitsbeschluss.',
    expected: { outsideEEA: true, countries: ['US'], safeguards: ['adequacy_decision', 'standard_contractual_clauses'] },
    language: 'de',
  },
  {
    text: 'Eine Übermittlung Ihrer Daten in ein Drittland findet nicht statt.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'de',
    name: 'de: no transfer to a third country',
  },
  {
    text: 'Vos données ne font l’objet d’aucun transfert en dehors de l’Union européenne.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'fr',
    name: 'fr: aucun transfert',
  },
  {
    text: 'Les données sont transférées à notre sous-traitant situé aux États-Unis, un pays qui ne bénéficie pas d’une décision d’adéquation.',
    expected: { outsideEEA: true, countries: ['US'], safeguards: [] },
    language: 'fr',
    name: 'fr: negated adequacy, accented verb form',
  },
  {
    text: 'Nuestros servidores están ubicados en la Unión Europea.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'es',
    name: 'es: servers in the EU',
  },
  {
    text: 'I dati non saranno trasferiti al di fuori dell’Unione Europea.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'it',
  },
  {
    text: 'Persoonsgegevens worden niet doorgegeven aan landen buiten de Europese Unie.',
    expected: { outsideEEA: false, countries: [], safeguards: [] },
    language: 'nl',
  },
  {
    text: 'I dati possono essere trasferiti verso paesi terzi sulla base di clausole contrattuali standard.',
    expected: { outsideEEA: true, countries: [], safeguards: ['standard_contractual_clauses'] },
    language: 'it',
  },
  {
    text: 'Realizamos transferencias internacionales a Estados Unidos amparadas en cláusulas contractuales tipo y normas corporativas vinculantes.',
    expected: { outsideEEA: true, countries: ['US'], safeguards: ['binding_corporate_rules', 'standard_contractual_clauses'] },
    language: 'es',
  },
]);

runExtractorCases(transfers, (t: Transfers) => t.outsideEEA, [
  { text: 'We do not carry out any international data transfers.', expected: false, language: 'en' },
  { text: 'No se realizan ni están previstas transferencias internacionales de datos.', expected: false, language: 'es' },
  { text: 'Il Titolare non trasferisce i dati personali in Paesi extra-UE.', expected: false, language: 'it' },
  { text: 'Wir nehmen keine Übermittlung in ein Drittland vor.', expected: false, language: 'de' },
  { text: 'Er vindt geen internationale doorgifte van persoonsgegevens plaats.', expected: false, language: 'nl' },
  { text: 'Nous ne procédons à aucun transfert de données hors de l’Union européenne.', expected: false, language: 'fr' },
  { text: 'Les informations générées par le cookie sont transmises à un serveur de Google situé aux États-Unis.', expected: true, language: 'fr' },
  {
    text: 'Die durch das Cookie erzeugten Informationen werden an einen Server von Google in den USA übertragen und dort gespeichert.',
    expected: true,
    language: 'de',
  },
  { text: 'I dati possono essere trasferiti negli Stati Uniti, paese per il quale esiste una decisione di adeguatezza.', expected: true, language: 'it' },
  { text: 'Algunos proveedores están ubicados en Estados Unidos.', expected: true, language: 'es' },
  { text: 'We are a company registered in Ireland.', expected: null, language: 'en', name: 'an EEA registration is silent on transfers' },
  { text: 'Your data is stored in the EU and in the United States.', expected: true, language: 'en', name: 'stored in the EU and a third country' },
  { text: 'Our servers are located in the European Union.', expected: false, language: 'en' },
  { text: 'International data transfers\nWe do not transfer personal data outside the European Economic Area.', expected: false, language: 'en', name: 'a section title alone is not a transfer' },
  { text: 'International data transfers\nSee our list of processors.', expected: true, language: 'en', name: 'a transfers section with no statement is a mention' },
]);

runExtractorCases(transfers, (t: Transfers) => [...t.countries].sort(), [
  { text: 'We transfer our users’ data from the EU to the United States.', expected: ['US'], language: 'en', name: 'origin then destination' },
  { text: 'If you live in Canada, please contact our local office.', expected: [], language: 'en' },
  { text: 'Some of our service providers are located in the United States.', expected: ['US'], language: 'en', name: 'providers located in a third country' },
  { text: 'If you are located in Brazil, contact our DPO.', expected: [], language: 'en', name: 'you are located in: residence' },
  { text: 'Our processors store data in India and Japan.', expected: ['IN', 'JP'], language: 'en' },
  { text: 'Wir übermitteln Daten an Dienstleister in der Schweiz und in den USA.', expected: ['CH', 'US'], language: 'de' },
  { text: 'Les données sont transférées depuis la Suisse vers le Royaume-Uni.', expected: ['GB'], language: 'fr', name: 'fr origin' },
  { text: 'Wij maken gebruik van een dienstverlener in de Verenigde Staten.', expected: ['US'], language: 'nl' },
  { text: 'Wir setzen einen Dienstleister mit Sitz in Kanada ein.', expected: ['CA'], language: 'de' },
]);

runChecklistCases(transfersItem, [
  {
    text: 'When we transfer data outside the EEA we use standard contractual clauses.',
    status: 'met',
    quote: 'standard contractual clauses',
    language: 'en',
  },
  { text: 'All personal data stays in the EU.', status: 'met', language: 'en', name: 'stays inside is met' },
  {
    text: 'Your information may be transferred to and maintained on computers located outside of your state or country.',
    status: 'partial',
    language: 'en',
  },
  { text: 'We use cookies to remember your language.', status: 'missing', language: 'en' },
  {
    text: 'Your data may be processed outside the EEA. We put appropriate safeguards in place for such transfers.',
    status: 'partial',
    quote: 'appropriate safeguards',
    language: 'en',
    name: '"appropriate safeguards" without a mechanism is partial',
  },
  {
    text: 'Il Titolare potrebbe trasferire i dati al di fuori dell’Unione Europea, adottando garanzie adeguate.',
    status: 'partial',
    language: 'it',
  },
  { text: 'Le responsable du traitement est Exemple SAS, Paris, France.', status: 'missing', language: 'fr', name: 'the controller’s own EEA country is not a transfer' },
  { text: 'Die Daten werden auf Servern in den USA gespeichert.', status: 'partial', language: 'de' },
  { text: 'Los datos no se transfieren fuera del Espacio Económico Europeo.', status: 'met', language: 'es' },
]);
