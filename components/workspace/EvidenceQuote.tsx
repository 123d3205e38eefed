import { useState } from 'react';
import type { Evidence } from '../../analyzers/types';
import { t } from '../i18n';

/** What "Show on page" answered. */
export type ShowResult = { found: boolean; method?: string; error?: string };

/**
 * Runs "Show on page" and keeps the line shown beside the button: "…" while it
 * runs, then the page's error, "highlighted", `notFound`, or `failed(detail)`.
 */
export function useShowOnPage(
  run: () => Promise<ShowResult>,
  notFound: string,
  failed: (detail: string) => string,
): [string, () => Promise<void>] {
  const [state, setState] = useState<string>('');
  const show = async () => {
    setState('…');
    try {
      const r = await run();
      setState(r.error ? r.error : r.found ? t('show_highlighted') : notFound);
    } catch (e) {
      setState(failed(e instanceof Error ? e.message : String(e)));
    }
  };
  return [state, show];
}

/** The status line beside a "Show on page" button (nothing until it is clicked). */
export function ShowStatus({ state }: { state: string }) {
  if (!state) return null;
  return (
    <span className="ws-hint" role="status">
      {' '}
      {state}
    </span>
  );
}

/** A quote of the analysed text (plain text, never HTML) with its offsets and, when a tab is known, "Show on page". */
export function EvidenceQuote({ evidence, onShow }: { evidence: Evidence; onShow?: (e: Evidence) => Promise<ShowResult> }) {
  const [state, show] = useShowOnPage(
    () => (onShow ? onShow(evidence) : Promise.resolve({ found: false })),
    t('show_not_found_since'),
    (detail) => t('show_failed_on_page', detail),
  );
  return (
    <blockquote className="ws-quote">
      <span className="ws-quote-text">{evidence.quote}</span>{' '}
      <span className="ws-offsets">
        [{evidence.start}–{evidence.end}]
      </span>
      {onShow && (
        <button type="button" className="ws-link" onClick={() => void show()} data-testid="show-on-page">
          {t('show_on_page')}
        </button>
      )}
      <ShowStatus state={state} />
    </blockquote>
  );
}
