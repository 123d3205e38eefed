import { extractPolicyText } from '../../analyzers/extract';
import type { ExtractedPage } from '../background/messages';

/**
 * Reads the policy text of a page (Readability on a clone, or the pruned body
 * when Readability loses most of it; see analyzers/extract). Runs inside the
 * page's isolated world and returns plain data only.
 */
export function readPage(doc: Document, url: string): ExtractedPage {
  const { text, title, method } = extractPolicyText(doc);
  return { text, title, url, method };
}
