/**
 * languageScores reads words with a loop instead of /\p{L}+/gu: the words (and so the scores)
 * must be those of the regex, surrogate pairs, lone surrogates and word limits included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageScores } from '../../analyzers/language';

/** The scores as the regex reading computes them. */
function reference(text: string, maxWords = 20000): Record<string, number> {
  const stop: Record<string, string[]> = {};
  // The stop-word lists are private: recover them from single-word scores.
  const scores: Record<string, number> = { en: 0, fr: 0, de: 0, nl: 0, it: 0, es: 0 };
  const lower = text.toLowerCase();
  let n = 0;
  for (const m of lower.matchAll(/\p{L}+/gu)) {
    if (n >= maxWords) break;
    n++;
    const one = (stop[m[0]] ??= Object.entries(languageScores(m[0])).filter(([, v]) => v > 0).map(([k]) => k));
    for (const lang of one) scores[lang]!++;
  }
  for (const lang of Object.keys(scores)) scores[lang] = scores[lang]! / Math.max(1, n);
  return scores;
}

const piece = fc.oneof(
  fc.constantFrom('the', 'and', 'Der', 'UND', 'vous', 'de', 'gegevens', 'datos', 'İstanbul', 'ǅemal', 'straße', 'x', 'données'),
  fc.constantFrom(' ', ', ', '\n', '😀', '𝒜𝒷', '\ud800', '\udc00', '’', '-', '1', '_'),
  fc.string({ maxLength: 4 }),
);

describe('languageScores word reading', () => {
  it('matches the regex reading on generated texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom(20000, 3, 1), (parts, maxWords) => {
        const text = parts.join('');
        expect(languageScores(text, maxWords)).toEqual(reference(text, maxWords));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('counts a word after an astral letter and stops at maxWords', () => {
    expect(languageScores('𝒜 the and', 20000).en).toBeCloseTo(2 / 3);
    expect(languageScores('the xyz and and', 2).en).toBeCloseTo(1 / 2);
  });
});
