/**
 * Warming the analysis up before the first page arrives.
 *
 * A browser stops an idle extension service worker; the next analysis then
 * pays for loading the NLP model and, mostly, for V8 compiling the lexicon
 * regexes on their first runs (about half a second for an English policy,
 * measured by `npm run bench`, "cold start"). The popup asks the background
 * to warm up as soon as it opens, so this work overlaps the moment the
 * person takes to click "Analyse". The warm-up analyses a text made of the
 * lexicon's own words, a few to a line, so that each section's words are met
 * and its regex runs (and is compiled) at least twice, as on a real policy.
 * Nothing of it is stored or shown.
 */
import { buildDocument } from './document';
import { compile, LEXICONS } from './lexicon';
import { mayMatch, PrefilteredRegExp } from './prefilter';
import type { Lexicon } from './lexicon/types';
import { extractFacts, runChecklist } from './pipeline';
import type { Lang } from './types';

/** Words per line of the warm-up text: short lines, like sentences, so that each regex runs on several. */
const WORDS_PER_LINE = 10;

/** Every word the lexicon's patterns are written with, in order of first appearance. */
function lexiconWords(lex: Lexicon): string[] {
  const words = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') for (const w of value.match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(lex);
  return [...words];
}

/** The warm-up text of a language: its lexicon's words (and the English ones policies borrow), twice over. */
export function warmUpText(lang: Lang): string {
  const words = [...new Set([...lexiconWords(LEXICONS[lang]), ...(lang === 'en' ? [] : lexiconWords(LEXICONS.en))])];
  const lines: string[] = [];
  const addLines = (list: string[]) => {
    for (let i = 0; i < list.length; i += WORDS_PER_LINE) lines.push(list.slice(i, i + WORDS_PER_LINE).join(' ') + '.');
  };
  addLines(words);
  // A section whose words never meet on one of these lines (its regex would be skipped by its prefilter) gets
  // lines of its own words: the words a pattern needs together then meet.
  for (const list of patternLists(LEXICONS[lang])) {
    const re = compile(list);
    if (!(re instanceof PrefilteredRegExp)) continue;
    let runs = 0;
    for (const line of lines) if (mayMatch(re.filter, line) && ++runs >= 2) break;
    if (runs < 2) addLines([...new Set(list.flatMap((p) => p.match(/[\p{L}\p{N}]+/gu) ?? []))]);
  }
  // Twice: V8 compiles a regex to machine code on its second run.
  return [...lines, ...lines].join('\n');
}

/** Every list of patterns (section) of a lexicon. */
function patternLists(lex: Lexicon): string[][] {
  const out: string[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      if (value.length && value.every((v) => typeof v === 'string')) out.push(value as string[]);
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(lex);
  return out;
}

const warmed = new Set<Lang>();

/** Runs the rules of each language once on its warm-up text (once per process); returns the languages warmed now. */
export function warmUp(langs: readonly Lang[]): Lang[] {
  const done: Lang[] = [];
  for (const lang of langs) {
    if (warmed.has(lang)) continue;
    warmed.add(lang);
    const doc = buildDocument(warmUpText(lang), lang);
    runChecklist(doc, extractFacts(doc));
    done.push(lang);
  }
  return done;
}
