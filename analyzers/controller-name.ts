/**
 * Organisation names in policy text, for the controller and recipients extractors.
 * wink-nlp has no ORG entities, so names are read structurally: a run of capitalised
 * words before a legal form ("Example Widgets Ltd"), after one ("SAS EXEMPLE"), or
 * next to a cue phrase ("operated by Example", "Example is the controller").
 */
import { perDocument, perLanguage, sentenceAt, type PolicyDocument } from './document';
import { compile } from './lexicon';
import { patternsOf } from './match';
import { compileNow } from './native-regex';

/** A name found in the text, with its offsets and whether a legal form is part of it. */
export interface NameSpan {
  name: string;
  start: number;
  end: number;
  legalForm: boolean;
}

// A word that can be part of an organisation name: capitalised, a number, camel-cased
// ("eHarmony"), all caps, an ampersand or an apostrophe name ("O'Mattic").
const NAME_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’&.\-/]*|\p{Ll}+\p{Lu}[\p{L}\p{N}'’.-]*|&)$/u;
// Short lower-case particles inside names ("Presidenza del Consiglio", "Bank of ..."): any
// lower-case word of up to four letters between two capitalised words.
const PARTICLE = /^\p{Ll}{1,4}$/u;
const ELISION = /^[\p{L}]['’](?=[\p{Lu}])/u;
const MAX_WORDS = 7;
/** A run of capitalised words with short lower-case particles between them, ending the string. */
const APPOSED_NAME = /\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Ll}{1,4}\s+){0,2}\p{Lu}[\p{L}\p{N}'’&.-]*){0,6}$/u;
const LETTERHEAD_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&.-]*|und|and|et|en|e|y|&|med\.|rer\.|nat\.|von|van|de|du|der|la|le|di|da|del)`;
/** A line start made only of capitalised words, titles and "und"/"&" between partners' names. */
const LETTERHEAD = compileNow(new RegExp(String.raw`^\s*\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+${LETTERHEAD_WORD}){0,11}\s*$`, 'u'));
/** Civility titles written before a person's name (they are not part of it). */
const CIVILITY = /^(?:Mme|Mlle|M\.|Madame|Monsieur|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau|Dhr\.|Mevr\.|Sig\.(?:ra)?|Sr\.|Sra\.)\s+(?=\p{Lu})/u;

/** Legal forms of the document's language plus English (foreign companies keep their form). */
const legalForms = (doc: PolicyDocument, flags: string): RegExp => compile(patternsOf(doc, (l) => l.controller.legalForms, true), flags);
/** The same, to search a text for every form ('gu') or test one ('u'). */
const legalFormsAll = perLanguage((doc) => legalForms(doc, 'gu'));
const legalFormsAny = perLanguage((doc) => legalForms(doc, 'u'));

/**
 * The document language's name particles ("del", "van", "of") as a regex matching one at the end of
 * a string, after a space: written in lower case (case-sensitive), so a capitalised word is not one.
 */
export const nameParticleRegex = perLanguage((doc) => {
  const alts = patternsOf(doc, (l) => l.controller.nameParticles).map((p) => p.replace(/ /gu, '\\s+'));
  return compileNow(new RegExp(alts.length ? String.raw`(?<=\s)(?:${alts.join('|')})\s+$` : '(?!)', 'u'));
});

/**
 * The same, for a name the policy defines by a bracketed term ('X Institute of Technology ("the Institute")'): there the
 * whole capitalised run is the defined name, so English "of" / "for" join it too ("Centre for ...", "University of ...").
 */
export const definedNameParticleRegex = perLanguage((doc) => {
  const alts = [...patternsOf(doc, (l) => l.controller.nameParticles), 'of', 'for'].map((p) => p.replace(/ /gu, '\\s+'));
  return compileNow(new RegExp(String.raw`(?<=\s)(?:${alts.join('|')})\s+$`, 'u'));
});

/** An article of the language right before a form that leads a name ("l'", "la ", "de "), at the end of a string. */
const formLeadRegex = perLanguage((doc) => {
  const alts = patternsOf(doc, (l) => l.controller.formLeads);
  return compileNow(new RegExp(alts.length ? String.raw`(?<![\p{L}\p{N}])(?:${alts.join('|')})\s*$` : '(?!)', 'iu'));
});

function cleanWord(w: string): string {
  return w.replace(ELISION, '').replace(/^[(“"«‘'*_[]+/u, '').replace(/[)”"»’'*_\]]+$/u, '');
}

/**
 * Capitalised words ending right before `end` (going backwards), e.g. "Example Widgets" before
 * " Ltd". Stops at punctuation, lower-case words that are not particles, and line breaks.
 */
export function wordsBefore(text: string, end: number, lineStart: number, particles?: RegExp): { start: number; words: string[] } {
  // A name is a few words: never look further back than this (long lines would make it quadratic).
  lineStart = Math.max(lineStart, end - 160);
  const words: string[] = [];
  let pos = end;
  let start = end;
  // A comma right before the form belongs to the name ("Example, Inc.").
  const pre = text.slice(lineStart, end).replace(/[\s,]+$/u, '');
  pos = lineStart + pre.length;
  while (words.length < MAX_WORDS && pos > lineStart) {
    const before = text.slice(lineStart, pos);
    const m = /(\S+)$/u.exec(before);
    if (!m) break;
    const raw = m[1]!;
    const wStart = pos - raw.length;
    if (/[,;:!?)\]|]$/u.test(raw) || /[.]$/u.test(raw) && words.length > 0 && !/^\p{Lu}\.?$|^(?:\p{Lu}\.)+$/u.test(raw)) break;
    const w = cleanWord(raw);
    if (w !== raw && /^[(“"«‘'*_[]/u.test(raw) && words.length > 0) {
      // an opening quote or bracket starts the name
      if (NAME_WORD.test(w)) { words.unshift(w); start = wStart + raw.indexOf(w); }
      break;
    }
    if (NAME_WORD.test(w)) {
      words.unshift(w);
      start = wStart + raw.indexOf(w);
    } else break;
    pos = wStart;
    while (pos > lineStart && /\s/u.test(text[pos - 1]!)) pos--;
  }
  // Italian partnerships are named "Albergo Sole di Rossi Mario & C. S.a.s." (art. 2292 c.c.): before
  // a partner's name that ends in "& C.", "di" is part of the name and is crossed.
  const amp = words.indexOf('&');
  if (amp > 0 && /^C\.?$/u.test(words[amp + 1] ?? '')) {
    const di = /\s+di\s+$/u.exec(text.slice(lineStart, start));
    if (di) {
      const more = wordsBefore(text, lineStart + di.index, lineStart);
      if (more.words.length > 0) {
        words.unshift(...more.words, 'di');
        start = more.start;
      }
    }
  }
  // A particle of the language between capitalised words is part of the name ("Cerámicas del Turia,
  // S.L.", "Bakkerij van Dijk B.V."): crossed once, when one to three capitalised words precede it and
  // they do not open the sentence (a sentence's first word is capitalised whatever it is: "Klanten van
  // X B.V."). Only the language's own particles: "Dienst des Unternehmens X GmbH" or "EDPO and not X
  // LLC" stay prose.
  if (particles && words.length > 0 && /\p{L}/u.test(words[0]!)) {
    // An elided article after the particle belongs to the name too ("Courrier de l'Est SA", "Bottega dell'Arte").
    const elided = /(?<=\s)\p{Ll}['’]$/u.exec(text.slice(Math.max(lineStart, start - 3), start));
    const head = text.slice(lineStart, start - (elided ? elided[0].length : 0));
    const p = particles.exec(head);
    if (p) {
      const more = wordsBefore(text, lineStart + p.index - 1, lineStart);
      const opener = text.slice(lineStart, more.start).replace(/\s+$/u, '');
      if (more.words.length >= 1 && more.words.length <= 3 && words.length + more.words.length < MAX_WORDS
        && opener !== '' && !/[.!?:;¿¡"“«([–—•*-]$/u.test(opener) && more.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
        words.unshift(...more.words, ...p[0].trim().split(/\s+/u));
        start = more.start;
      }
    }
  }
  // Drop dashes and ampersands left at the front. Lower-case words that are not particles of the
  // language are not crossed going backwards.
  while (words.length && !/\p{L}/u.test(words[0]!)) {
    const w = words.shift()!;
    start = text.indexOf(words[0] ?? '', start + w.length);
  }
  return { start, words };
}

/** Capitalised words starting at `start` (forwards), e.g. "Example Widgets" in "by Example Widgets, a ...". */
export function wordsAfter(text: string, start: number, lineEnd: number): { start: number; end: number; words: string[] } {
  const words: string[] = [];
  const re = /\S+/gu;
  re.lastIndex = start;
  let first = -1;
  let end = start;
  let m: RegExpExecArray | null;
  while (words.length < MAX_WORDS && (m = re.exec(text)) && m.index < lineEnd) {
    const raw = m[0];
    const w = cleanWord(raw.replace(/[,;:!?.]+$/u, ''));
    const isName = NAME_WORD.test(w) && w !== '-' && w !== '–';
    if (isName || (PARTICLE.test(w) && words.length > 0)) {
      if (first < 0) first = m.index + raw.indexOf(w);
      words.push(w);
      end = m.index + raw.indexOf(w) + w.length;
    } else break;
    if (/[,;:!?)\]]$|[^.\p{Lu}]\.$/u.test(raw)) break;
  }
  while (words.length && PARTICLE.test(words[words.length - 1]!)) {
    words.pop();
    end = first + text.slice(first, end).lastIndexOf(words[words.length - 1] ?? '') + (words[words.length - 1]?.length ?? 0);
  }
  return { start: first < 0 ? start : first, end, words };
}

/** The line around an offset, from the sentences (lines never cross them): no scan of a long line. */
function lineBounds(doc: PolicyDocument, at: number): [number, number] {
  const s = sentenceAt(doc, at);
  if (!s) return [at, at];
  // Walk to the first and last sentence of the same line.
  let a = s;
  let b = s;
  while (a.index > 0 && !isLineStart(doc.text, a.start)) a = doc.sentences[a.index - 1]!;
  while (b.index < doc.sentences.length - 1 && !isLineEnd(doc.text, b.end)) b = doc.sentences[b.index + 1]!;
  return [a.start, b.end];
}

function isLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (!/\s/u.test(text[i]!)) return false;
  }
  return true;
}

function isLineEnd(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\n') return true;
    if (!/\s/u.test(text[i]!)) return false;
  }
  return true;
}

/** Whether every occurrence of `name` (up to 20) follows the capitalised article `article` ("La Poste"). */
function articleAlways(text: string, name: string, article: string): boolean {
  let n = 0;
  for (let i = text.indexOf(name); i >= 0 && n < 20; i = text.indexOf(name, i + name.length), n++) {
    const before = text.slice(Math.max(0, i - article.length - 1), i).replace(/\s+$/u, '');
    if (!before.endsWith(article) || /\p{L}$/u.test(before.slice(0, -article.length))) return false;
  }
  return true;
}

/** How often a string occurs in the text (capped at 20). */
export function occurrences(text: string, name: string): number {
  let n = 0;
  for (let i = text.indexOf(name); i >= 0 && n < 20; i = text.indexOf(name, i + name.length)) n++;
  return n;
}

// Lines in capitals (disclaimers) make every word look like a name: "... PROVIDED AS IS".
function shouting(text: string, a: number, b: number): boolean {
  if (b - a < 60) return false;
  const line = text.slice(a, b);
  const upper = line.replace(/[^\p{Lu}]/gu, '').length;
  const letters = line.replace(/[^\p{L}]/gu, '').length;
  return upper > 0.7 * letters;
}

/** Every "Name + legal form" (or "legal form + NAME") in the text, in order (memoised per document). */
export const findLegalNames = perDocument(computeLegalNames);

function computeLegalNames(doc: PolicyDocument): NameSpan[] {
  const loudLines = new Map<number, boolean>();
  const re = legalFormsAll(doc);
  const out: NameSpan[] = [];
  const text = doc.text;
  for (const m of text.matchAll(re)) {
    const formStart = m.index;
    const formEnd = formStart + m[0].length;
    const [ls, le] = lineBounds(doc, formStart);
    const before = wordsBefore(text, formStart, ls, nameParticleRegex(doc));
    // "La Asociación X", "L'Associazione X" at a sentence start: the capitalised article is not a name before the form.
    if (before.words.length === 1 && formLeadRegex(doc).test(text.slice(before.start, formStart))) before.words.length = 0;
    // "Commune de Saint-Aubin", "Stichting Buurtwerk": a form written as a word that leads the name,
    // followed (after "de", "d'", "van", "von") by capitalised words.
    const leader = (): NameSpan | null => {
      if (!/^\p{L}\p{Ll}{3,}$/u.test(m[0])) return null;
      const lead = /^\s+(?:de\s+|d['’]|van\s+|von\s+|di\s+)?/u.exec(text.slice(formEnd, le));
      const from = formEnd + (lead?.[0].length ?? 0);
      const named = lead ? wordsAfter(text, from, le) : null;
      if (!named || named.words.length === 0 || named.start !== from || /^\p{Ll}/u.test(named.words[0]!)) return null;
      return { name: text.slice(formStart, named.end), start: formStart, end: named.end, legalForm: true };
    };
    // A capitalised form word after a lower-case word leads the name that follows it ("bestuur van
    // Waterschap Lage Weiden"): the lower-case word is no brand.
    const led = before.words.length === 0 && /^\p{Lu}/u.test(m[0]) ? leader() : null;
    if (led && !shouting(text, ls, le)) {
      out.push(led);
      continue;
    }
    // A form that is itself followed by another form word ("GmbH & Co. KG") is read at its first word.
    // A lower-case brand written as a name ("example GmbH") when it starts the line or recurs.
    if (before.words.length === 0) {
      const lw = /(\p{Ll}[\p{L}\p{N}-]{2,})\s+$/u.exec(text.slice(ls, formStart));
      if (lw && (lw.index === 0 || occurrences(text, lw[1]!) >= 3)) {
        before.words.push(lw[1]!);
        before.start = ls + lw.index;
      }
    }
    let loud = loudLines.get(ls);
    if (loud === undefined) loudLines.set(ls, (loud = shouting(text, ls, le)));
    if (before.words.length > 0 && !loud) {
      // "Mme Claire Fontaine": a civility title is not part of the name.
      const title = CIVILITY.exec(text.slice(before.start, formStart));
      const start = before.start + (title && title[0].length < formStart - before.start ? title[0].length : 0);
      // "Exemple, société anonyme" / "Claire Fontaine, entrepreneur individuel": a form written in
      // lower case after a comma describes the entity; the name ends before the comma.
      const comma = /^\p{Ll}/u.test(m[0]) ? /\s*,\s*$/u.exec(text.slice(start, formStart)) : null;
      const end = comma ? start + comma.index : formEnd;
      // Before such an apposition the whole capitalised run is the name, short particles included
      // ("Mutuelles du Littoral, société d'assurance mutuelle").
      const run = comma ? APPOSED_NAME.exec(text.slice(ls, end)) : null;
      let from = run && ls + run.index < start ? ls + run.index + (CIVILITY.exec(run[0])?.[0].length ?? 0) : start;
      // "La Mutuelle X, mutuelle ...": a capitalised article opening the run is not part of the name when the
      // policy also writes the name without it (a title line, "de la Mutuelle X"); "La Poste" keeps its article.
      const art = run ? /^(\p{Lu}\p{Ll}{0,3}['’]?)\s*/u.exec(text.slice(from, end)) : null;
      if (art && from + art[0].length < end && formLeadRegex(doc).test(art[0]) && !articleAlways(text, text.slice(from + art[0].length, end), art[1]!)) from += art[0].length;
      // A line that holds nothing but the name and its form (letterhead, imprint) is the name, partners
      // and titles included: "Praxis Dr. med. A. Muster und Dr. B. Beispiel GbR".
      // (Not across another company's form: "A Limited and B LLC" are two entities.)
      if (!comma && from > ls && LETTERHEAD.test(text.slice(ls, formStart)) && !legalFormsAny(doc).test(text.slice(ls, from))) from = ls + (CIVILITY.exec(text.slice(ls, formStart))?.[0].length ?? 0);
      out.push({ name: text.slice(from, end).replace(/\s+/gu, ' '), start: from, end, legalForm: true });
      // A title word opening the line before a capitalised form word ("Privacyverklaring Waterschap
      // Lage Weiden"): the form may as well lead the words after it; both readings are kept.
      const alt = before.words.length === 1 && from === ls && /^\p{Lu}/u.test(m[0]) ? leader() : null;
      if (alt) out.push(alt);
      continue;
    }
    // "SAS EXEMPLE": a form written before an all-caps name.
    const after = wordsAfter(text, formEnd, le);
    if (after.words.length > 0 && after.words.every((w) => /^[\p{Lu}\p{N}&'’-]+$/u.test(w)) && /^\s+$/u.test(text.slice(formEnd, after.start))) {
      out.push({ name: text.slice(formStart, after.end), start: formStart, end: after.end, legalForm: true });
      continue;
    }
    // "l'A.S.D. Nuoto Esempio", "de vzw Buurtwerk": after an article of the language, a form leads a
    // mixed-case name (the capitalised words that follow, particles included).
    if (before.words.length === 0 && !loud && formLeadRegex(doc).test(text.slice(Math.max(ls, formStart - 8), formStart))) {
      const named = wordsAfter(text, formEnd, le);
      if (named.words.length > 0 && /^\s+$/u.test(text.slice(formEnd, named.start)) && /^\p{Lu}/u.test(named.words[0]!)) {
        out.push({ name: text.slice(formStart, named.end), start: formStart, end: named.end, legalForm: true });
        continue;
      }
    }
    const lastly = leader();
    if (lastly) out.push(lastly);
  }
  // Overlapping matches ("Example GmbH & Co. KG" and "Co. KG"): keep the longest.
  return out.filter((n, i) => !out.some((o, j) => j !== i && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start));
}

/** Normalises a name for comparison: lower case, no punctuation, no legal form. */
export function normalizeName(doc: PolicyDocument, name: string): string {
  const forms = legalFormsAll(doc);
  forms.lastIndex = 0;
  return name.replace(forms, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
