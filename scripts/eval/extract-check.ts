/**
 * Extraction check: reads every document of a labelled corpus as the CLI does
 * and reports, per page, the method chosen, the sizes, and the share of the
 * labels' quotes (checklist quotes, retention texts) found in the text modulo
 * whitespace. Usage: tsx scripts/eval/extract-check.ts [--corpus DIR] [--show-missing]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadInput } from '../../cli/load';
import { defaultCorpusDir } from './corpus';

// Label quotes of Markdown pages keep some Markdown syntax (emphasis, links): compare the rendered words.
const unmark = (s: string): string => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '');
const squash = (s: string): string => unmark(s).replace(/[\s\u00a0\u200b]+/g, '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').toLowerCase();

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ci = args.indexOf('--corpus');
  const corpus = ci >= 0 ? args[ci + 1]! : defaultCorpusDir();
  const showMissing = args.includes('--show-missing');
  let found = 0;
  let total = 0;
  for (const sub of ['', 'gt200']) {
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
      const missing = quotes.filter((q) => !hay.includes(squash(q)));
      found += quotes.length - missing.length;
      total += quotes.length;
      if (sub === '' || missing.length > 0) {
        const s = loaded.stats;
        console.log(
          `${id.padEnd(40)} ${loaded.method.padEnd(11)} chars=${String(loaded.text.length).padStart(6)}` +
            (s ? ` read=${String(s.readabilityChars).padStart(6)} pruned=${String(s.prunedChars).padStart(6)} share=${(s.readabilityChars / Math.max(1, s.prunedChars)).toFixed(2)}` : '') +
            ` quotes=${quotes.length - missing.length}/${quotes.length} ${ms.toFixed(0)}ms`,
        );
        if (showMissing) for (const q of missing) console.log(`    MISSING: ${q.slice(0, 140)}`);
      }
    }
  }
  console.log(`quotes found: ${found}/${total} (${((100 * found) / Math.max(1, total)).toFixed(1)}%)`);
}

await main();
