import type { Lang } from '../types';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import it from './it';
import nl from './nl';
import { compileNow } from '../native-regex';
import { prefilterOf, PrefilteredRegExp } from '../prefilter';
import type { Lexicon, Pattern } from './types';

/** Lexicons by language. Adding a language is adding a data file here. */
export const LEXICONS: Record<Lang, Lexicon> = deepFreeze({ en, fr, de, nl, it, es });

/** Freezes the lexicon data: it is constant, and `compile` caches regexes by the identity of its arrays. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

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
  // Lexicon arrays are constant and mostly passed as they are: look the array itself up first,
  // so the patterns are joined into a key only for a list built on the fly.
  let byFlags = byArray.get(patterns);
  let re = byFlags?.get(flags);
  if (re) return re;
  // A list built on the fly (a new array per call, of the same constant pattern strings): found
  // by its length and ends, then compared pattern by pattern, before joining it into a key.
  const sig = `${flags}\u0000${patterns.length}\u0000${patterns[0] ?? ''}\u0000${patterns[patterns.length - 1] ?? ''}`;
  const seen = bySignature.get(sig);
  if (seen) for (const [list, known] of seen) if (sameList(list, patterns)) return known;
  const key = flags + '\u0000' + patterns.join('\u0001');
  re = cache.get(key);
  if (!re) {
    const body = patterns.length ? patterns.map((p) => `(?:${p})`).join('|') : '(?!)';
    const source = `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
    // Most sentences hold none of the words a union looks for: when the patterns say which
    // words its matches contain, sentences without them are skipped before the regex runs.
    const filter = patterns.length ? prefilterOf(patterns) : null;
    re = filter ? new PrefilteredRegExp(source, flags, filter).compileNow() : compileNow(new RegExp(source, flags));
    cache.set(key, re);
  }
  // Only frozen arrays (the lexicons, `patternsOf` lists) are keyed by identity: a caller's own array may change.
  if (Object.isFrozen(patterns)) {
    if (!byFlags) byArray.set(patterns, (byFlags = new Map()));
    byFlags.set(flags, re);
  } else {
    if (!seen) bySignature.set(sig, [[[...patterns], re]]);
    else if (seen.length < 8) seen.push([[...patterns], re]);
  }
  return re;
}
const byArray = new WeakMap<readonly Pattern[], Map<string, RegExp>>();
/** Lists built on the fly, by flags, length and first and last pattern: a copy of each list and its regex. */
const bySignature = new Map<string, Array<[readonly Pattern[], RegExp]>>();

function sameList(a: readonly Pattern[], b: readonly Pattern[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
