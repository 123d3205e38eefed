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

const SETS = Object.fromEntries(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]),
) as Record<Lang, Set<string>>;

/** Scores of each language on a text: the share of its words that are that language's stop words. */
export function languageScores(text: string, maxWords = 20000): Record<Lang, number> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sample = words.length > maxWords ? words.slice(0, maxWords) : words;
  const scores = { en: 0, fr: 0, de: 0, nl: 0, it: 0, es: 0 } as Record<Lang, number>;
  for (const w of sample) {
    for (const lang of Object.keys(SETS) as Lang[]) if (SETS[lang].has(w)) scores[lang]++;
  }
  const n = Math.max(1, sample.length);
  for (const lang of Object.keys(scores) as Lang[]) scores[lang] /= n;
  return scores;
}

/**
 * Detects the language of a policy text among the languages Lacuna has lexicons
 * for. Returns `und` when the text is too short or no language stands out.
 */
export function detectLanguage(text: string): Lang | 'und' {
  const scores = languageScores(text);
  let best: Lang | null = null;
  let bestScore = 0;
  for (const [lang, s] of Object.entries(scores) as Array<[Lang, number]>) {
    if (s > bestScore) {
      best = lang;
      bestScore = s;
    }
  }
  const words = (text.match(/\p{L}+/gu) ?? []).length;
  // Below ~8 % stop-word coverage the text is a list, code or another language.
  if (!best || words < 3 || bestScore < 0.08) return 'und';
  return best;
}
