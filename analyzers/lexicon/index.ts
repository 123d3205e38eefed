import type { Lang } from '../types';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import it from './it';
import nl from './nl';
import type { Lexicon, Pattern } from './types';

/** Lexicons by language. Adding a language is adding a data file here. */
export const LEXICONS: Record<Lang, Lexicon> = { en, fr, de, nl, it, es };

/** The lexicon of a language. */
export function getLexicon(lang: Lang): Lexicon {
  return LEXICONS[lang];
}

const cache = new Map<string, RegExp>();

/**
 * Compiles phrase patterns into one case-insensitive Unicode regex with word
 * boundaries (letters and digits of any script count as word characters).
 * Cached: lexicons are constant.
 */
export function compile(patterns: readonly Pattern[], flags = 'iu'): RegExp {
  const key = flags + '\u0000' + patterns.join('\u0001');
  let re = cache.get(key);
  if (!re) {
    const body = patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : '(?!)';
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
    cache.set(key, re);
  }
  return re;
}
