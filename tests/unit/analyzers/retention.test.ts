import { describe, expect, it } from 'vitest';
import retentionItem from '../../../analyzers/checklist/retention';
import { durationKey, findDurations, parseDuration } from '../../../analyzers/duration';
import retention from '../../../analyzers/extractors/retention';
import { getLexicon } from '../../../analyzers/lexicon';
import { runChecklistCases, runExtractorCases } from '../../helpers/analyzer-cases';

const durations = (f: Array<{ duration: string }>) => f.map((x) => x.duration);

describe('parseDuration', () => {
  it.each([
    [10, 'Y', 'P10Y'],
    [13, 'M', 'P13M'],
    [2, 'W', 'P2W'],
    [90, 'D', 'P90D'],
    [72, 'H', 'PT72H'],
  ] as const)('%i %s -> %s', (n, unit, iso) => {
    expect(parseDuration(n, unit)).toBe(iso);
  });

  it('gives one key to one length written in two units', () => {
    expect(durationKey(2, 'Y')).toBe(durationKey(24, 'M'));
    expect(durationKey(2, 'W')).toBe(durationKey(14, 'D'));
    expect(durationKey(1, 'Y')).not.toBe(durationKey(1, 'M'));
  });

  it.each([
    ['en', 'for thirty (30) days', 'P30D'],
    ['en', 'a 12-month period', 'P12M'],
    ['en', 'twenty-four months', 'P24M'],
    ['fr', "pendant une durée d'un an", 'P1Y'],
    ['fr', 'cinq (5) ans', 'P5Y'],
    ['de', 'nach sieben Tagen', 'P7D'],
    ['de', 'zwei Wochen', 'P2W'],
    ['nl', 'tien jaar', 'P10Y'],
    ['it', 'ventiquattro ore', 'PT24H'],
    ['es', 'doce meses', 'P12M'],
  ] as const)('%s: finds %j as %s', (lang, text, iso) => {
    expect(findDurations(text, getLexicon(lang).retention).map((d) => d.duration)).toEqual([iso]);
  });

  it.each([
    ['en', 'for six or ten years', ['P6Y', 'P10Y']],
    ['de', '6 bzw. 10 Jahre', ['P6Y', 'P10Y']],
    ['fr', 'de 3 à 5 ans', ['P3Y', 'P5Y']],
    ['en', 'one (1) year', ['P1Y']],
    ['en', 'for 2-3 years', ['P2Y', 'P3Y']],
    ['fr', 'vingt-quatre (24) mois', ['P24M']],
  ] as const)('%s: a pair %j gives both periods', (lang, text, isos) => {
    expect(findDurations(text, getLexicon(lang).retention).map((d) => d.duration)).toEqual(isos);
  });
});

runExtractorCases(retention, durations, [
  // Halves are written in whole units of the next smaller unit; a half month stays a decimal (ISO 8601 allows it last).
  { name: 'en half a year', text: 'We keep your application for half a year.', expected: ['P6M'] },
  { name: 'en one and a half years', text: 'Logs are deleted after one and a half years.', expected: ['P18M'] },
  { name: 'en 1.5 years is not 5 years', text: 'We retain invoices for 1.5 years.', expected: ['P18M'] },
  { name: 'en 2 ½ years', text: 'Data is stored for 2 ½ years.', expected: ['P30M'] },
  { name: 'en six months and a half', text: 'We keep CVs for six months and a half.', expected: ['P6.5M'] },
  { name: 'en a decimal that is not a half is no period', text: 'Backups are deleted after 1.7 years.', expected: [] },
  { name: 'fr un an et demi', language: 'fr', text: 'Nous conservons les données pendant un an et demi.', expected: ['P18M'] },
  { name: 'de anderthalb Jahre', language: 'de', text: 'Die Daten werden anderthalb Jahre gespeichert.', expected: ['P18M'] },
  { name: 'de ein halbes Jahr', language: 'de', text: 'Wir speichern die Daten ein halbes Jahr.', expected: ['P6M'] },
  { name: 'de 1,5 Jahre', language: 'de', text: 'Wir speichern die Daten 1,5 Jahre.', expected: ['P18M'] },
  { name: 'nl anderhalf jaar', language: 'nl', text: 'We bewaren de gegevens anderhalf jaar.', expected: ['P18M'] },
  { name: 'nl twee en een half jaar', language: 'nl', text: 'We bewaren de gegevens twee en een half jaar.', expected: ['P30M'] },
  { name: 'it un anno e mezzo', language: 'it', text: 'Conserviamo i dati per un anno e mezzo.', expected: ['P18M'] },
  { name: 'es medio año', language: 'es', text: 'Conservamos los datos durante medio año.', expected: ['P6M'] },
  // An "Example:" sentence illustrates how a rule applies; its numbers are not the policy's periods.
  { name: 'en Example: sentence sets no period', text: 'Recordings are kept for at most 90 days after the study. Example: moved to the archive 30 days after the study, stored there for a maximum of 60 days.', expected: ['P90D'] },
  { name: 'fr Exemple : sentence sets no period', language: 'fr', text: "Les enregistrements sont conservés 90 jours au plus. Exemple : archivés au bout de 30 jours, puis conservés 60 jours au maximum.", expected: ['P90D'] },
  { name: 'de Beispiel: sentence sets no period', language: 'de', text: 'Aufnahmen werden höchstens 90 Tage gespeichert. Beispiel: nach 30 Tagen archiviert und dort höchstens 60 Tage gespeichert.', expected: ['P90D'] },
  { name: 'en "for example," inside a statement still counts', text: 'For example, we keep invoices for 10 years because tax law requires it.', expected: ['P10Y'] },
  { text: 'We keep your invoices for ten years after the end of the contract.', expected: ['P10Y'], language: 'en' },
  { text: 'Server logs are deleted after 90 days.', expected: ['P90D'], language: 'en' },
  { text: 'We keep backups for a year.', expected: ['P1Y'], language: 'en' },
  { text: 'You can request a copy of your data once a year; we store nothing else.', expected: [], language: 'en', name: 'once a year is a frequency' },
  { text: 'Invoices are kept for 6 or 10 years depending on the document.', expected: ['P6Y', 'P10Y'], language: 'en' },
  { text: 'We do not keep data about children under 13 or 16 years.', expected: [], language: 'en', name: 'age pair' },
  { text: 'We retain your profile for one (1) year after your last login.', expected: ['P1Y'], language: 'en' },
  { text: 'Inactive accounts are erased after 24 months. Accounts inactive for two years are closed.', expected: ['P24M'], language: 'en', name: 'same length in two units is kept once, as first written' },
  { text: 'Cookies expire after 13 months.', expected: ['P13M'], language: 'en' },
  { text: 'Support tickets are purged within 72 hours of closure.', expected: ['PT72H'], language: 'en' },
  { text: 'If you do not respond to our e-mails for 3 years, your data will be deleted.', expected: ['P3Y'], language: 'en', name: 'a reply word before the period does not hide a deletion after it' },
  // Not retention periods.
  { text: 'We will respond to your request within one month.', expected: [], language: 'en', name: 'reply deadline' },
  { text: 'We process authenticated deletion requests within 30 days of receipt.', expected: [], language: 'en', name: 'request handling deadline' },
  { text: 'Nous traiterons votre demande de suppression dans un délai d’un mois.', expected: [], language: 'fr', name: 'fr request handling deadline' },
  { text: 'Following a deletion request, your data is erased within 30 days.', expected: ['P30D'], language: 'en', name: 'erasure after a request' },
  { text: 'We may extend this period by two further months where necessary.', expected: [], language: 'en', name: 'extension of a reply deadline' },
  { text: 'Our service is not meant for children under 16 years and we delete such accounts.', expected: [], language: 'en', name: 'age' },
  { text: 'We do not store data about users who are 13 years old or younger.', expected: [], language: 'en', name: 'age after the period' },
  { text: 'In the preceding 12 months we have not sold personal information.', expected: [], language: 'en', name: 'look-back window' },
  { text: 'You may request deletion of your data twice in a 12-month period.', expected: [], language: 'en', name: 'request frequency' },
  { text: 'We will give you 30 days notice before changing this policy.', expected: [], language: 'en', name: 'notice period' },
  { text: 'The company was founded 20 years ago in Lisbon.', expected: [], language: 'en', name: 'no retention verb' },
  // Other languages.
  { text: 'Les données de facturation sont conservées pendant dix ans.', expected: ['P10Y'], language: 'fr' },
  { text: 'Les cookies de mesure d’audience ont une durée de vie de 13 mois.', expected: ['P13M'], language: 'fr' },
  { text: 'Nous répondrons à votre demande dans un délai d’un mois.', expected: [], language: 'fr', name: 'fr reply deadline' },
  { text: 'Le service est réservé aux personnes âgées de plus de 15 ans.', expected: [], language: 'fr', name: 'fr age' },
  { text: 'Bewerbungsunterlagen werden nach Ablauf von sechs Monaten gelöscht.', expected: ['P6M'], language: 'de' },
  { text: 'Protokolldaten speichern wir für zwei Wochen.', expected: ['P2W'], language: 'de' },
  { text: 'Wir beantworten Ihre Anfrage innerhalb eines Monats.', expected: [], language: 'de', name: 'de reply deadline (no verb)' },
  { text: 'De gegevens worden na 14 dagen automatisch verwijderd.', expected: ['P14D'], language: 'nl' },
  { text: 'I dati di fatturazione sono conservati per dieci anni.', expected: ['P10Y'], language: 'it' },
  { text: 'Conservamos los datos durante cinco años desde la baja.', expected: ['P5Y'], language: 'es' },
  { text: 'Responderemos a su solicitud en el plazo de un mes.', expected: [], language: 'es', name: 'es reply deadline' },
  { text: 'Nous conserverons vos données de prospection trois ans après le dernier contact.', expected: ['P3Y'], language: 'fr', name: 'fr future tense' },
  { text: 'Los datos se mantendrán durante doce meses desde su obtención.', expected: ['P12M'], language: 'es', name: 'es mantener' },
  { text: 'Die Protokolle werden nach spätestens sieben Tagen automatisch gelöscht.', expected: ['P7D'], language: 'de' },
  { text: 'Gegevens van sollicitanten bewaren wij tot vier weken na de procedure.', expected: ['P4W'], language: 'nl' },
  { text: 'I log di sistema vengono cancellati dopo sei mesi.', expected: ['P6M'], language: 'it' },
  { text: 'Il servizio è riservato agli utenti con età di 18 anni compiuti e conserva i dati.', expected: [], language: 'it', name: 'it age' },
]);

runExtractorCases(retention, durations, [
  {
    text: '8. How long we keep your data\nBilling records\n10 years\nMarketing contacts\n3 years from the last contact\n9. Your rights\nWe reply within 30 days.',
    expected: ['P10Y', 'P3Y'],
    language: 'en',
    name: 'a table under a retention heading counts, until the next numbered heading',
  },
]);

runExtractorCases(retention, durations, [
  {
    text: 'Periodo di conservazione\nFatture\n10 anni\nDiritti dell’interessato\nIl servizio non è destinato ai minori di 14 anni.',
    expected: ['P10Y'],
    language: 'it',
    name: 'another section title ends the retention section; an age is not a period',
  },
  {
    text: 'Durée de conservation\nProspects\n3 ans\nVos droits\nNous répondons sous un mois.',
    expected: ['P3Y'],
    language: 'fr',
    name: 'fr: the rights title ends the retention table',
  },
]);

runChecklistCases(retentionItem, [
  { text: 'We keep your order history for 6 years to meet tax law.', status: 'met', quote: '6 years', language: 'en' },
  { text: 'We keep your data only as long as necessary for the purposes described above.', status: 'partial', quote: 'as long as necessary', language: 'en' },
  { text: 'We retain your data as long as your account is active.', status: 'partial', language: 'en' },
  { text: 'We answer requests within one month. Contact us at help@example.org.', status: 'missing', language: 'en' },
  { text: 'Vos données sont conservées pendant la durée nécessaire aux finalités du traitement.', status: 'partial', language: 'fr' },
  { text: 'Ihre Daten werden gelöscht, sobald sie für die Zwecke nicht mehr erforderlich sind.', status: 'partial', language: 'de' },
  { text: 'Die Rechnungen bewahren wir zehn Jahre auf.', status: 'met', language: 'de' },
  { text: 'Persoonsgegevens worden niet langer bewaard dan noodzakelijk.', status: 'partial', language: 'nl' },
  { text: 'I dati sono conservati per il tempo strettamente necessario.', status: 'partial', language: 'it' },
  { text: 'Los datos se conservarán durante el tiempo necesario para cumplir la finalidad.', status: 'partial', language: 'es' },
  { text: 'Wir verwenden Cookies, um die Website zu verbessern.', status: 'missing', language: 'de' },
  {
    text: 'Data retention\nEach category of data follows the internal schedule agreed with our auditors.',
    status: 'partial',
    quote: 'internal schedule',
    language: 'en',
    name: 'a retention section with unknown wording still addresses the item',
  },
  {
    text: 'Die Daten werden gelöscht, sobald der Zweck der Speicherung entfällt. Server-Logfiles speichern wir sieben Tage.',
    status: 'partial',
    language: 'de',
    name: 'de: one period beside the purpose-lapse rule',
  },
  {
    text: 'Vos données sont conservées pendant une durée n’excédant pas celle nécessaire aux finalités.',
    status: 'partial',
    language: 'fr',
    name: 'fr: CNIL-style vague criterion',
  },
  { text: 'I dati saranno conservati per un periodo non superiore a 24 mesi e poi cancellati; le fatture per dieci anni.', status: 'met', language: 'it' },
  { text: 'Los datos se conservarán mientras se mantenga la relación contractual.', status: 'partial', language: 'es' },
  {
    text: 'We keep personal data only as long as necessary. For example, server logs are deleted after 14 days.',
    status: 'partial',
    quote: '14 days',
    language: 'en',
    name: 'one lone period beside "as long as necessary" is partial',
  },
  {
    text: 'We keep personal data only as long as necessary. Invoices are kept for 10 years and logs for 14 days.',
    status: 'met',
    language: 'en',
    name: 'two periods are met',
  },
  { text: 'Les journaux de connexion sont supprimés au bout de six mois.', status: 'met', language: 'fr', name: 'one period, no vague criterion' },
]);

describe('retention evidence', () => {
  it('points every period at the sentence that states it', async () => {
    const { buildDocument } = await import('../../../analyzers/document');
    const doc = buildDocument('Intro line.\nWe delete logs after 7 days.', 'en');
    const [f] = retention.extract(doc);
    expect(f?.duration).toBe('P7D');
    expect(f?.evidence[0]?.quote).toBe('We delete logs after 7 days.');
    expect(f?.text).toContain('7 days');
  });
});
