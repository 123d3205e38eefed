/**
 * Realistic, self-written privacy policies in the six languages (tests/fixtures/policies/<lang>-*.txt):
 * for each language at least a complete one, one with gaps and one full of look-alikes, in the styles of
 * that country (AEPD layered notice, CNIL-style, DSGVO per-processing bases, ICO, US/CCPA mixes...),
 * run through the whole pipeline and compared with expected values decided by the law (REPORT.md, WP260),
 * in the gold-label shape (<name>.json). They guard the lexicons beyond the few dev-corpus documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analyzers/pipeline';
import type { Report } from '../../analyzers/types';
import { nameMatches } from '../../scripts/eval/metrics';

const DIR = join(__dirname, '../fixtures/policies');
const LANGS = ['en', 'fr', 'de', 'nl', 'it', 'es'];
const ITEMS = 14;

interface Expected {
  /** Defaults to the file name's language prefix. */
  language?: string;
  controller: { name: string | null; nameAlternatives?: string[] };
  dpo: { mentioned: boolean };
  legalBases: { basis: string }[];
  rights: { right: string }[];
  retention: { duration: string }[];
  transfers: { outsideEEA: boolean | null; countries: string[]; safeguards: { mechanism: string }[] };
  checklist: { id: string; status: string }[];
  /**
   * Differences from the law-decided values that the analyzers still get wrong, each with its reason in
   * knownDifferencesWhy. Asserted exactly: a fix or a new miss both fail until the file is updated.
   */
  knownDifferences?: string[];
}

const set = (xs: string[]): string[] => [...new Set(xs)].sort();

/** Every difference between the report and the expected values, one readable line each. */
function differences(want: Expected, r: Report, lang: string): string[] {
  const out: string[] = [];
  const check = (field: string, expected: unknown, got: unknown): void => {
    if (JSON.stringify(expected) !== JSON.stringify(got)) out.push(`${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  };
  check('language', want.language ?? lang, r.language);
  check('isPrivacyPolicy', true, r.isPrivacyPolicy);
  // Compared as the evaluation compares names: case, punctuation and legal forms do not count.
  if (!nameMatches(r.controller.name, want.controller.name, want.controller.nameAlternatives ?? [])) {
    check('controller.name', want.controller.name, r.controller.name);
  }
  check('dpo.mentioned', want.dpo.mentioned, r.dpo.mentioned);
  check('legalBases', set(want.legalBases.map((b) => b.basis)), set(r.legalBases.map((b) => b.basis)));
  check('rights', set(want.rights.map((x) => x.right)), set(r.rights.map((x) => x.right)));
  check('retention', set(want.retention.map((x) => x.duration)), set(r.retention.map((x) => x.duration)));
  check('transfers.outsideEEA', want.transfers.outsideEEA, r.transfers.outsideEEA);
  check('transfers.countries', set(want.transfers.countries), set(r.transfers.countries));
  check('transfers.safeguards', set(want.transfers.safeguards.map((s) => s.mechanism)), set(r.transfers.safeguards.map((s) => s.mechanism)));
  for (const item of want.checklist) {
    const got = r.checklist.find((c) => c.id === item.id);
    if (got?.status !== item.status) out.push(`checklist.${item.id}: expected ${item.status}, got ${got?.status ?? 'nothing'} (${got?.note ?? ''})`);
  }
  return out;
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt') && LANGS.includes(f.split('-')[0] ?? ''))
  .sort();

describe('realistic policies in six languages', () => {
  it('has at least a complete, a gap and a look-alike policy per language', () => {
    for (const lang of LANGS) expect(fixtures.filter((f) => f.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(3);
  });

  for (const file of fixtures) {
    it(`${file} gives its expected values`, async () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const want = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/u, '.json')), 'utf8')) as Expected;
      expect(want.checklist).toHaveLength(ITEMS);
      const r = await analyzeText({ text, url: `file:///${file}`, title: file });
      for (const item of r.checklist) for (const e of item.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
      // A missing item says what was looked for.
      for (const item of r.checklist) if (item.status === 'missing') expect(item.note.length).toBeGreaterThan(0);
      const problems = differences(want, r, file.split('-')[0]!);
      expect(problems, `\n${file}:\n  ${problems.join('\n  ')}\n`).toEqual(want.knownDifferences ?? []);
    });
  }
});
