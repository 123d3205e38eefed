/**
 * Command line: analyse policy files or URLs.
 *   npm run -s analyze -- [--format table|json|text] FILE_OR_URL...
 * stdout holds only the requested output; progress and warnings go to stderr.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Report } from '../analyzers/types';
import { analyzeInput } from './run';
import { formatTable } from './table';

const HELP = `Usage: npm run -s analyze -- [options] <file-or-url> [<file-or-url> ...]

Analyses privacy policies against the GDPR Article 13 checklist.

Inputs: .html/.htm (main content found as in the browser), .md/.markdown,
.txt, and http(s):// URLs. Other files are sniffed (HTML if it looks like markup).

Options:
  -f, --format <table|json|text>  table: readable summary (default)
                                  json: one JSON array of Reports, in input order
                                  text: the analysed text itself (what offsets point into)
  -q, --quiet                     no progress or warnings on stderr
  -h, --help                      this help

Exit code: 0 when every input was analysed, 1 when any could not be read
(its report then carries "error"), 2 on bad usage.`;

type Format = 'table' | 'json' | 'text';

/** Parsed command line, or a usage error. */
export function parseCli(argv: string[]): { format: Format; quiet: boolean; help: boolean; inputs: string[] } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'table' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return { error: (e as Error).message };
  }
  const format = parsed.values.format as string;
  if (!['table', 'json', 'text'].includes(format)) return { error: `unknown --format "${format}" (table, json or text)` };
  return { format: format as Format, quiet: !!parsed.values.quiet, help: !!parsed.values.help, inputs: parsed.positionals };
}

/** Runs the CLI; returns the exit code. `write` receives stdout text, `warn` stderr lines. */
export async function main(
  argv: string[],
  write: (s: string) => void = (s) => process.stdout.write(s),
  warn: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
): Promise<number> {
  const cli = parseCli(argv);
  if ('error' in cli) {
    warn(`analyze: ${cli.error}\n\n${HELP}`);
    return 2;
  }
  if (cli.help) {
    write(`${HELP}\n`);
    return 0;
  }
  if (cli.inputs.length === 0) {
    warn(`analyze: no input given\n\n${HELP}`);
    return 2;
  }
  const reports: Report[] = [];
  let failed = false;
  const t0 = performance.now();
  for (const [i, input] of cli.inputs.entries()) {
    const { report, loaded } = await analyzeInput(input);
    reports.push(report);
    if (loaded?.nesting && !cli.quiet) {
      warn(`analyze: ${input}: deeply nested page: ${loaded.nesting.depth} levels, flattened below ${loaded.nesting.cap} (the text is kept)`);
    }
    if (report.error) {
      failed = true;
      if (!cli.quiet) warn(`analyze: ${report.error}`);
    } else if (!cli.quiet && cli.inputs.length > 1) {
      warn(`[${i + 1}/${cli.inputs.length}] ${input} (${loaded?.method}, ${loaded?.text.length} chars)`);
    }
    if (cli.format === 'table') write(`${formatTable(report)}\n`);
    if (cli.format === 'text' && loaded) {
      if (cli.inputs.length > 1) write(`==> ${loaded.url} <==\n`);
      write(`${loaded.text}\n`);
    }
  }
  if (cli.format === 'json') write(`${JSON.stringify(reports, null, 2)}\n`);
  if (!cli.quiet && cli.inputs.length > 1) warn(`analyze: ${cli.inputs.length} inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
