import type { Extractor } from '../analyzer';
import { findLegalNames, normalizeName, wordsAfter } from '../controller-name';
import { sentenceAt, sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import { codePointAt, codePointBefore, codePointClass, lexiconOf, occursWhere, patternsOf } from '../match';
import type { RecipientFinding } from '../types';
import { findController } from './controller';

const MAX = 30;
// Code point classes of the lookarounds around a word (see `ordinary` below).
const NOT_BEFORE_WORD = codePointClass(/^[\p{L}\p{N}@./_-]$/u);
const NOT_AFTER_WORD = codePointClass(/^[\p{L}\p{N}@_-]$/u);

/** Finds named recipients (processors, third parties): organisations named where the policy talks about sharing or providers. */
export function findRecipients(doc: PolicyDocument): RecipientFinding[] {
  const context = compile(patternsOf(doc, (l) => [...l.recipients.sharing, ...l.recipients.categories, ...l.recipients.namedCues], true));
  const cues = compile(patternsOf(doc, (l) => l.recipients.namedCues, true), 'giu');
  const generic = compile(
    patternsOf(
      doc,
      (l) => [
        ...l.recipients.categories,
        ...l.recipients.vague,
        ...l.policy.indicators,
        ...l.controller.euRegion,
        ...l.controller.selfReference,
        ...l.controller.controllerPhrases,
        ...l.dpo.terms,
      ],
      true,
    ),
    // Sticky: only "does a generic phrase start the candidate" is asked, so no other position is tried.
    'iuy',
  );
  const nounsCapitalised = lexiconOf(doc).recipients.nounsCapitalised;
  // A word also written in lower case in the text ("Your", "Personal", "Controller") is an
  // ordinary word; a name made only of such words is not a name.
  const lowerCache = new Map<string, boolean>();
  const ordinary = (word: string): boolean => {
    let v = lowerCache.get(word);
    if (v === undefined) {
      // = new RegExp(`(?<![\\p{L}\\p{N}@./_-])${escaped lower-case word}(?![\\p{L}\\p{N}@_-])`, 'u').test(doc.text)
      const text = doc.text;
      v = !/^\p{Lu}/u.test(word) || occursWhere(text, word.toLowerCase(), (a, b) => !NOT_BEFORE_WORD(codePointBefore(text, a)) && !NOT_AFTER_WORD(codePointAt(text, b)));
      lowerCache.set(word, v);
    }
    return v;
  };
  // Written like a name: inner capitals, all capitals, digits ("reCAPTCHA", "IONOS", "G2").
  const nameLike = (w: string) => /\p{Ll}\p{Lu}|^\p{Lu}{3,}$|\p{N}/u.test(w);
  const plausible = (name: string): string | null => {
    const words = name.split(/\s+/u);
    while (words.length > 1 && ordinary(words[0]!) && !nameLike(words[0]!)) words.shift();
    if (words.every((w) => ordinary(w) && !nameLike(w))) return null;
    // In German every noun is capitalised: a lone plain word after a cue is a noun.
    if (nounsCapitalised && words.length === 1 && !nameLike(words[0]!)) return null;
    if (words.length === 1 && /^\p{Lu}{1,2}$/u.test(words[0]!)) return null;
    return words.join(' ');
  };
  const controller = findController(doc).name;
  const own = controller ? normalizeName(doc, controller) : null;
  const out = new Map<string, RecipientFinding>();
  const add = (name: string, start: number) => {
    const key = normalizeName(doc, name);
    if (!key || key === own || out.size >= MAX) return;
    const s = sentenceAt(doc, start);
    if (!s) return;
    const found = out.get(key);
    if (found) {
      if (found.evidence.length < 3 && !found.evidence.some((e) => e.start === s.start)) found.evidence.push(sentenceEvidence(s, 'recipient'));
      return;
    }
    out.set(key, { name, evidence: [sentenceEvidence(s, 'recipient')] });
  };
  // Many names can sit in one long sentence: test each sentence once.
  const inContext = new Map<number, boolean>();
  const sharingSentence = (s: Sentence): boolean => {
    let v = inContext.get(s.index);
    if (v === undefined) inContext.set(s.index, (v = context.test(s.text)));
    return v;
  };
  for (const n of findLegalNames(doc)) {
    const s = sentenceAt(doc, n.start);
    if (!s) continue;
    if (sharingSentence(s)) add(n.name, n.start);
    else {
      // A letterhead reading may have taken the service's words too ("Example Cloud (Example Ltd"): the provider is in the bracket.
      const open = doc.text.lastIndexOf('(', n.end);
      const from = open >= n.start ? open + 1 + (/^\s*/u.exec(doc.text.slice(open + 1, n.end))?.[0].length ?? 0) : n.start;
      if (serviceLine(doc.text, s, from, n.end)) add(doc.text.slice(from, n.end), from);
    }
  }
  // "such as X, Y and Z", "provided by X": capitalised names after a cue in a sharing sentence.
  for (const s of doc.sentences) {
    if (out.size >= MAX) break;
    if (!sharingSentence(s)) continue;
    cues.lastIndex = 0;
    for (const m of s.text.matchAll(cues)) {
      let at = s.start + m.index + m[0].length;
      for (let k = 0; k < 6 && at < s.end; k++) {
        const w = wordsAfter(doc.text, at, s.end);
        if (!w.words.length || w.start - at > 3) break;
        // "[Developer/Company name]": a template's placeholder left unfilled names nobody.
        if (/[[{<]/u.test(doc.text[w.start - 1] ?? '')) break;
        // "Mailfinch and Paylark": lower-case words inside a run separate list items.
        let offset = w.start;
        for (const part of doc.text.slice(w.start, w.end).split(/(\s+\p{Ll}+\s+)/u)) {
          const isItem = !/^\s+\p{Ll}+\s+$/u.test(part);
          generic.lastIndex = 0;
          const startsGeneric = isItem && generic.test(part);
          const name = isItem && !startsGeneric && /\p{L}{2,}/u.test(part) ? plausible(part) : null;
          if (name) add(name, offset + part.lastIndexOf(name));
          offset += part.length;
        }
        // Next item of a list: ", Y" or " and Y".
        const rest = /^\s*(?:,|;|\/|\p{Ll}{1,3}\s)\s*/u.exec(doc.text.slice(w.end, w.end + 6));
        if (!rest) break;
        at = w.end + rest[0].length;
      }
    }
  }
  return [...out.values()];
}

/**
 * A line naming a service and, in brackets, the company that provides it ("Matomo Cloud (Example Analytics Ltd)",
 * the service lists of policy generators): the provider is a recipient of the data the service processes.
 */
function serviceLine(text: string, s: Sentence, start: number, end: number): boolean {
  if (!/\(\s*$/u.test(text.slice(Math.max(s.start, start - 3), start)) || !/^\s*\)\s*$/u.test(text.slice(end, s.end))) return false;
  if (s.start > 0 && text[s.start - 1] !== '\n') return false;
  const service = text.slice(s.start, text.lastIndexOf('(', start)).trim();
  // A short name before the bracket, not a sentence ("Registered office (Example Ltd)" is still a name line).
  return service.length > 0 && service.length <= 60 && /^[\p{Lu}\p{N}]/u.test(service) && !/[.:;!?]$/u.test(service);
}

/** Finds named recipients (processors, third parties). */
const extractor: Extractor<'recipients'> = {
  meta: { id: 'recipients', fact: 'recipients', description: 'Finds named recipients (processors, third parties).' },
  extract(doc) {
    return findRecipients(doc);
  },
};

export default extractor;
