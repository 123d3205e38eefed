import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { findPrivacyLinks, type PageLink } from '../../workspace/privacy-links';
import { t } from '../i18n';

/** Reads the page's links (href and text only) in the tab: no page code runs, nothing else is read. */
async function collectLinks(tabId: number): Promise<PageLink[]> {
  const [res] = await browser.scripting.executeScript({
    target: { tabId },
    func: () =>
      Array.from(document.querySelectorAll('a[href]'))
        .slice(0, 3000)
        .map((a) => ({ href: (a as HTMLAnchorElement).href, text: (a.textContent ?? '').slice(0, 200) })),
  });
  return (res?.result as PageLink[] | undefined) ?? [];
}

function waitForLoad(tabId: number, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    }
    function listener(id: number, info: { status?: string }) {
      if (id === tabId && info.status === 'complete') done();
    }
    browser.tabs.onUpdated.addListener(listener);
  });
}

/**
 * For a page that is not a privacy policy: the links on it that most likely lead
 * to one, each with "Analyse the linked privacy policy" (opens it in the same
 * tab, then asks the background to analyse it). Pages without a tab get plain links.
 */
export function LinkedPolicy({ tabId, pageUrl, links: given, onAnalyse }: {
  tabId?: number;
  pageUrl: string;
  links?: PageLink[];
  /** Runs the analysis of the tab once the policy has loaded (the popup's own analyse action). */
  onAnalyse?: () => Promise<void>;
}) {
  const [links, setLinks] = useState<PageLink[] | null>(given ? findPrivacyLinks(given, pageUrl) : null);
  const [state, setState] = useState('');
  useEffect(() => {
    if (given || tabId === undefined) return;
    collectLinks(tabId).then(
      (all) => setLinks(findPrivacyLinks(all, pageUrl)),
      () => setLinks([]),
    );
  }, [tabId, pageUrl, given]);

  if (!links || links.length === 0) return null;
  const open = async (href: string) => {
    if (tabId === undefined) return;
    setState(t('linked_opening'));
    const loaded = waitForLoad(tabId);
    await browser.tabs.update(tabId, { url: href });
    await loaded;
    if (!onAnalyse) {
      setState(t('linked_opened'));
      return;
    }
    setState(t('linked_analysing'));
    await onAnalyse();
    setState('');
  };
  return (
    <div className="ws-linked" data-testid="linked-policy">
      <strong>{t('linked_title')}</strong>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            {tabId !== undefined ? (
              <button type="button" onClick={() => void open(l.href)} data-testid="analyse-linked" title={l.href}>
                {t('linked_analyse')}
              </button>
            ) : null}{' '}
            <a href={l.href} target="_blank" rel="noopener noreferrer" className="ws-url">
              “{l.text || l.href}”
            </a>{' '}
            <span className="ws-muted ws-url">{new URL(l.href).pathname}</span>
          </li>
        ))}
      </ul>
      {state && <p className="ws-hint" role="status">{state}</p>}
    </div>
  );
}
