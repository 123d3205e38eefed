import { LEXICONS } from '../../analyzers/lexicon';

/** Every pattern list of the lexicons (the arrays `compile` is given), named by language and section path. */
export function lexiconPatternLists(): Array<{ name: string; lang: string; patterns: string[] }> {
  const out: Array<{ name: string; lang: string; patterns: string[] }> = [];
  const walk = (value: unknown, lang: string, name: string) => {
    if (Array.isArray(value)) {
      if (value.length && value.every((v) => typeof v === 'string')) out.push({ name, lang, patterns: value as string[] });
      return;
    }
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, lang, `${name}.${k}`);
  };
  for (const [lang, lex] of Object.entries(LEXICONS)) walk(lex, lang, lang);
  return out;
}
