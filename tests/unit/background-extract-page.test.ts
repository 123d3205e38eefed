// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../entrypoints/extract-page/read-page';

// Read by path: under happy-dom import.meta.url is not a file URL.
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/pages', name), 'utf8');

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

describe('readPage (the injected extractor)', () => {
  it('returns the policy text, one block per line, without navigation or the cookie banner', () => {
    load(fixture('policy.html'));
    const page = readPage(document, 'http://127.0.0.1:1234/policy.html');
    expect(page.url).toBe('http://127.0.0.1:1234/policy.html');
    expect(page.title).toBe('Privacy Policy | Brightwater Analytics');
    expect(['readability', 'fallback']).toContain(page.method);
    const lines = page.text.split('\n');
    expect(lines).toContain('We have appointed a data protection officer, who you can reach at dpo@brightwater-analytics.example.');
    expect(lines.some((l) => l.startsWith('Brightwater Analytics Ltd, a company registered in England'))).toBe(true);
    expect(page.text).not.toMatch(/We use cookies to remember your preferences/);
    expect(page.text).not.toMatch(/Log in/);
  });

  it('leaves the live page untouched (works on a clone)', () => {
    load(fixture('policy.html'));
    const before = document.documentElement.outerHTML;
    readPage(document, 'http://127.0.0.1/policy.html');
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('returns empty text for an empty page', () => {
    load(fixture('empty.html'));
    expect(readPage(document, 'http://127.0.0.1/empty.html').text.trim()).toBe('');
  });

  it('returns only plain strings (executeScript structured-clones the result)', () => {
    load(fixture('not-a-policy.html'));
    const page = readPage(document, 'http://127.0.0.1/not-a-policy.html');
    expect(Object.keys(page).sort()).toEqual(['method', 'text', 'title', 'url']);
    for (const v of Object.values(page)) expect(typeof v).toBe('string');
  });
});
