import { describe, expect, it } from 'vitest';
import { compile, LEXICONS } from '../../analyzers/lexicon';
import { LANGUAGES } from '../../analyzers/types';

type Leaf = { path: string; patterns: string[] };

/** Every list of patterns in a lexicon, with its path (e.g. "rights.rights.access"). */
function leaves(value: unknown, path: string[] = []): Leaf[] {
  if (Array.isArray(value)) return [{ path: path.join('.'), patterns: value as string[] }];
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [];
}

describe('lexicons', () => {
  it('exist for every supported language with the same sections', () => {
    const shape = (lang: string) =>
      leaves(LEXICONS[lang as keyof typeof LEXICONS]).map((l) => l.path).filter((p) => !p.startsWith('transfers.countries') && !p.startsWith('retention.numbers'));
    for (const lang of LANGUAGES) expect(shape(lang), lang).toEqual(shape('en'));
  });

  describe.each(LANGUAGES.map((l) => [l]))('%s', (lang) => {
    const lists = leaves(LEXICONS[lang]);

    it.each(lists.map((l) => [l.path, l.patterns] as const))('%s: patterns are non-empty strings that compile', (_p, patterns) => {
      for (const p of patterns) {
        expect(typeof p).toBe('string');
        expect(p.trim().length, `empty pattern in ${_p}`).toBeGreaterThan(0);
        expect(p, 'leading/trailing space').toBe(p.trim());
        expect(() => new RegExp(p, 'iu'), p).not.toThrow();
        // A pattern that matches the empty string would match every sentence.
        expect(new RegExp(`^(?:${p})$`, 'iu').test(''), `${p} matches the empty string`).toBe(false);
      }
      expect(() => compile(patterns)).not.toThrow();
    });

    it.each(lists.map((l) => [l.path, l.patterns] as const))('%s: no duplicate patterns', (_p, patterns) => {
      const lower = patterns.map((p) => p.toLowerCase());
      const dups = lower.filter((p, i) => lower.indexOf(p) !== i);
      expect(dups).toEqual([]);
    });
  });
});

describe('compile', () => {
  it.each([
    [['data controller'], 'The data controller is X.', true],
    [['data controller'], 'The datacontroller is X.', false],
    [['droit d.accès'], "Vous avez le droit d'accès.", true],
    [['Art'], 'Artikel 6', false],
    [['Einwilligung'], 'Ihre Einwilligung', true],
    [['Einwilligung'], 'Einwilligungen', false],
    [[], 'anything', false],
  ])('%j on %j -> %s', (patterns, text, expected) => {
    expect(compile(patterns as string[]).test(text)).toBe(expected);
  });
});
