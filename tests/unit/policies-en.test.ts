/**
 * Whole English policies written for the project (tests/fixtures/policies/en-*.txt: fictional
 * organisations, UK/ICO, US/CCPA, SaaS B2B and mobile-app template styles) run through the
 * pipeline and compared with expected values decided by the law (REPORT.md, WP260), not by
 * the tool's output. Guards that the English rules generalise beyond the dev corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analyzers/pipeline';
import { nameMatches } from '../../scripts/eval/metrics';

interface Expected {
  controller: { name: string | null };
  dpo: { mentioned: boolean };
  legalBases: { basis: string }[];
  rights: { right: string }[];
  retention: { duration: string }[];
  transfers: { outsideEEA: boolean | null; countries: string[]; safeguards: { mechanism: string }[] };
  checklist: { id: string; status: string }[];
}

const DIR = join(__dirname, '../fixtures/policies');
const FIXTURES = readdirSync(DIR).filter((f) => /^en-.*\.txt$/.test(f)).sort();

const set = (xs: string[]): string[] => [...new Set(xs)].sort();

function diffSet(label: string, want: string[], got: string[]): string[] {
  const w = set(want);
  const g = set(got);
  const missing = w.filter((x) => !g.includes(x));
  const extra = g.filter((x) => !w.includes(x));
  if (!missing.length && !extra.length) return [];
  return [`${label}: want [${w.join(', ')}] got [${g.join(', ')}]${missing.length ? ` missing [${missing.join(', ')}]` : ''}${extra.length ? ` extra [${extra.join(', ')}]` : ''}`];
}

describe('English policy fixtures', () => {
  it('has fixtures in the four styles', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of FIXTURES) {
    it(`${file} matches its expected values`, async () => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const want = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as Expected;
      const r = await analyzeText({ text, url: `file:///${file}`, title: file, now: () => new Date('2026-01-01T00:00:00Z') });
      const problems: string[] = [];
      if (r.language !== 'en') problems.push(`language: want en got ${r.language}`);
      if (!r.isPrivacyPolicy) problems.push('isPrivacyPolicy: want true got false');
      if (!nameMatches(r.controller.name, want.controller.name)) problems.push(`controller.name: want ${JSON.stringify(want.controller.name)} got ${JSON.stringify(r.controller.name)}`);
      if (r.dpo.mentioned !== want.dpo.mentioned) problems.push(`dpo.mentioned: want ${want.dpo.mentioned} got ${r.dpo.mentioned}`);
      problems.push(...diffSet('legalBases', want.legalBases.map((b) => b.basis), r.legalBases.map((b) => b.basis)));
      problems.push(...diffSet('rights', want.rights.map((x) => x.right), r.rights.map((x) => x.right)));
      problems.push(...diffSet('retention', want.retention.map((x) => x.duration), r.retention.map((x) => x.duration)));
      if (r.transfers.outsideEEA !== want.transfers.outsideEEA) problems.push(`transfers.outsideEEA: want ${want.transfers.outsideEEA} got ${r.transfers.outsideEEA}`);
      problems.push(...diffSet('transfers.countries', want.transfers.countries, r.transfers.countries));
      problems.push(...diffSet('transfers.safeguards', want.transfers.safeguards.map((s) => s.mechanism), r.transfers.safeguards.map((s) => s.mechanism)));
      expect(want.checklist).toHaveLength(14);
      for (const item of want.checklist) {
        const got = r.checklist.find((c) => c.id === item.id);
        if (got?.status !== item.status) problems.push(`checklist ${item.id}: want ${item.status} got ${got?.status} (${got?.note ?? 'no item'})`);
      }
      for (const c of r.checklist) for (const e of c.evidence) if (text.slice(e.start, e.end) !== e.quote) problems.push(`evidence of ${c.id} does not match its offsets`);
      expect(problems, `${file}:\n  ${problems.join('\n  ')}`).toEqual([]);
    });
  }
});
