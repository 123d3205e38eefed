/**
 * One service-worker restart, simulated by a fresh Node process (run by scripts/bench.ts):
 * load the model, optionally run the popup's warm-up, then analyse one file. Prints JSON.
 *
 *   tsx scripts/bench/restart.ts FILE [--warm-up LANG]
 */
import { loadInput } from '../../cli/load';
import { getNlp } from '../../analyzers/nlp';
import { analyzeText } from '../../analyzers/pipeline';
import type { Lang } from '../../analyzers/types';
import { warmUp } from '../../analyzers/warm';

const [file, flag, lang] = process.argv.slice(2);
const loaded = await loadInput(file!);
const t0 = performance.now();
getNlp();
const t1 = performance.now();
if (flag === '--warm-up') warmUp([lang as Lang]);
const t2 = performance.now();
await analyzeText({ text: loaded.text, url: `file://${file}` });
const t3 = performance.now();
console.log(JSON.stringify({ modelMs: t1 - t0, warmUpMs: t2 - t1, firstMs: t3 - t2 }));
