/**
 * Realistic, self-written German, Dutch and French privacy policies (tests/fixtures/policies/<lang>-*.txt)
 * run through the whole pipeline and compared with hand-decided expected values (<lang>-*.json, gold-label
 * shape). They guard the lexicons' generalisation beyond the few dev-corpus documents in these languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analyzers/pipeline';
import type { Report } from '../../analyzers/types';
import { nameMatches } from '../../scripts/eval/metrics';

const DIR = join(__dirname, '../fixtures/policies');
const LANGS = ['de', 'nl', 'fr'];

interface Expected {
  language: string;
  controller: { name: string | null; nameAlternatives?: string[] };
  dpo: { mentioned: boolean };
  legalBases: { basis: string }[];
  rights: { right: string }[];
  retention: { duration: string }[];
  transfers: { outsideEEA: boolean | null; countries: string[]; safeguards: { mechanism: string }[] };
  checklist: { id: string; status: string }[];
}

const sorted = (xs: string[]): string[] => [...new Set(xs)].sort();

/** Field-by-field differences between a report and the expected values, one readable line each. */
function diff(expected: Expected, r: Report): string[] {
  const out: string[] = [];
  const cmp = (field: string, want: unknown, got: unknown): void => {
    if (JSON.stringify(want) !== JSON.stringify(got)) out.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  cmp('language', expected.language, r.language);
  cmp('isPrivacyPolicy', true, r.isPrivacyPolicy);
  // Compared as the evaluation does (REPORT.md): case, punctuation and legal forms do not count.
  if (!nameMatches(r.controller.name, expected.controller.name, expected.controller.nameAlternatives)) cmp('controller.name', expected.controller.name, r.controller.name);
  cmp('dpo.mentioned', expected.dpo.mentioned, r.dpo.mentioned);
  cmp('legalBases', sorted(expected.legalBases.map((b) => b.basis)), sorted(r.legalBases.map((b) => b.basis)));
  cmp('rights', sorted(expected.rights.map((b) => b.right)), sorted(r.rights.map((b) => b.right)));
  cmp('retention', sorted(expected.retention.map((b) => b.duration)), sorted(r.retention.map((b) => b.duration)));
  cmp('transfers.outsideEEA', expected.transfers.outsideEEA, r.transfers.outsideEEA);
  cmp('transfers.countries', sorted(expected.transfers.countries), sorted(r.transfers.countries));
  cmp(
    'transfers.safeguards',
    sorted(expected.transfers.safeguards.map((s) => s.mechanism)),
    sorted(r.transfers.safeguards.map((s) => s.mechanism)),
  );
  for (const item of expected.checklist) {
    const got = r.checklist.find((c) => c.id === item.id);
    if (got?.status !== item.status) out.push(`checklist.${item.id}: expected ${item.status}, got ${got?.status} (${got?.note ?? ''})`);
  }
  return out;
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt') && LANGS.includes(f.split('-')[0] ?? ''))
  .sort();

describe('realistic de/nl/fr policies', () => {
  it('has complete, gap and look-alike fixtures for each language', () => {
    for (const lang of LANGS) expect(fixtures.filter((f) => f.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(3);
  });

  for (const file of fixtures) {
    it(`${file} matches its expected values`, async () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as Expected;
      expect(expected.checklist).toHaveLength(14);
      const r = await analyzeText({ text, url: `file:///${file}`, title: file });
      for (const item of r.checklist) for (const e of item.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
      const problems = diff(expected, r);
      expect(problems, `\n${file}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
    });
  }
});
