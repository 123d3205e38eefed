import { sentenceEvidence, type PolicyDocument, type Sentence } from './document';
import { compile } from './lexicon';
import type { Pattern } from './lexicon/types';
import { patternsOf } from './match';
import type { Evidence } from './types';
import { compileNow } from './native-regex';

/**
 * Names a policy gives when it names no controller: the product it covers ("This privacy policy
 * applies to the Name app", "Name Privacy Policy") and a person or team that runs the service
 * ("created by Name (hereby referred to as the "Service Provider")"). Pure text rules over the lexicon.
 */

export const RULE_PRODUCT = 'controller-product';
export const RULE_DEFINED_PARTY = 'controller-defined-party';

export interface FoundName {
  name: string;
  evidence: Evidence;
  /** The name reads as a person's name (two to four plain words, none a product word): a natural person's identity. */
  person?: boolean;
}

/** One word of a product name: capitalised, a number, or camel case ("iThing"); "&" and "+" join words. */
const TOKEN = String.raw`(?:[\p{Lu}\p{N}]|\p{Ll}\p{Lu})[\p{L}\p{N}'’.&+_-]*`;
const RUN = compileNow(new RegExp(String.raw`${TOKEN}(?:\s+(?:${TOKEN}|[&+]))*`, 'uy'));
const RUN_AT_END = compileNow(new RegExp(String.raw`(${TOKEN}(?:\s+(?:${TOKEN}|[&+]))*)\s*$`, 'u'));
const NAME_LIKE = compileNow(new RegExp(String.raw`^(?:${TOKEN}|[&+])$`, 'u'));
const MAX_WORDS = 6;
/** A web address right after a lead ("our website address is: https://www.example.org"): its host names the site. */
const SITE_ADDRESS = compileNow(/^\s*(?:address\s+is\s*)?:?\s*(?:https?:\/\/)?(?:www\.)?((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?![\p{L}\p{N}./-]*[\p{L}\p{N}]@)/u);
/** Short function words that may join the words of a product name in a title ("Bible in a Year", "Journal de Bord"). */
const TITLE_JOINER = /^(?:a|an|the|of|in|on|for|to|and|at|by|my|your|de|du|des|la|le|les|et|di|del|della|e|y|el|en|van|von|und|der|die|das|het|een|zu|im)$/u;
/** Headings this close to the top can be the policy's title. */
const TITLE_WITHIN = 8;

const anchoredCache = new Map<string, RegExp>();
function anchored(patterns: readonly Pattern[]): RegExp {
  const source = `^(?:${patterns.map((p) => `(?:${p})`).join('|') || '(?!)'})$`;
  let re = anchoredCache.get(source);
  if (!re) anchoredCache.set(source, (re = compileNow(new RegExp(source, 'iu'))));
  return re;
}

interface Rx {
  lead: RegExp;
  makers: RegExp;
  nouns: RegExp;
  titles: RegExp;
  role: RegExp;
  operator: RegExp;
  generic: RegExp;
  /** Words a name may end with and lose: "app", "website", "privacy policy", "we". */
  trailing: RegExp;
  trading: RegExp;
  alias: RegExp;
}

const aliasCache = new WeakMap<readonly Pattern[], RegExp>();
function rxOf(doc: PolicyDocument): Rx {
  const nouns = patternsOf(doc, (l) => l.controller.productNouns, true);
  let alias = aliasCache.get(nouns);
  if (!alias) {
    // (the "App"), (hereinafter « l'Application »): a parenthesis that defines the name before it as the product.
    const body = nouns.map((p) => `(?:${p})`).join('|');
    alias = new RegExp(String.raw`^\(\s*[^()"“”«»„]{0,50}?[“"‘'«„]\s*(?:\p{L}+(?:['’]|\s+))?(?:${body})\s*[”"’'»“]`, 'iu');
    aliasCache.set(nouns, alias);
  }
  return {
    lead: compile(patternsOf(doc, (l) => l.controller.productLead, true), 'giu'),
    makers: compile(patternsOf(doc, (l) => l.controller.productMakers, true), 'giu'),
    nouns: compile(nouns),
    titles: compile(patternsOf(doc, (l) => l.controller.productTitles, true), 'giu'),
    role: compile(patternsOf(doc, (l) => l.controller.definedRole, true)),
    operator: compile(patternsOf(doc, (l) => l.controller.operatorPhrases, true), 'giu'),
    generic: anchored(
      patternsOf(doc, (l) => [...l.controller.productGeneric, ...l.controller.productNouns, ...l.controller.notNames, ...l.controller.productTitles], true),
    ),
    trailing: anchored(patternsOf(doc, (l) => [...l.controller.productNouns, ...l.controller.notNames, ...l.controller.productTitles], true)),
    trading: anchored(patternsOf(doc, (l) => l.controller.tradingWords, true)),
    alias,
  };
}

/**
 * All matches of a global lexicon regex in a text, read in the whole text (its word-edge lookbehind sees
 * the character before). An exec loop, collected before use: most texts have none, and the filtered
 * regex answers those at once, where matchAll would lend out a copy first.
 */
function matches(re: RegExp, text: string): Array<{ index: number; end: number }> {
  const out: Array<{ index: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ index: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** Drops generic words at either end ("the", "app", "Privacy"): what remains is the name, or null. */
function cleanName(rx: Rx, words: string[]): string | null {
  const ws = words.map((w) => w.replace(/[.,;:'’-]+$/u, '')).filter(Boolean);
  while (ws.length && rx.generic.test(ws[0]!)) ws.shift();
  while (ws.length && (rx.trailing.test(ws.at(-1)!) || /^[&+]$/u.test(ws.at(-1)!))) ws.pop();
  // A name that ends in an audience or an adjective ("California Residents", "Free") is not a product's name.
  if (ws.length && rx.generic.test(ws.at(-1)!)) return null;
  if (!ws.length || ws.length > MAX_WORDS) return null;
  if (ws.every((w) => rx.generic.test(w) || /^[&+\p{N}]+$/u.test(w))) return null;
  return ws.join(' ');
}

/** The run of name words starting at `at` (after spaces, an opening parenthesis or quote). */
function runAt(text: string, at: number): { words: string[]; end: number } | null {
  const skip = /^[\s(“"'‘«„]*/u.exec(text.slice(at))![0].length;
  RUN.lastIndex = at + skip;
  const m = RUN.exec(text);
  if (!m) return null;
  return { words: m[0].split(/\s+/u), end: m.index + m[0].length };
}

/** A product noun right after `at`, with at most one word between ("Name studio app"). */
function nounFollows(rx: Rx, text: string, at: number): boolean {
  const rest = text.slice(at);
  const m = rx.nouns.exec(rest);
  if (!m) return false;
  const between = rest.slice(0, m.index);
  return /^[\s-]*(?:[\p{L}\p{N}]+[\s-]+)?$/u.test(between);
}

function productInSentence(rx: Rx, s: Sentence, title: boolean): string | null {
  const text = s.text;
  // "this privacy policy applies to (the) Name", "our app Name", "My app (Name)".
  for (const m of matches(rx.lead, text)) {
    const run = runAt(text, m.end);
    const name = run && cleanName(rx, run.words);
    if (name) return name;
    // "Our website address is: https://example.org": the site is named by its address (WordPress privacy page).
    const site = SITE_ADDRESS.exec(text.slice(m.end, m.end + 120));
    if (site) return site[1]!;
  }
  // "built the Name app": the verb alone says nothing, the product noun after the name does.
  for (const m of matches(rx.makers, text)) {
    const run = runAt(text, m.end);
    const name = run && nounFollows(rx, text, run.end) ? cleanName(rx, run.words) : null;
    if (name) return name;
  }
  // Name (the "App").
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    if (!rx.alias.test(text.slice(at, at + 120))) continue;
    const before = RUN_AT_END.exec(text.slice(0, at));
    const name = before?.[1] ? cleanName(rx, before[1].split(/\s+/u)) : null;
    if (name) return name;
  }
  if (title) return titleName(rx, text);
  return null;
}

/** "Name Privacy Policy", "Name app - Privacy Policy", "Privacy Policy of Name": a title that is the name and the title words. */
function titleName(rx: Rx, line: string): string | null {
  const text = line.replace(/^#+\s*/u, '').replace(/[\s.:]+$/u, '');
  for (const m of matches(rx.titles, text)) {
    let part: string;
    if (m.end === text.length) part = text.slice(0, m.index);
    else if (m.index === 0) part = text.slice(m.end);
    else continue;
    const words = part
      .replace(/^[\s\-–—:|]+|[\s\-–—:|]+$/gu, '')
      .split(/\s+/u)
      .filter(Boolean);
    // Generic words at the ends go ("app", "the"); what remains must read as a name throughout.
    const name = cleanName(rx, words);
    // "Bible in a Year", "Psalm a Day": short lower-case joiners may stand inside a name, never at its ends.
    if (name && name.split(' ').every((w, i, all) => NAME_LIKE.test(w) || (i > 0 && i < all.length - 1 && TITLE_JOINER.test(w)))) return name;
  }
  return null;
}

/** The product, app, site or service the policy covers, named in ordinary policy wording. */
export function findProductName(doc: PolicyDocument): FoundName | null {
  const rx = rxOf(doc);
  for (const s of doc.sentences) {
    const title = s.heading && s.index < TITLE_WITHIN;
    const name = productInSentence(rx, s, title || s.index === 0);
    if (name) return { name, evidence: sentenceEvidence(s, RULE_PRODUCT) };
  }
  return null;
}

/**
 * "created by Name (hereby referred to as the "Service Provider")": the policy names the party who runs
 * the service and defines it by that role. A natural person can be a controller (Art. 4(7) GDPR), so the
 * name is the controller's identity whatever its case: personal names are often written in lower case here.
 */
export function findDefinedParty(doc: PolicyDocument): FoundName | null {
  const rx = rxOf(doc);
  for (const s of doc.sentences) {
    for (const m of matches(rx.operator, s.text)) {
      const after = s.text.slice(m.end);
      const run = /^\s+(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3})\s*(?=\()/u.exec(after);
      if (!run) continue;
      const words = run[1]!.split(/\s+/u);
      if (words.some((w) => rx.generic.test(w.replace(/[.'’-]+$/u, '')))) continue;
      const role = rx.role.exec(after.slice(run[0].length));
      if (!role || role.index !== 0) continue;
      // "Jane Roe", "jane roe": plain words; "DiCodes", "Blue Whale Games" read as a trading name, not a person.
      const person = words.length >= 2 && words.every((w) => /^\p{L}[\p{Ll}'’.-]*$/u.test(w) && !rx.trailing.test(w) && !rx.trading.test(w));
      return { name: run[1]!, evidence: sentenceEvidence(s, RULE_DEFINED_PARTY), person };
    }
  }
  return null;
}

/** The rule id of a person named as the maker of the app ("Jane Roe built the Example app as a free app"). */
export const RULE_MAKER_PERSON = 'controller-maker-person';

/**
 * "Jane Roe built the Example app as a free app" (app-generator templates): the sentence opens with the name
 * of the natural person who made the app the policy covers, and who runs it. A natural person can be the
 * controller (Art. 4(7) GDPR): the name is the controller's identity. Trading names ("Blue Whale Games",
 * "DiCodes", "Foo Studio") and "we" do not read as a person.
 */
export function findMakerPerson(doc: PolicyDocument): FoundName | null {
  const rx = rxOf(doc);
  for (const s of doc.sentences) {
    for (const m of matches(rx.makers, s.text)) {
      const words = s.text.slice(0, m.index).trim().split(/\s+/u).filter(Boolean);
      if (words.length < 2 || words.length > 4 || !rx.nouns.test(s.text.slice(m.end))) break;
      const person = words.every((w) => /^\p{Lu}[\p{Ll}'’.-]*$/u.test(w) && !rx.generic.test(w) && !rx.trading.test(w));
      if (person) return { name: words.join(' '), evidence: sentenceEvidence(s, RULE_MAKER_PERSON), person };
      break;
    }
  }
  return null;
}
