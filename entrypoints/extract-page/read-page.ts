import { Readability } from '@mozilla/readability';
import type { ExtractedPage } from '../background/messages';

// TEMPORARY until analyzers/extract (extractPolicyText) is committed: Readability on a
// clone, else the body's rendered text. Same signature, so the switch is one import.
function extractPolicyText(doc: Document): { text: string; title: string; method: string } {
  const title = doc.title.trim();
  try {
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    if (article?.content) {
      const body = new DOMParser().parseFromString(article.content, 'text/html').body;
      body.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, tr, br, dt, dd').forEach((el) => el.append('\n'));
      const text = (body.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
      if (text.length > 200) return { text, title: article.title?.trim() || title, method: 'readability' };
    }
  } catch {
    // Readability throws on odd documents: fall back to the rendered text.
  }
  return { text: (doc.body?.innerText ?? '').trim(), title, method: 'fallback' };
}

/** Reads the policy text of a page; runs inside the page (isolated world), returns plain data only. */
export function readPage(doc: Document, url: string): ExtractedPage {
  const { text, title, method } = extractPolicyText(doc);
  return { text, title, url, method };
}
