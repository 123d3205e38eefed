/**
 * The speed work must not change a finding: each faster path is checked here against the
 * plain definition it replaces, on generated text (speed itself is measured by `npm run bench`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, EMAIL, findEmails, LAST_WORD_DOT, lastWordBeforeDot } from '../../analyzers/document';
import type { Lang } from '../../analyzers/types';
import { codePointAt, codePointBefore, codePointClass, occursWhere } from '../../analyzers/match';
import type { ItemEntity, ItemSentence } from 'wink-nlp';
import { breakLongTokens, getNlp, MAX_TOKEN, readEnglish } from '../../analyzers/nlp';

const SEED = 20261122;

/** Text made of pieces that stress e-mail shapes: runs, dots, dashes, "@", astral letters, lone surrogates. */
const emailish = fc
  .array(fc.constantFrom('a', 'Zq', '@', '.', '-', '_', '%', '+', ' ', '\n', '(', 'cc', 'é', 'ß', '7', '\u{1d400}', '\ud835', '\udc00', 'x.y', '@@', '..', 'mail@ex.org', 'ü.de'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('findEmails', () => {
  it('finds exactly the matches of the EMAIL pattern, at the same offsets', () => {
    fc.assert(
      fc.property(emailish, (text) => {
        const expected = [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, text: m[0] }));
        expect(findEmails(text).map((e) => ({ start: e.start, text: e.text }))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('keeps e-mails next to punctuation and skips a run that began inside the previous address', () => {
    const text = 'Write to dpo@example.org, (privacy@example.co.uk). a@b.cc_x@d.ee no@tld x@y.z';
    const found = findEmails(text);
    expect(found.map((e) => e.text)).toEqual(['dpo@example.org', 'privacy@example.co.uk', 'a@b.cc']);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('breakLongTokens', () => {
  it('keeps the length, changes only characters of long runs to spaces, and leaves no run longer than MAX_TOKEN', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('x'.repeat(300), 'y'.repeat(257), 'z'.repeat(256), ' ', '\n')), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const out = breakLongTokens(text);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) expect(out[i]).toBe(' ');
        expect(/\S{257,}/.test(out)).toBe(false);
        if (!/\S{257,}/.test(text)) expect(out).toBe(text);
      }),
      { seed: SEED, numRuns: 500 },
    );
    expect(MAX_TOKEN).toBe(256);
  });

  it('finds a run of MAX_TOKEN + 1 wherever it starts, and leaves a run of MAX_TOKEN alone', () => {
    for (let at = 0; at <= 2 * (MAX_TOKEN + 1); at++) {
      for (const [len, broken] of [[MAX_TOKEN + 1, true], [MAX_TOKEN, false]] as const) {
        const text = 'a b '.repeat(at).slice(0, at) + ' ' + 'q'.repeat(len) + ' ' + 'c d '.repeat(200);
        expect(breakLongTokens(text) !== text).toBe(broken);
      }
    }
  });
});

describe('occursWhere', () => {
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const NOT_BEFORE = codePointClass(/^[\p{L}\p{N}@./_-]$/u);
  const NOT_AFTER = codePointClass(/^[\p{L}\p{N}@_-]$/u);
  const LETTER = codePointClass(/^\p{L}$/u);
  const LOWER = codePointClass(/^\p{Ll}$/u);
  const piece = fc.constantFrom('acme', 'Acme', 'ACME', ' ', ',', '.', '@', '/', '_', '-', 'x', '7', 'é', '\u{1d41a}', '\ud835', '\udc1a', '(', '.org', 'b');
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
  const word = fc.array(fc.constantFrom('acme', 'Acme', 'a', '.', '\ud835', '\udc1a', 'é', '-', 'x'), { minLength: 1, maxLength: 3 }).map((p) => p.join(''));

  it('answers like the word-boundary regexes it replaces (ordinary words, names mid-sentence)', () => {
    fc.assert(
      fc.property(text, word, (t, w) => {
        const lower = w.toLowerCase();
        expect(occursWhere(t, lower, (a, b) => !NOT_BEFORE(codePointBefore(t, a)) && !NOT_AFTER(codePointAt(t, b)))).toBe(
          new RegExp(`(?<![\\p{L}\\p{N}@./_-])${esc(lower)}(?![\\p{L}\\p{N}@_-])`, 'u').test(t),
        );
        expect(
          occursWhere(t, lower, (a, b) => !NOT_BEFORE(codePointBefore(t, a)) && !NOT_AFTER(codePointAt(t, b)) && !(t[b] === '.' && LETTER(codePointAt(t, b + 1)))),
        ).toBe(new RegExp(`(?<![\\p{L}\\p{N}@./_-])${esc(lower)}(?![\\p{L}\\p{N}@_-]|\\.\\p{L})`, 'u').test(t));
        expect(
          occursWhere(t, ` ${w}`, (a, b) => {
            const cp = codePointBefore(t, a);
            return (LOWER(cp) || cp === 0x2c) && !LETTER(codePointAt(t, b));
          }),
        ).toBe(new RegExp(`[\\p{Ll},] ${esc(w)}(?![\\p{L}])`, 'u').test(t));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });
});

describe('readEnglish collection reads', () => {
  it('gives the sentence and entity spans and types that reading item by item gives', () => {
    const nlp = getNlp();
    const its = nlp.its;
    const texts = [
      'Contact us at privacy@example.org by 1 June 2025. We keep logs for 30 days!\nYour rights: access, erasure.',
      'Example Ltd (“we”) is the controller. Call +44 20 7946 0958 or visit https://example.org/privacy today.',
      ...fc.sample(fc.array(fc.constantFrom('We ', 'keep ', 'data ', 'for 2 years', '. ', '\n', 'on 3 May 2024', ' mail@ex.org', '? ', 'Art. 6', '$5 ', '10%'), { maxLength: 30 }).map((p) => p.join('')), { seed: SEED, numRuns: 60 }),
    ];
    let entities = 0;
    for (const text of texts) {
      const doc = nlp.readDoc(text);
      const sentences: unknown[] = [];
      doc.sentences().each((s: ItemSentence) => sentences.push(s.out(its.span)));
      const items: unknown[] = [];
      doc.entities().each((e: ItemEntity) => items.push([e.out(its.span), e.out(its.type)]));
      entities += items.length;
      expect(doc.sentences().out(its.span)).toEqual(sentences);
      const spans = doc.entities().out(its.span) as unknown as unknown[];
      const types = doc.entities().out(its.type) as unknown as unknown[];
      expect(spans.map((s, i) => [s, types[i]])).toEqual(items);
    }
    expect(entities).toBeGreaterThan(20);
    expect(readEnglish(texts[0]!).entities.map((e) => e.text)).toContain('privacy@example.org');
  });
});

describe('lastWordBeforeDot', () => {
  const piece = fc.constantFrom('Art', 'U.S', 'e.g', 'S.p.A', '1', '12', 'nº', '°', '/', '.', '..', ' ', '  ', '\n', '\t', '\u00a0', '(', ')', ',', '"', 'x', 'é', '\u{1d400}', '\ud835', '\udc00', 'ß', '-');
  const reference = (s: string) => LAST_WORD_DOT.exec(s)?.[1];

  it('gives the word of the LAST_WORD_DOT match, or none when it does not match', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        expect(lastWordBeforeDot(s)).toBe(reference(s));
      }),
      { seed: SEED, numRuns: 5000 },
    );
    for (const s of ['See Art. ', 'Example S.p.A.', '(U.S.)', 'x.', '.', '(e.g.', 'Abs. 1.', 'end.  ', '\u{1d400}\u{1d400}.', 'a,b.', '"Inc.'])
      expect(lastWordBeforeDot(s)).toBe(reference(s));
  });
});

describe('kept sentence segmenters', () => {
  it('split non-English lines as a new segmenter per line does, line after line and language after language', () => {
    const texts: Array<[Lang, string]> = [
      ['fr', 'Nous traitons vos données. Vous pouvez nous écrire à M. Dupont.\nArt. 6 RGPD ! Pourquoi ? Parce que.'],
      ['de', 'Wir verarbeiten Ihre Daten gem. Art. 6 Abs. 1 lit. b DSGVO. Fragen? Schreiben Sie uns.\nZweiter Absatz. Ende.'],
      ['fr', 'Encore une ligne. Et une autre phrase ici.'],
    ];
    for (const [lang, text] of texts) {
      const doc = buildDocument(text, lang);
      // The spans a fresh segmenter gives per line (before the abbreviation merge, which only joins spans).
      const fresh: number[] = [];
      let offset = 0;
      for (const line of text.split('\n')) {
        for (const s of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(line)) fresh.push(offset + s.index);
        offset += line.length + 1;
      }
      for (const s of doc.sentences) expect(fresh).toContain(s.start);
      expect(buildDocument(text, lang).sentences).toEqual(doc.sentences);
    }
  });
});
