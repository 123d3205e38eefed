/**
 * Markdown -> HTML for policies published as Markdown. Kept out of the
 * extractor's index so the script injected into pages does not bundle `marked`.
 */
import { marked } from 'marked';
import { stripFrontMatter } from './text';

/** Renders Markdown (front matter removed) to HTML, synchronously; the caller parses and serialises it. */
export function renderMarkdown(md: string): string {
  return marked.parse(stripFrontMatter(md), { async: false, gfm: true });
}
