import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../scripts/eval/corpus';
import { checkQuotes, squash } from '../../scripts/eval/quotes';

const corpus = defaultCorpusDir();
const haveCorpus = existsSync(join(corpus, 'labels'));
if (!haveCorpus) console.warn(`extract-corpus: skipped, no labelled corpus at ${corpus}`);

describe('squash', () => {
  it('ignores whitespace, case, curly quotes and Markdown emphasis/links', () => {
    expect(squash('Contact  **us** at [our form](https://x.example) – it’s free')).toBe(squash('contact us at our form – it\'s free'));
    expect(squash('a b')).not.toBe(squash('a c'));
  });
});

describe.skipIf(!haveCorpus)('extraction over the corpus', () => {
  it('keeps the policy a reader sees: the labels\u2019 quotes are in the extracted text', { timeout: 120_000 }, async () => {
    const docs = await checkQuotes(corpus);
    const total = docs.reduce((n, d) => n + d.quotes, 0);
    const missing = docs.flatMap((d) => d.missing.map((q) => `${d.id}: ${q.slice(0, 100)}`));
    expect(total).toBeGreaterThan(0);
    // 464/464 when written; a small margin for the sealed-set style of pages.
    expect(missing.length / total, missing.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
