import { browser } from 'wxt/browser';
import type { Evidence, Report } from '../../analyzers/types';
import { HIGHLIGHT_CSS, type HighlightResult } from '../../entrypoints/highlight';
import { t } from '../i18n';

/** Relative position (0..1) of a quote in the analysed text, to choose among repeated sentences. */
export function relativePosition(report: Report, ev: Evidence): number | null {
  let max = 0;
  const visit = (list: Evidence[]) => list.forEach((e) => (max = Math.max(max, e.end)));
  report.checklist.forEach((i) => visit(i.evidence));
  visit(report.controller.evidence);
  visit(report.dpo.evidence);
  visit(report.transfers.evidence);
  return max > 0 ? ev.start / max : null;
}

/**
 * "Show on page": injects the highlighter into the tab (activeTab, or the e2e
 * build's 127.0.0.1 host permission) and highlights the quote there, unless
 * the tab now shows another page than the report's.
 */
export async function showOnPage(tabId: number, quote: string, near: number | null, pageUrl?: string): Promise<HighlightResult & { error?: string }> {
  const none = { found: false, method: 'none' as const, text: '' };
  if (pageUrl) {
    const [where] = await browser.scripting.executeScript({ target: { tabId }, func: () => location.href });
    const here = String(where?.result ?? '').replace(/#.*$/, '');
    if (here !== pageUrl.replace(/#.*$/, '')) {
      return { ...none, error: t('show_other_page') };
    }
  }
  // insertCSS is not subject to the page's CSP, unlike a <style> the script adds.
  await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
  await browser.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: (q: string, n: number | null) => {
      const fn = (globalThis as unknown as { __lacunaHighlightQuote?: (d: Document, q: string, n: number | null) => unknown }).__lacunaHighlightQuote;
      return fn ? fn(document, q, n) : { found: false, method: 'none', text: '' };
    },
    args: [quote, near],
  });
  return (res?.result as HighlightResult | undefined) ?? none;
}
