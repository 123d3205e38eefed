import { describe, expect, it } from 'vitest';
import { buildDocument, lineBreakBetween, sentenceAt } from '../../analyzers/document';

describe('buildDocument', () => {
  it('splits English text into sentences with exact offsets and never across lines', () => {
    const text = 'Your rights\nYou may ask for a copy of your data, e.g. by e-mail. We reply quickly.\nContact: privacy@example.com';
    const doc = buildDocument(text);
    expect(doc.language).toBe('en');
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Your rights',
      'You may ask for a copy of your data, e.g. by e-mail.',
      'We reply quickly.',
      'Contact: privacy@example.com',
    ]);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks short unpunctuated lines as headings and gives later sentences their section', () => {
    const doc = buildDocument('How long we keep data\nWe keep invoices for ten years.\nAnother heading\nText here.', 'en');
    expect(doc.sentences[0]!.heading).toBe(true);
    expect(doc.sentences[1]!.heading).toBe(false);
    expect(doc.sentences[1]!.section).toBe('How long we keep data');
    expect(doc.sentences[3]!.section).toBe('Another heading');
  });

  // CNIL-, AP- and ICO-style notices title their sections as questions.
  it.each([
    ['en', 'How long do we keep your data?', 'We keep invoices for ten years.'],
    ['fr', '4. Combien de temps conservons-nous vos données ?', 'Nous conservons les factures dix ans.'],
    ['de', 'Wie lange speichern wir Ihre Daten?', 'Rechnungen bewahren wir zehn Jahre auf.'],
    ['nl', 'Hoe lang bewaren wij uw gegevens?', 'Facturen bewaren wij zeven jaar.'],
    ['it', '## Per quanto tempo conserviamo i dati?', 'Conserviamo le fatture per dieci anni.'],
  ] as const)('a question on its own line is a title (%s)', (lang, title, body) => {
    const doc = buildDocument(`${title}\n${body}`, lang);
    expect(doc.sentences[0]!.heading).toBe(true);
    expect(doc.sentences[1]!.section).toBe(title.replace(/^#+\s*/u, ''));
  });

  it.each([
    ['a question after a sentence on the same line', 'We keep invoices for ten years. Why do we keep them?'],
    ['a question over 80 characters', 'Is there anything else you would like to know about the way that we handle the data you give us?'],
    ['a question starting in lower case', 'or do you want us to delete your data?'],
  ])('%s is not a title', (_name, line) => {
    const doc = buildDocument(`${line}\nWe answer within a month.`, 'en');
    expect(doc.sentences.every((s) => !s.heading)).toBe(true);
  });

  it('finds e-mails and durations as entities in English', () => {
    const doc = buildDocument('Write to dpo@example.org. We keep logs for 90 days.', 'en');
    const types = doc.entities.map((e) => `${e.type}:${e.text}`);
    expect(types).toContain('EMAIL:dpo@example.org');
    expect(types.some((t) => t.startsWith('DURATION:90 days'))).toBe(true);
    for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });

  it.each([
    ['fr', 'Le responsable est M. Dupont, 12 rue de la Paix. Vous pouvez le contacter.', 2],
    ['de', 'Wir speichern Daten z. B. für die Abrechnung gem. Art. 6 Abs. 1 lit. b DSGVO. Danach löschen wir sie.', 2],
    ['it', 'I dati sono trattati dal Titolare. Può contattarci in qualsiasi momento.', 2],
  ] as const)('segments %s text with Intl.Segmenter and merges abbreviations', (lang, text, count) => {
    const doc = buildDocument(text, lang);
    expect(doc.sentences).toHaveLength(count);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds e-mails by pattern in other languages', () => {
    const doc = buildDocument('Écrivez à dpo@exemple.fr pour exercer vos droits.', 'fr');
    expect(doc.entities.map((e) => e.text)).toEqual(['dpo@exemple.fr']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(buildDocument('').sentences).toEqual([]);
    expect(buildDocument(' \n\n \t').sentences).toEqual([]);
  });

  it('sentenceAt finds the sentence containing an offset', () => {
    const doc = buildDocument('One sentence here. Two sentence there.', 'en');
    expect(sentenceAt(doc, 0)?.index).toBe(0);
    expect(sentenceAt(doc, 25)?.index).toBe(1);
    expect(sentenceAt(doc, 1000)).toBeUndefined();
  });
});

describe('sentence breaks that are not sentence ends', () => {
  it.each([
    ['8. Retention of data\nWe keep it.', ['8. Retention of data', 'We keep it.']],
    ['See Art. 6 GDPR. Then more.', ['See Art. 6 GDPR.', 'Then more.']],
  ])('%j', (text, expected) => {
    expect(buildDocument(text, 'en').sentences.map((s) => s.text)).toEqual(expected);
  });

  it('never joins across a line break', () => {
    expect(buildDocument('Contact: Art.\nNew block starts here.', 'en').sentences.map((s) => s.text)).toEqual(['Contact: Art.', 'New block starts here.']);
  });
});

describe('lineBreakBetween', () => {
  it('answers as text.slice(from, to).includes("\\n") without copying', () => {
    const text = 'One. Two.\nThree.\n\nFour.';
    for (let from = 0; from <= text.length + 1; from++) {
      for (let to = 0; to <= text.length + 1; to++) expect(lineBreakBetween(text, from, to)).toBe(text.slice(from, to).includes('\n'));
    }
  });
});
