/**
 * How often "Show on page" finds the evidence on the real page: every evidence
 * quote of every corpus HTML page (read from ../shared/corpus at run time,
 * never copied), located in that page's text nodes the way the injected
 * highlighter does. Prints the rate; skipped without the corpus.
 *   npx vitest run tests/unit/workspace-corpus.test.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analyzers/pipeline';
import type { Evidence, Report } from '../../analyzers/types';
import { decodeBytes, loadInput, parseHtml } from '../../cli/load';
import { pageTextNodes } from '../../entrypoints/highlight';
import { locateQuote } from '../../workspace/locate-quote';

const DOCS = resolve(__dirname, '../../../shared/corpus/docs');

function allEvidence(r: Report): Evidence[] {
  const lists = [
    ...r.checklist.map((i) => i.evidence),
    r.controller.evidence,
    r.dpo.evidence,
    r.transfers.evidence,
    ...r.legalBases.map((x) => x.evidence),
    ...r.rights.map((x) => x.evidence),
    ...r.retention.map((x) => x.evidence),
    ...r.recipients.map((x) => x.evidence),
    ...r.transfers.safeguards.map((x) => x.evidence),
  ];
  const seen = new Map<string, Evidence>();
  for (const e of lists.flat()) seen.set(`${e.start}:${e.end}`, e);
  return [...seen.values()];
}

describe.skipIf(!existsSync(DOCS))('Show on page over the corpus HTML pages', () => {
  it('finds nearly every evidence quote in the page text', async () => {
    let total = 0;
    let found = 0;
    const misses: string[] = [];
    for (const name of readdirSync(DOCS).filter((f) => f.endsWith('.html')).sort()) {
      const path = join(DOCS, name);
      const input = await loadInput(path);
      const report = await analyzeText({ text: input.text, url: `file://${path}`, title: input.title });
      const doc = parseHtml(decodeBytes(readFileSync(path)));
      const chunks = pageTextNodes(doc.body ?? doc.documentElement).map((n) => n.data);
      let docFound = 0;
      const evidence = allEvidence(report);
      for (const e of evidence) {
        if (locateQuote(chunks, e.quote, e.start / Math.max(1, input.text.length))) docFound++;
        else misses.push(`${name} [${e.start}-${e.end}] (${e.quote.length} chars)`);
      }
      total += evidence.length;
      found += docFound;
      console.log(`[show-on-page] ${name}: ${docFound}/${evidence.length}`);
    }
    const rate = total ? found / total : 1;
    console.log(`[show-on-page] corpus HTML pages: ${found}/${total} evidence quotes located (${(100 * rate).toFixed(1)} %)`);
    if (misses.length) console.log(`[show-on-page] not located: ${misses.slice(0, 20).join('; ')}`);
    expect(rate).toBeGreaterThan(0.95);
  });
});
