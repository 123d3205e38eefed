/**
 * Quote findability: are the labels' verbatim quotes (checklist quotes,
 * retention texts) in the text we extract, modulo whitespace? A quote that is
 * not there is policy text the reader sees and the analysis never gets.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadInput, type LoadedInput } from '../../cli/load';

// Label quotes of Markdown pages keep some Markdown syntax (emphasis, links): compare the rendered words.
const unmark = (s: string): string => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');

/** Lower-cased, without whitespace or Markdown syntax, with curly quotes straightened. */
export function squash(s: string): string {
  return unmark(s)
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** One document's result. */
export interface QuoteCheck {
  id: string;
  set: string;
  loaded: LoadedInput;
  ms: number;
  quotes: number;
  missing: string[];
}

/** Reads every document of the corpus as the CLI does and looks for its label's quotes. */
export async function checkQuotes(corpus: string): Promise<QuoteCheck[]> {
  const out: QuoteCheck[] = [];
  for (const [set, sub] of [['docs', ''], ['gt200', 'gt200']] as const) {
    const docsDir = join(corpus, sub, 'docs');
    let files: string[];
    try {
      files = (await readdir(docsDir)).sort();
    } catch {
      continue;
    }
    for (const f of files) {
      const id = f.replace(/\.[^.]+$/, '');
      const t0 = performance.now();
      const loaded = await loadInput(join(docsDir, f));
      const ms = performance.now() - t0;
      let quotes: string[] = [];
      try {
        const label = JSON.parse(await readFile(join(corpus, sub, 'labels', `${id}.json`), 'utf8'));
        quotes = [
          ...((label.checklist ?? []) as Array<{ quote?: string }>).map((c) => c.quote),
          ...((label.retention ?? []) as Array<{ text?: string }>).map((r) => r.text),
        ].filter((q): q is string => typeof q === 'string' && q.length > 0);
      } catch {
        /* unlabelled document */
      }
      const hay = squash(loaded.text);
      out.push({ id, set, loaded, ms, quotes: quotes.length, missing: quotes.filter((q) => !hay.includes(squash(q))) });
    }
  }
  return out;
}
