import { describe, expect, it } from 'vitest';
import type { ChecklistAnalyzer, Extractor, Facts } from '../../analyzers/analyzer';
import { buildDocument } from '../../analyzers/document';
import { extractFacts } from '../../analyzers/pipeline';
import type { Lang, Status } from '../../analyzers/types';

/** A snippet and what the checklist analyzer must say of it. */
export interface ChecklistCase {
  /** The policy text (a snippet written for the test, never corpus text). */
  text: string;
  status: Status;
  /** A substring that must occur in one of the evidence quotes (met/partial). */
  quote?: string;
  language?: Lang;
  name?: string;
}

/**
 * RuleTester-style table for one checklist analyzer: each case runs the whole
 * extraction on the snippet, then the analyzer, and checks status, quote and
 * that every evidence offset pair points at its quote. Rejects duplicate cases.
 */
export function runChecklistCases(analyzer: ChecklistAnalyzer, cases: ChecklistCase[]): void {
  const seen = new Set<string>();
  for (const c of cases) {
    const key = `${c.language ?? ''}|${c.text}`;
    if (seen.has(key)) throw new Error(`duplicate case for ${analyzer.meta.id}: ${c.text}`);
    seen.add(key);
  }
  describe(`${analyzer.meta.id} (${analyzer.meta.article})`, () => {
    it.each(cases.map((c) => [c.name ?? c.text.slice(0, 70), c] as const))('%s', (_name, c) => {
      const doc = buildDocument(c.text, c.language);
      const facts = extractFacts(doc);
      const result = analyzer.analyze(doc, facts);
      expect(result.status).toBe(c.status);
      expect(analyzer.meta.messages[result.messageId], `message id ${result.messageId}`).toBeTypeOf('string');
      for (const e of result.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
      if (c.status === 'met' || c.status === 'partial') expect(result.evidence.length).toBeGreaterThan(0);
      if (c.quote) expect(result.evidence.map((e) => e.quote).join('\n')).toContain(c.quote);
    });
  });
}

/**
 * Table for an extractor: `project` maps its output to a comparable value that
 * must deep-equal `expected`.
 */
export function runExtractorCases<K extends keyof Facts, V>(
  extractor: Extractor<K>,
  project: (fact: Facts[K]) => V,
  cases: Array<{ text: string; expected: V; language?: Lang; name?: string }>,
): void {
  describe(`extractor ${extractor.meta.id}`, () => {
    it.each(cases.map((c) => [c.name ?? c.text.slice(0, 70), c] as const))('%s', (_name, c) => {
      const doc = buildDocument(c.text, c.language);
      const fact = extractor.extract(doc);
      expect(project(fact)).toEqual(c.expected);
      // Every evidence anywhere in the fact must point at its quote.
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.quote === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
            expect(doc.text.slice(o.start, o.end as number)).toBe(o.quote);
          }
          Object.values(o).forEach(walk);
        }
      };
      walk(fact);
    });
  });
}
