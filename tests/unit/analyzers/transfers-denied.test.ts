import extractor from '../../../analyzers/extractors/transfers';
import { runExtractorCases } from '../../helpers/analyzer-cases';

// A destination inside a noun phrase opened by a denying determiner ("keine", "no", "aucun") is denied;
// a country named only in a title over a section saying data stays in the EEA is no destination.
runExtractorCases(extractor, (t) => ({ outsideEEA: t.outsideEEA, countries: t.countries }), [
  {
    name: 'de: "keine Tools von Unternehmen mit Sitz in den USA" under a title naming the USA',
    language: 'de',
    text: 'Hinweis zur Datenweitergabe in die USA\nAuf dieser Website sind keine Dienste von Anbietern mit Sitz in den USA oder anderen Drittstaaten eingebunden. Eine Übermittlung Ihrer Daten in Drittländer findet nicht statt.',
    expected: { outsideEEA: false, countries: [] },
  },
  {
    name: 'en: "no tools of companies based in the US"',
    text: 'International transfers\nWe use no tools of companies based in the United States or other third countries. Your data is not transferred outside the EEA.',
    expected: { outsideEEA: false, countries: [] },
  },
  {
    name: 'de counter-case: the affirmative sentence names the USA',
    language: 'de',
    text: 'Hinweis zur Datenweitergabe in die USA\nAuf dieser Website sind Dienste von Anbietern mit Sitz in den USA eingebunden.',
    expected: { outsideEEA: true, countries: ['US'] },
  },
  {
    name: 'en counter-case: the denial ends at the comma, the destination after it stands',
    text: 'We share no data with advertisers, but our hosting provider stores your data in the United States.',
    expected: { outsideEEA: true, countries: ['US'] },
  },
  {
    name: 'en counter-case: a company number is no denial',
    text: 'Example Ltd (company no. 1234567) stores your data on servers in the United States.',
    expected: { outsideEEA: true, countries: ['US'] },
  },
]);
