/** Plain-text and Markdown helpers of the extractor. */
import { normalizeChars } from './serialize';

/** Plain text: CRLF normalised, odd spaces normalised, spaces collapsed within lines, empty lines dropped. */
export function normalizePlainText(raw: string): string {
  return normalizeChars(raw.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Removes a leading YAML front-matter block (`---` ... `---`) from Markdown. */
export function stripFrontMatter(md: string): string {
  const src = md.replace(/^\ufeff/, '');
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(src);
  return m ? src.slice(m[0].length) : src;
}
