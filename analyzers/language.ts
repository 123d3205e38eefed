import { codePointClass } from './codepoints';
import type { Lang } from './types';

// Function words that are frequent in running text of each language and rare in the
// others. Counting them is reliable on policy-length text (hundreds of words).
const STOPWORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'of', 'to', 'you', 'your', 'we', 'our', 'is', 'are', 'with', 'for', 'that', 'this', 'or', 'by', 'may', 'which', 'will', 'have'],
  fr: ['le', 'la', 'les', 'des', 'et', 'vous', 'vos', 'votre', 'nous', 'est', 'pour', 'dans', 'sur', 'une', 'qui', 'par', 'sont', 'aux', 'du', 'ces'],
  de: ['der', 'die', 'das', 'und', 'sie', 'ihre', 'wir', 'ist', 'mit', 'für', 'von', 'zu', 'den', 'dem', 'nicht', 'auf', 'werden', 'eine', 'oder', 'uns'],
  nl: ['de', 'het', 'een', 'en', 'van', 'je', 'jouw', 'uw', 'wij', 'we', 'zijn', 'voor', 'met', 'op', 'niet', 'worden', 'deze', 'die', 'ook', 'gegevens'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'gli', 'dei', 'delle', 'sono', 'con', 'del', 'della', 'al', 'alla', 'nel', 'non', 'una', 'dati', 'essere'],
  es: ['el', 'los', 'las', 'de', 'que', 'y', 'en', 'para', 'con', 'por', 'su', 'sus', 'una', 'del', 'se', 'datos', 'usted', 'como', 'al', 'es'],
};

/** Stop word -> the languages it belongs to (a word such as "de" counts for several). */
const LANGS_OF = new Map<string, Lang[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as Array<[Lang, string[]]>) {
  for (const w of words) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), lang]);
}

const WORD = /\p{L}+/gu;
/** Longest stop word: longer words are counted without being looked up. */
const MAX_STOPWORD = Math.max(...[...LANGS_OF.keys()].map((w) => w.length));

const LETTER = /^\p{L}$/u;
/** Whether a code point is a letter (`\p{L}`). */
const isLetter = codePointClass(LETTER);
/** Letters among the first 256 code points, by code unit (the loop below reads most text from it). */
const LATIN1_LETTER = new Uint8Array(256).map((_, c) => (LETTER.test(String.fromCharCode(c)) ? 1 : 0));

/** Scores of each language on a text: the share of its words that are that language's stop words. */
export function languageScores(text: string, maxWords = 20000): Record<Lang, number> {
  const scores = { en: 0, fr: 0, de: 0, nl: 0, it: 0, es: 0 } as Record<Lang, number>;
  const lower = text.toLowerCase();
  // Only the first `maxWords` words are read: a long text says its language early. A word is a
  // run of letters (the matches of /\p{L}+/gu), read with a loop: one regex match per word was
  // the most of this function's time.
  let n = 0;
  const len = lower.length;
  for (let i = 0; i < len && n < maxWords; ) {
    // Code units below U+0100 are whole code points: answered from a table, the rest by `isLetter`.
    let c = lower.charCodeAt(i);
    if (c < 256 ? LATIN1_LETTER[c] === 0 : !isLetter((c = lower.codePointAt(i)!))) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += c > 0xffff ? 2 : 1;
    while (i < len) {
      c = lower.charCodeAt(i);
      if (c < 256) {
        if (LATIN1_LETTER[c] === 0) break;
        i++;
      } else {
        c = lower.codePointAt(i)!;
        if (!isLetter(c)) break;
        i += c > 0xffff ? 2 : 1;
      }
    }
    n++;
    if (i - start > MAX_STOPWORD) continue;
    const langs = LANGS_OF.get(lower.slice(start, i));
    if (langs) for (const lang of langs) scores[lang]++;
  }
  const total = Math.max(1, n);
  for (const lang of Object.keys(scores) as Lang[]) scores[lang] /= total;
  return scores;
}

/** Whether a text has at least `n` words. */
function hasWords(text: string, n: number): boolean {
  let count = 0;
  WORD.lastIndex = 0;
  while (count < n && WORD.exec(text)) count++;
  WORD.lastIndex = 0;
  return count >= n;
}

// Words of data-protection law that only one language uses: the regulation's name and the
// terms of Art. 13 notices. They tell the language of a short or telegraphic notice ("Verantwortlich:
// Muster GmbH", "Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO"), where function words are too few.
const MARKERS: Record<Lang, RegExp> = {
  en: /(?<!\p{L})(?:personal (?:data|information)|privacy (?:policy|notice)|data controller|legal basis|lawful basis|retention|your rights)(?!\p{L})/gu,
  fr: /(?<!\p{L})(?:rgpd|données|responsable (?:du|de) traitement|confidentialité|finalités?|base (?:légale|juridique)|cnil|durée de conservation|droits?)(?!\p{L})/gu,
  de: /(?<!\p{L})(?:dsgvo|bdsg|datenschutz\p{L}*|verantwortliche?r?|rechtsgrundlage|personenbezogene\p{L}*|einwilligung|betroffene\p{L}*|speicherdauer)(?!\p{L})/gu,
  nl: /(?<!\p{L})(?:avg|persoonsgegevens|verwerkingsverantwoordelijke|privacyverklaring|grondslag|toestemming|bewaartermijn|gegevens)(?!\p{L})/gu,
  it: /(?<!\p{L})(?:titolare|trattamento|informativa|dati personali|garante|finalità|consenso|base giuridica)(?!\p{L})/gu,
  es: /(?<!\p{L})(?:tratamiento|responsable del tratamiento|datos personales|finalidad(?:es)?|consentimiento|aepd|base jurídica|legitimación)(?!\p{L})/gu,
};

/** Counts of each language's data-protection words in the first `maxChars` characters. */
export function markerScores(text: string, maxChars = 20000): Record<Lang, number> {
  const lower = text.slice(0, maxChars).toLowerCase();
  const scores = { en: 0, fr: 0, de: 0, nl: 0, it: 0, es: 0 } as Record<Lang, number>;
  for (const lang of Object.keys(MARKERS) as Lang[]) {
    const re = MARKERS[lang];
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(lower)) n++;
    re.lastIndex = 0;
    scores[lang] = n;
  }
  return scores;
}

/** The best-scoring language and its lead over the runner-up. */
function best(scores: Record<Lang, number>): { lang: Lang | null; score: number; lead: number } {
  let lang: Lang | null = null;
  let score = 0;
  let second = 0;
  for (const [l, s] of Object.entries(scores) as Array<[Lang, number]>) {
    if (s > score) {
      second = score;
      lang = l;
      score = s;
    } else if (s > second) {
      second = s;
    }
  }
  return { lang, score, lead: score - second };
}

/** Below this many words, function words alone do not decide the language. */
const SHORT_TEXT_WORDS = 60;

/**
 * Detects the language of a policy text among the languages Lacuna has lexicons
 * for. Returns `und` when the text is too short or no language stands out.
 * Function words decide on running text; a short notice is decided by its
 * data-protection terms when they point to one language (two more hits than any other).
 */
export function detectLanguage(text: string): Lang | 'und' {
  const byWords = best(languageScores(text));
  // Below ~8 % stop-word coverage the text is a list, code or another language.
  const wordsSay = byWords.lang && hasWords(text, 3) && byWords.score >= 0.08 ? byWords.lang : null;
  if (wordsSay && hasWords(text, SHORT_TEXT_WORDS)) return wordsSay;
  const byTerms = best(markerScores(text));
  if (byTerms.lang && byTerms.lead >= 2) return byTerms.lang;
  return wordsSay ?? 'und';
}
