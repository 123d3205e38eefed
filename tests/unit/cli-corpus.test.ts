import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evidence, Report } from '../../analyzers/types';
import { analyzeInput } from '../../cli/run';
import { defaultCorpusDir } from '../../scripts/eval/corpus';

const corpus = defaultCorpusDir();
const dirs = [join(corpus, 'docs'), join(corpus, 'gt200', 'docs')].filter((d) => existsSync(d));
const files = dirs.flatMap((d) => readdirSync(d).sort().map((f) => join(d, f)));

if (files.length === 0) console.warn(`cli-corpus: skipped, no corpus at ${corpus}`);

/** Every piece of evidence anywhere in a report. */
function allEvidence(r: Report): Evidence[] {
  return [
    ...r.controller.evidence,
    ...r.dpo.evidence,
    ...r.legalBases.flatMap((x) => x.evidence),
    ...r.rights.flatMap((x) => x.evidence),
    ...r.retention.flatMap((x) => x.evidence),
    ...r.transfers.evidence,
    ...r.transfers.safeguards.flatMap((x) => x.evidence),
    ...r.recipients.flatMap((x) => x.evidence),
    ...r.checklist.flatMap((x) => x.evidence),
  ];
}

describe.skipIf(files.length === 0)('the CLI pipeline over every corpus document', () => {
  it('reads and analyses each one: 14 items, evidence quotes equal text.slice(start, end)', { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (const file of files) {
      const { report, loaded } = await analyzeInput(file, () => new Date(0));
      const id = file.slice(corpus.length + 1);
      if (report.error || !loaded) {
        problems.push(`${id}: ${report.error}`);
        continue;
      }
      if (report.checklist.length !== 14) problems.push(`${id}: ${report.checklist.length} checklist items`);
      for (const e of allEvidence(report)) {
        if (loaded.text.slice(e.start, e.end) !== e.quote) problems.push(`${id}: evidence [${e.start},${e.end}) is not its quote «${e.quote.slice(0, 60)}»`);
      }
    }
    expect(problems).toEqual([]);
  });
});
