/**
 * The word-key prefilter of the lexicon regexes (analyzers/prefilter.ts) must
 * never change a result: a filtered regex answers exactly as the same regex
 * without the filter. Checked on every lexicon union of every language, on the
 * project's own fixture policies and on generated texts built from the
 * lexicons' own words with random case, separators and case-fold look-alikes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../analyzers/lexicon';
import { lexiconPatternLists } from '../helpers/lexicon-lists';
import { foldWord, headlessSource, keysOfPattern, keysOfText, mayMatch, prefilterOf, PrefilteredRegExp, requirementsOfPattern, staysWithinLine, WORD } from '../../analyzers/prefilter';

const FIXTURES = path.resolve(__dirname, '../fixtures/policies');

const LISTS = lexiconPatternLists();

/** The words the lexicons are written with: generated texts made of them hit many patterns. */
const VOCABULARY = [...new Set(LISTS.flatMap((l) => l.patterns.join(' ').match(/[\p{L}\p{N}]+/gu) ?? []))];

/** Sentences of the fixture policies with their language (the file name's prefix). */
const fixtureSentences = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) =>
    readFileSync(path.join(FIXTURES, f), 'utf8')
      .split(/(?<=[.!?:;])\s+|\n+/)
      .filter((s) => s.trim().length > 0)
      .map((text) => ({ lang: f.slice(0, 2), text })),
  );

/** Case-insensitive regexes treat these as the same letter: the filter must too. */
const LOOKALIKES: Record<string, string> = { s: 'ſ', k: '\u212a', S: 'ſ', K: '\u212a', ß: 'ẞ' };

const word = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.constantFrom(...VOCABULARY).map((w) => w.toUpperCase()),
  fc.constantFrom(...VOCABULARY).map((w) => w.replace(/[skSKß]/g, (c) => LOOKALIKES[c] ?? c)),
  fc.constantFrom(...VOCABULARY).map((w) => w + 's'),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '’', "'", '-', '\n', ' (', ') ', ': ', '/', ' « ', ' » ', '*');
const generatedText = fc
  .array(fc.tuple(word, separator), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('keys of a pattern', () => {
  it.each([
    ['privacy (?:policy|notice)', ['priva']],
    ['(?:we|us) (?:collect|process)', ['colle', 'proce']],
    ['e\\.g\\.,?', ['e$']],
    ['art(?:icle|\\.)? ?22', ['artic', 'art$', 'art22']],
    ['\\((?:mandatory|optional)\\)', ['manda', 'optio']],
    ['droits? d[\'’]accès', ['droit']],
    ['you (?:can|may) choose not to provide', ['choos']],
    ['l[\'’]extérieur', ['extér']],
  ])('%s', (pattern, keys) => {
    expect([...keysOfPattern(pattern)!].sort()).toEqual([...keys].sort());
  });

  it.each([['(?:\\S+ ){0,6}outside'], ['\\p{L}+'], ['.{0,3}data'], ['[a-z]+'], ['(?:data)?'], ['ask\\w*']])(
    'gives no keys when a match may consist of letters the source does not name: %s',
    (pattern) => {
      expect(keysOfPattern(pattern)).toBeNull();
    },
  );

  it('takes keys from a later word when the first one is unknown', () => {
    expect([...keysOfPattern('ask\\w* for')!]).toEqual(['for$']);
  });

  it('folds case like a case-insensitive Unicode regex', () => {
    expect(foldWord('ſtored')).toBe(foldWord('STORED'));
    expect(foldWord('\u212aEY')).toBe('key');
    expect(foldWord('STRAẞE')).toBe(foldWord('straße'));
    expect(keysOfText('Données À CARACTÈRE personnel')).toEqual(new Set(['donné', 'à$', 'carac', 'perso']));
  });

  it('reads most lexicon sections (a section without keys always runs its regex)', () => {
    const withKeys = LISTS.filter((l) => prefilterOf(l.patterns) !== null).length;
    expect(withKeys / LISTS.length).toBeGreaterThan(0.9);
  });
});

describe('a filtered regex answers as the regex itself', () => {
  const unions = LISTS.map(({ name, patterns }) => ({ name, filtered: compile(patterns) }))
    .filter((u): u is { name: string; filtered: PrefilteredRegExp } => u.filtered instanceof PrefilteredRegExp)
    .map((u) => ({ ...u, plain: new RegExp(u.filtered.source, u.filtered.flags) }));

  const agree = (text: string, lang?: string) => {
    for (const { name, filtered, plain } of unions) {
      if (lang && !name.startsWith(`${lang}.`) && !name.startsWith('en.')) continue;
      const a = plain.exec(text);
      const b = filtered.exec(text);
      if ((a?.index ?? -1) !== (b?.index ?? -1) || a?.[0] !== b?.[0]) {
        throw new Error(`${name} differs on ${JSON.stringify(text)}: ${JSON.stringify(a?.[0])} vs ${JSON.stringify(b?.[0])}`);
      }
    }
  };

  it(`on every sentence of the fixture policies (${fixtureSentences.length} sentences)`, () => {
    let matched = 0;
    for (const s of fixtureSentences) {
      agree(s.text, s.lang); // the unions of the sentence's language, and the English ones policies borrow
      if (unions.some((u) => u.plain.test(s.text))) matched++;
    }
    expect(matched).toBeGreaterThan(fixtureSentences.length / 3); // the check saw matches, not only misses
  });

  it('on generated texts made of lexicon words', () => {
    fc.assert(fc.property(generatedText, (text) => agree(text)), { numRuns: 400, seed: 20261123 });
  });

  it('on texts where a pattern matches only after its first word (keys from a later word)', () => {
    const choose = compile(['you (?:can|may) choose not to provide']) as PrefilteredRegExp;
    expect(choose).toBeInstanceOf(PrefilteredRegExp);
    expect(choose.test('Of course YOU MAY CHOOSE NOT TO PROVIDE it.')).toBe(true);
    expect(choose.test('You may decide not to give it.')).toBe(false);
  });

  it('keeps RegExp behaviour for matchAll, replace, split, global and sticky use', () => {
    const filter = prefilterOf(['data protection officer', 'DPO'])!;
    const re = new PrefilteredRegExp('(?<![\\p{L}\\p{N}])(?:(?:data protection officer)|(?:DPO))(?![\\p{L}\\p{N}])', 'giu', filter);
    const text = 'Write to our DPO. The Data Protection Officer answers. No dpos here.';
    expect([...text.matchAll(re)].map((m) => [m.index, m[0]])).toEqual([
      [13, 'DPO'],
      [22, 'Data Protection Officer'],
    ]);
    expect(text.replace(re, 'X')).toBe('Write to our X. The X answers. No dpos here.');
    expect(text.split(re)).toHaveLength(3);
    re.lastIndex = 5;
    expect(re.exec('nothing to see here')).toBeNull();
    expect(re.lastIndex).toBe(0);
    expect(mayMatch(filter, 'the officer')).toBe(false);
    expect(mayMatch(filter, 'the dpo')).toBe(true);
  });
});

describe('the numbered-key check answers as the key sets themselves', () => {
  /** The filter's rule written on the key strings: some pattern has each of its key sets met by a word of the text. */
  const reference = (sets: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>, text: string): boolean => {
    const own = keysOfText(text);
    return sets.some((pattern) => pattern.every((set) => [...set].some((k) => own.has(k))));
  };
  const filtered = LISTS.map(({ name, patterns }) => ({ name, filter: prefilterOf(patterns), sets: patterns.map((p) => requirementsOfPattern(p)!) })).filter(
    (f): f is { name: string; filter: NonNullable<ReturnType<typeof prefilterOf>>; sets: Array<Array<Set<string>>> } => f.filter !== null,
  );
  const agree = (text: string) => {
    for (const { name, filter, sets } of filtered) {
      if (mayMatch(filter, text) !== reference(sets, text)) throw new Error(`${name} differs on ${JSON.stringify(text)}`);
    }
  };

  it(`on every union over the fixture sentences (${fixtureSentences.length} sentences)`, () => {
    let met = 0;
    for (const s of fixtureSentences) {
      agree(s.text);
      if (filtered.some((f) => mayMatch(f.filter, s.text))) met++;
    }
    expect(met).toBeGreaterThan(fixtureSentences.length / 3);
  });

  it('on generated texts made of lexicon words', () => {
    fc.assert(fc.property(generatedText, (text) => agree(text)), { numRuns: 300, seed: 20261124 });
  });

  it('answers again from its kept verdicts as it answered first, also after new filters were made', () => {
    for (const s of fixtureSentences.slice(0, 500)) agree(s.text);
    prefilterOf(['quixotic zephyrs', 'vexingly jumbled'])!; // numbers new keys after the verdicts were kept
    for (const s of fixtureSentences.slice(0, 500)) agree(s.text);
    const text = 'Vexingly jumbled words and some quixotic zephyrs.';
    const before = prefilterOf(['zephyrs'])!;
    expect(mayMatch(before, text)).toBe(true);
    const after = prefilterOf(['jumbled words'])!;
    expect(mayMatch(after, text)).toBe(true);
    expect(mayMatch(before, text)).toBe(true);
    expect(mayMatch(prefilterOf(['absent gizmo'])!, text)).toBe(false);
  });

  it('asks for every key set of a pattern, not only the first', () => {
    const filter = prefilterOf(['you (?:can|may) choose not to provide'])!;
    expect(mayMatch(filter, 'you may choose a colour')).toBe(false);
    expect(mayMatch(filter, 'you may choose not to provide it')).toBe(true);
  });

  it('sees keys numbered after a text was first read (a filter made later)', () => {
    const text = 'Quuxwidget zorblatt frobnicate the gizmotron.';
    expect(keysOfText(text).has('zorbl')).toBe(true);
    expect(mayMatch(prefilterOf(['gizmotron'])!, text)).toBe(true); // the text's known keys are listed before the next filter exists
    const later = prefilterOf(['zorblatt frobnicate'])!;
    expect(mayMatch(later, text)).toBe(true);
    expect(mayMatch(later, 'zorblatt alone')).toBe(false);
  });
});

describe('matchAll on a filtered regex', () => {
  const plainOf = (re: RegExp) => new RegExp(re.source, re.flags);
  const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m.length]);
  const globals = LISTS.map(({ name, patterns }) => ({ name, re: compile(patterns, 'giu') }))
    .filter((u): u is { name: string; re: PrefilteredRegExp } => u.re instanceof PrefilteredRegExp)
    .map((u) => ({ ...u, plain: plainOf(u.re) }));

  it('finds what the plain regex finds, on the fixture policies and generated texts', () => {
    expect(globals.length).toBeGreaterThan(100);
    // Whole fixture policies (many matches per text), and generated texts.
    const texts = [
      ...readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ lang: f.slice(0, 2), text: readFileSync(path.join(FIXTURES, f), 'utf8') })),
      ...fc.sample(generatedText, { numRuns: 60, seed: 7 }).map((text) => ({ lang: '', text })),
    ];
    let found = 0;
    for (const { lang, text } of texts) {
      for (const { name, re, plain } of globals) {
        if (lang && !name.startsWith(`${lang}.`) && !name.startsWith('en.')) continue;
        const got = all(re, text);
        if (JSON.stringify(got) !== JSON.stringify(all(plain, text))) throw new Error(`${name} differs on ${JSON.stringify(text.slice(0, 80))}`);
        found += got.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('starts at lastIndex, leaves the regex as it was, and nests', () => {
    const filter = prefilterOf(['data', 'officer'])!;
    const source = '(?<![\\p{L}\\p{N}])(?:(?:data)|(?:officer))(?![\\p{L}\\p{N}])';
    const re = new PrefilteredRegExp(source, 'giu', filter);
    const plain = new RegExp(source, 'giu');
    const text = 'Data officer: the officer keeps data. DATA!';
    re.lastIndex = 5;
    plain.lastIndex = 5;
    expect(all(re, text)).toEqual(all(plain, text));
    expect(re.lastIndex).toBe(5);
    re.lastIndex = 0;
    plain.lastIndex = 0;
    const nested = (r: RegExp) => [...text.matchAll(r)].flatMap((a) => [...text.matchAll(r)].map((b) => `${a.index}:${b.index}`));
    expect(nested(re)).toEqual(nested(plain));
    const it1 = text.matchAll(re);
    it1.next();
    it1.return?.(undefined); // an iteration left early gives its copy back
    expect(all(re, text)).toEqual(all(plain, text));
  });

  it('steps over empty matches by code point, as RegExp does', () => {
    const filter = prefilterOf(['data'])!;
    const re = new PrefilteredRegExp('(?:data)?', 'gu', filter);
    const plain = new RegExp('(?:data)?', 'gu');
    const text = 'data 😀 ok data';
    expect(all(re, text)).toEqual(all(plain, text));
    const bytes = new PrefilteredRegExp('(?:data)?', 'g', filter);
    expect(all(bytes, text)).toEqual(all(new RegExp('(?:data)?', 'g'), text));
  });

  it('yields one match for a regex without the g flag', () => {
    const filter = prefilterOf(['data'])!;
    const re = new PrefilteredRegExp('data', 'iu', filter);
    const got = [...re[Symbol.matchAll]('data and data')].map((m) => m.index);
    expect(got).toEqual([...new RegExp('data', 'iu')[Symbol.matchAll]('data and data')].map((m) => m.index));
  });
});

describe('matches searched without the leading lookbehind', () => {
  // Code points before a word that the lookbehind `(?<![\p{L}\p{N}])` rejects or not: letters and digits of
  // several scripts, one outside the BMP, and U+0345, which only the case-insensitive class holds (it folds to "ι").
  const glue = fc.constantFrom('x', 'é', '7', 'ǅ', '\u0345', '𝐀', '\u24b6', '’', '-', '_', '😀', '.', '');
  const gluedText = fc
    .array(fc.tuple(glue, word, separator), { minLength: 1, maxLength: 14 })
    .map((parts) => parts.map(([g, w, s]) => g + w + s).join(''));
  const generated = [...fc.sample(gluedText, { numRuns: 150, seed: 11 }), ...fc.sample(generatedText, { numRuns: 50, seed: 12 })];
  /** A union's texts: the generated ones and the fixture sentences of its language. */
  const textsOf = (lang: string) => [...generated, ...fixtureSentences.filter((s) => s.lang === lang).map((s) => s.text)];
  const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m.length]);

  it.each(['iu', 'giu', 'gu'])('finds what the regex with its lookbehind finds, on every lexicon union (%s)', (flags) => {
    let compared = 0;
    let found = 0;
    for (const { lang, patterns } of LISTS) {
      const re = compile(patterns, flags);
      if (!(re instanceof PrefilteredRegExp)) continue;
      expect(headlessSource(re.source, true)).not.toBeNull();
      const plain = new RegExp(re.source, flags);
      for (const text of textsOf(lang)) {
        const got = flags.includes('g') ? all(re, text) : [re.exec(text)?.index, re.exec(text)?.[0]];
        const want = flags.includes('g') ? all(plain, text) : [plain.exec(text)?.index, plain.exec(text)?.[0]];
        if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${re.source.slice(0, 80)} /${flags} differs on ${JSON.stringify(text.slice(0, 80))}`);
        compared++;
        if (got[0] !== undefined) found++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(found).toBeGreaterThan(500);
  });

  it('rejects a match inside a word and finds the next one after it', () => {
    const filter = prefilterOf(['data', 'officer'])!;
    const source = '(?<![\\p{L}\\p{N}])(?:(?:data)|(?:officer))(?![\\p{L}\\p{N}])';
    for (const flags of ['giu', 'gu']) {
      const re = new PrefilteredRegExp(source, flags, filter);
      const plain = new RegExp(source, flags);
      for (const text of ['xdata data', 'x\u0345data data', '\u0345data', '𝐀data-officer', 'ab1data', 'xdata', '😀data']) {
        expect(all(re, text)).toEqual(all(plain, text));
      }
    }
    expect(all(new PrefilteredRegExp(source, 'giu', filter), 'xdata data officer')).toEqual([[6, 'data', 1], [11, 'officer', 1]]);
  });

  it('keeps the lookbehind in the regex when it does not apply to every alternative', () => {
    expect(headlessSource('(?<![\\p{L}\\p{N}])(?:data)|officer', true)).toBeNull();
    expect(headlessSource('(?<![\\p{L}\\p{N}])(?:data)(?![\\p{L}\\p{N}])', false)).toBeNull();
    expect(headlessSource('(?<![\\p{L}\\p{N}])(?:data)(?![\\p{L}\\p{N}])', true)).toBe('(?:data)(?![\\p{L}\\p{N}])');
    const filter = prefilterOf(['data', 'officer'])!;
    const re = new PrefilteredRegExp('(?<![\\p{L}\\p{N}])(?:data)|officer', 'giu', filter);
    expect(all(re, 'xdata officer')).toEqual(all(new RegExp(re.source, 'giu'), 'xdata officer'));
    expect(all(re, 'xdata officer')).toEqual([[6, 'officer', 1]]);
  });
});

describe('long texts searched line by line', () => {
  const filler = 'Nothing to see on this line, only words about the weather and the sea.\n'.repeat(40);

  it('knows which patterns stay within a line', () => {
    expect(staysWithinLine('privacy (?:policy|notice)')).toBe(true);
    expect(staysWithinLine("d['’]accès")).toBe(true);
    expect(staysWithinLine('e\\.g\\.,?')).toBe(true);
    expect(staysWithinLine('\\p{L}+ data')).toBe(true);
    for (const p of ['right\\s+to', '[^)]{0,80}', '^consent', 'consent$', '(?:\\S+ ){0,3}\\W+x', '\\p{White_Space}', 'a\\nb', '\\x0a', '\\P{L}']) {
      expect(staysWithinLine(p)).toBe(false);
    }
  });

  const both = (patterns: string[], flags: string) => {
    const re = compile(patterns, flags);
    return { re, plain: new RegExp(re.source, re.flags) };
  };
  const runs = (re: RegExp, text: string) => {
    const out: Array<[number, string, number]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push([m.index, m[0], re.lastIndex]);
      expect(m.input).toBe(text);
      if (!re.global) break;
    }
    return out;
  };

  it('finds the same matches as the whole-text search, with whole-text offsets', () => {
    const text = `${filler}Our data protection officer reads\nyour mail. The Data Protection Officer\n${filler}Write to the data protection officer.`;
    for (const flags of ['giu', 'iu']) {
      const { re, plain } = both(['data protection officer', 'mail'], flags);
      expect(text.length).toBeGreaterThan(2000);
      expect(runs(re, text)).toEqual(runs(plain, text));
      expect(runs(re, text).length).toBeGreaterThan(0);
    }
  });

  it('searches the whole text when a pattern may cross a line break', () => {
    const text = `${filler}the right\nto object applies`;
    const { re, plain } = both(['right\\s+to object'], 'giu');
    expect(runs(plain, text)).toHaveLength(1);
    expect(runs(re, text)).toEqual(runs(plain, text));
  });

  it('starts at lastIndex and resets it when nothing is left', () => {
    const text = `${filler}data officer here\n${filler}data officer again`;
    const { re, plain } = both(['data officer'], 'giu');
    for (const from of [0, 5, filler.length + 3, filler.length + 30, text.length - 5, text.length, text.length + 9]) {
      re.lastIndex = from;
      plain.lastIndex = from;
      const a = re.exec(text);
      const b = plain.exec(text);
      expect([a?.index, a?.[0], re.lastIndex]).toEqual([b?.index, b?.[0], plain.lastIndex]);
    }
  });
});

describe('keys of a text', () => {
  /** The keys as the regex reading gives them: each match of WORD, folded, cut to its key. */
  const reference = (text: string) =>
    new Set([...text.matchAll(WORD)].map((m) => foldWord(m[0])).map((f) => (f.length >= 5 ? f.slice(0, 5) : f + '$')));
  const piece = fc.oneof(
    word,
    separator,
    fc.constantFrom('😀', '𝒜𝒷c', '\ud800', '\udc00', 'ſtored', '\u212aey', 'STRAẞE', 'İstanbul', 'ǅemal', 'Ünïcode', '123', 'abc123', 'x'),
  );

  it('are the folded keys of the words the WORD regex reads', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(keysOfText(text)).toEqual(reference(text));
      }),
      { numRuns: 600, seed: 99 },
    );
    for (const s of fixtureSentences.slice(0, 800)) expect(keysOfText(s.text)).toEqual(reference(s.text));
  });
});
