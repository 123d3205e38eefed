/**
 * The background's work, with its side effects injected so tests can drive it:
 * read the page (injected extractor), analyse it (pipeline), store it (Dexie),
 * answer the popup.
 */
import type { Report } from '../../analyzers/types';
import { t } from '../../components/i18n';
import type { SaveResult } from '../../storage/db';
import { isQuotaError } from '../../storage/errors';
import { failure, parseExtractedPage, parseRequest, type Response } from './messages';

/** Side effects the handler needs. */
export interface HandlerDeps {
  /** Runs the extractor in the tab; resolves to what it returned. */
  extract: (tabId: number) => Promise<unknown>;
  /** The tab's URL when the browser lets us see it (activeTab or host permission). */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  analyze: (input: { text: string; url: string; title: string }) => Promise<Report>;
  save: (report: Report) => Promise<SaveResult>;
  /** Prepares the analysis (model, lexicons) ahead of the first page; optional, never fails. */
  warmUp?: () => void;
}

/** Below this many letters a page is treated as empty (a shell page, an image, a script-only app). */
export const MIN_LETTERS = 40;

// Pages every browser refuses to script, whatever the permissions: its own UI and the add-on stores.
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const RESTRICTED_HOSTS = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

/** True for a URL the browser never lets an extension read. */
export function isRestrictedUrl(url: string): boolean {
  return RESTRICTED_SCHEMES.test(url) || RESTRICTED_HOSTS.some((re) => re.test(url));
}

/** Turns an executeScript failure into an answer a user can act on. */
export function explainInjectionError(error: unknown, url: string | undefined): Response {
  const raw = error instanceof Error ? error.message : String(error);
  if ((url && isRestrictedUrl(url)) || /chrome:\/\/|extensions gallery|cannot be scripted|error page|Cannot access a /i.test(raw)) {
    return failure('restricted', t('bg_restricted'));
  }
  if ((url?.startsWith('file:') || /file:\/\//i.test(raw)) && /permission|Cannot access/i.test(raw)) {
    // Chrome keeps local files from extensions unless the user opts in on the extension's details page.
    return failure(
      'no-access',
      t('bg_file_urls'),
    );
  }
  if (/permission|Cannot access contents/i.test(raw)) {
    return failure(
      'no-access',
      t('bg_no_access'),
    );
  }
  return failure('extraction-failed', t('bg_read_failed', raw));
}

/** Handles one message from an extension page; never throws. */
export async function handleMessage(message: unknown, deps: HandlerDeps): Promise<Response> {
  const request = parseRequest(message);
  if (!request.ok) return failure('invalid-message', request.error);
  const { tabId } = request.value;

  const url = await deps.tabUrl(tabId).catch(() => undefined);
  if (url && isRestrictedUrl(url)) return failure('restricted', t('bg_restricted'));

  let raw: unknown;
  try {
    raw = await deps.extract(tabId);
  } catch (error) {
    return explainInjectionError(error, url);
  }
  const page = parseExtractedPage(raw);
  if (!page.ok) return failure('extraction-failed', page.error);
  const { text, title } = page.value;
  const pageUrl = page.value.url || url || '';

  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) {
    return failure('empty-page', t('bg_empty_page'));
  }

  let report: Report;
  try {
    report = await deps.analyze({ text, url: pageUrl, title });
  } catch (error) {
    return failure('analysis-failed', t('bg_analysis_failed', error instanceof Error ? error.message : String(error)));
  }
  if (report.error) return failure('analysis-failed', t('bg_analysis_failed', report.error));

  try {
    const saved = await deps.save(report);
    return { ok: true, reportId: saved.id, version: saved.version, created: saved.created, url: pageUrl, report };
  } catch (error) {
    // Storage full is the one storage failure the user can fix: say so and how.
    if (isQuotaError(error)) return failure('storage-failed', t('bg_storage_full'));
    return failure('storage-failed', t('bg_storage_failed', error instanceof Error ? error.message : String(error)));
  }
}

/** Only our own extension pages (the popup) may ask for an analysis; not web pages, not other extensions. */
export function isFromExtensionPage(sender: { id?: string; url?: string }, extensionId: string, extensionBase: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionBase);
}
