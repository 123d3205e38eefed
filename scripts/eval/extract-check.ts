/**
 * Extraction check: reads every document of a labelled corpus as the CLI does
 * and reports, per page, the method chosen, the sizes, and the share of the
 * labels' quotes (checklist quotes, retention texts) found in the text modulo
 * whitespace. Usage: tsx scripts/eval/extract-check.ts [--corpus DIR] [--show-missing]
 */
import { resolve } from 'node:path';
import { defaultCorpusDir } from './corpus';
import { checkQuotes } from './quotes';

const args = process.argv.slice(2);
const ci = args.indexOf('--corpus');
const corpus = ci >= 0 ? resolve(args[ci + 1]!) : defaultCorpusDir();
const showMissing = args.includes('--show-missing');
let found = 0;
let total = 0;
for (const d of await checkQuotes(corpus)) {
  found += d.quotes - d.missing.length;
  total += d.quotes;
  if (d.set !== 'docs' && d.missing.length === 0) continue;
  const s = d.loaded.stats;
  console.log(
    `${d.id.padEnd(40)} ${d.loaded.method.padEnd(11)} chars=${String(d.loaded.text.length).padStart(6)}` +
      (s
        ? ` read=${String(s.readabilityChars).padStart(6)} pruned=${String(s.prunedChars).padStart(6)} share=${(s.readabilityChars / Math.max(1, s.prunedChars)).toFixed(2)}`
        : '') +
      ` quotes=${d.quotes - d.missing.length}/${d.quotes} ${d.ms.toFixed(0)}ms`,
  );
  if (showMissing) for (const q of d.missing) console.log(`    MISSING: ${q.slice(0, 140)}`);
}
console.log(`quotes found: ${found}/${total} (${((100 * found) / Math.max(1, total)).toFixed(1)}%)`);
