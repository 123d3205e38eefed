import { compile } from './lexicon';
import type { TransfersLexicon } from './lexicon/types';

/**
 * EEA members (EU 27 + Iceland, Liechtenstein, Norway): transfers among them are
 * not third-country transfers (GDPR Chapter V; EEA Agreement).
 */
export const EEA = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
]);

/** A country named in a string. */
export interface CountryMatch {
  code: string;
  start: number;
  end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CountryRegexes {
  /** Names matched case-insensitively. */
  folded: RegExp | null;
  /** All-capital abbreviations ("US", "UK") matched as written, so "us" is not the United States. */
  exact: RegExp | null;
  codes: Map<string, string>;
}

const cache = new WeakMap<TransfersLexicon, CountryRegexes>();

function build(keys: string[], flags: string): RegExp | null {
  if (keys.length === 0) return null;
  const alts = keys.sort((a, b) => b.length - a.length).map((k) => escape(k).replace(/ /g, '\\s+'));
  // One union with letter/digit boundaries, like the lexicon sections (and filtered like them:
  // most sentences name no country).
  return compile(alts, flags);
}

function regexes(lex: TransfersLexicon): CountryRegexes {
  let hit = cache.get(lex);
  if (hit) return hit;
  const codes = new Map<string, string>();
  const folded: string[] = [];
  const exact: string[] = [];
  for (const [name, code] of Object.entries(lex.countries)) {
    const isAbbreviation = /\p{Lu}/u.test(name) && name === name.toUpperCase();
    if (isAbbreviation) {
      exact.push(name);
      codes.set(name, code);
    } else {
      folded.push(name.toLowerCase());
      codes.set(name.toLowerCase().replace(/\s+/g, ' '), code);
    }
  }
  hit = { folded: build(folded, 'giu'), exact: build(exact, 'gu'), codes };
  cache.set(lex, hit);
  return hit;
}

/** Countries named in a string (per the lexicon's names), in order of appearance. */
export function findCountries(text: string, lex: TransfersLexicon): CountryMatch[] {
  const { folded, exact, codes } = regexes(lex);
  const out: CountryMatch[] = [];
  for (const [re, fold] of [
    [folded, true],
    [exact, false],
  ] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const key = fold ? m[0].toLowerCase().replace(/\s+/g, ' ') : m[0];
      const code = codes.get(key);
      if (code) out.push({ code, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True for EEA members: a transfer to them is not a third-country transfer. */
export function isEea(code: string): boolean {
  return EEA.has(code);
}
