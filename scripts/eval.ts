/**
 * Evaluation (REPORT.md "Evaluation metrics"): analyses every labelled document
 * of the corpus as the CLI reads it and compares the reports with the gold.
 *   npm run eval -- [--corpus DIR] [--set docs|gt200] [--lang xx] [--doc ID] [--json] [--verbose] [--check]
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCorpusDir } from './eval/corpus';
import { diffRuns, type RunSnapshot } from './eval/diff';
import { formatResult } from './eval/format';
import { checkFloors, flattenMetrics } from './eval/metrics';
import { runEvaluation } from './eval/run';

const HELP = `Usage: npm run eval -- [options]

Compares Lacuna's reports with the gold labels of a corpus
(<corpus>/docs + labels, <corpus>/gt200/docs + labels).

Options:
  --corpus DIR     corpus directory (default: ../shared/corpus next to the repository)
  --set NAME       only one set: docs or gt200
  --lang XX        only documents of one language (en, fr, de, nl, it, es)
  --doc ID         only one document (its id, the file name without extension)
  --json           machine-readable output: every metric, every document's comparison
  --verbose        per document: wrong fields (FP/FN with our evidence), differing checklist items
                   (ours vs gold, with our note/evidence and the gold quote)
  --only NAMES     with --verbose: only these fields / checklist items, comma-separated
                   (e.g. rights,retention,legalBases,controller.name,dpo_contact)
  --baseline FILE  compare with an earlier \`--json\` run: metrics that moved, items fixed or broken
  --check          also check scripts/eval/floors.json; exit 1 when a metric is out of bounds
  -h, --help       this help`;

/** Path of the floors file. */
export const FLOORS_PATH = join(dirname(fileURLToPath(import.meta.url)), 'eval', 'floors.json');

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        set: { type: 'string' },
        lang: { type: 'string' },
        doc: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        check: { type: 'boolean', default: false },
        only: { type: 'string' },
        baseline: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const corpus = values.corpus ? resolve(values.corpus) : defaultCorpusDir();
  const result = await runEvaluation({ corpus, set: values.set, lang: values.lang?.toLowerCase(), doc: values.doc });
  for (const w of result.warnings) process.stderr.write(`eval: ${w}\n`);
  if (result.docs.length === 0) {
    process.stderr.write(`eval: no labelled document found in ${corpus} for these filters\n`);
    return 1;
  }
  const metrics = flattenMetrics(result.groups);
  const failures = values.check ? checkFloors(metrics, JSON.parse(await readFile(FLOORS_PATH, 'utf8'))) : [];
  if (values.json) {
    const out = {
      corpus,
      ms: Math.round(result.ms),
      groups: result.groups,
      metrics,
      documents: result.docs.map((d) => ({
        ...d.comparison,
        method: d.loaded?.method ?? null,
        chars: d.loaded?.text.length ?? null,
        ms: Math.round(d.ms),
      })),
      warnings: result.warnings,
      ...(values.check ? { floorFailures: failures } : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const only = values.only ? new Set(values.only.split(',').map((x) => x.trim()).filter(Boolean)) : undefined;
    process.stdout.write(`${formatResult(result, { verbose: values.verbose || !!only, only })}\n`);
    if (values.baseline) {
      const base = JSON.parse(await readFile(values.baseline, 'utf8')) as RunSnapshot;
      const changes = diffRuns(base, { metrics, documents: result.docs.map((d) => d.comparison) });
      process.stdout.write(`\n${changes || 'No change since the baseline.'}\n`);
    }
  }
  const errors = result.docs.filter((d) => d.comparison.error);
  for (const d of errors) process.stderr.write(`eval: ${d.comparison.id}: ${d.comparison.error}\n`);
  if (values.check) {
    for (const f of failures) process.stderr.write(`eval: ${f.path} = ${f.value ?? 'n/a'} is ${f.kind === 'min' ? 'below its floor' : 'above its ceiling'} ${f.bound}\n`);
    if (failures.length === 0) process.stderr.write('eval: all floors met\n');
  }
  return failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
