import { useState } from 'react';
import type { Evidence } from '../../analyzers/types';
import { t } from '../i18n';

/** What "Show on page" answered. */
export type ShowResult = { found: boolean; method?: string; error?: string };

/** A quote of the analysed text (plain text, never HTML) with its offsets and, when a tab is known, "Show on page". */
export function EvidenceQuote({ evidence, onShow }: { evidence: Evidence; onShow?: (e: Evidence) => Promise<ShowResult> }) {
  const [state, setState] = useState<string>('');
  const show = async () => {
    if (!onShow) return;
    setState('…');
    try {
      const r = await onShow(evidence);
      setState(r.error ? r.error : r.found ? t('show_highlighted') : t('show_not_found_since'));
    } catch (e) {
      setState(t('show_failed_on_page', e instanceof Error ? e.message : String(e)));
    }
  };
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
      {state && (
        <span className="ws-hint" role="status">
          {' '}
          {state}
        </span>
      )}
    </blockquote>
  );
}
