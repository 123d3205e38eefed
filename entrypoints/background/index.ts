import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeText } from '../../analyzers/pipeline';
import { LANGUAGES, type Lang } from '../../analyzers/types';
import { warmUp } from '../../analyzers/warm';
import { saveReport } from '../../storage/db';
import { handleMessage, isFromExtensionPage, type HandlerDeps } from './handler';
import { failure, isWarmUpRequest } from './messages';

/** The real side effects: executeScript under activeTab, the pipeline, Dexie. */
export function browserDeps(): HandlerDeps {
  return {
    async extract(tabId) {
      // Only the extractor runs in the page; it returns plain data, the analysis stays here.
      const results = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract-page.js'] });
      return results[0]?.result;
    },
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    analyze: (input) => analyzeText(input),
    save: (report) => saveReport(report),
    warmUp() {
      // English (policies everywhere borrow its terms), then the browser's language when Lacuna reads it.
      const ui = browser.i18n.getUILanguage().slice(0, 2).toLowerCase();
      const langs: Lang[] = ['en', ...LANGUAGES.filter((l) => l !== 'en' && l === ui)];
      // One language per task, after the answer: an analysis asked for meanwhile is served in between.
      langs.forEach((lang, i) =>
        setTimeout(() => {
          try {
            warmUp([lang]);
          } catch {
            // The real analysis will compile what the warm-up could not.
          }
        }, 10 * i),
      );
    },
  };
}

type Sender = { id?: string; url?: string };

/** The runtime.onMessage listener: only Lacuna's own pages are served; the answer goes through sendResponse. */
export function createMessageListener(deps: HandlerDeps, extensionId: string, extensionBase: string) {
  return (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true => {
    if (!isFromExtensionPage(sender, extensionId, extensionBase)) {
      sendResponse(failure('invalid-message', "Messages are only accepted from Lacuna's own pages"));
      return true;
    }
    if (isWarmUpRequest(message)) {
      sendResponse({ ok: true });
      try {
        deps.warmUp?.();
      } catch {
        // A warm-up that fails leaves the analysis as it was: nothing to report.
      }
      return true;
    }
    // sendResponse + `return true` keeps the channel open in Chrome and Firefox alike.
    void handleMessage(message, deps).then(sendResponse);
    return true;
  };
}

// MV3 service worker in Chrome/Edge, non-persistent event page in Firefox MV2.
export default defineBackground({
  persistent: false,
  main() {
    browser.runtime.onMessage.addListener(createMessageListener(browserDeps(), browser.runtime.id, browser.runtime.getURL('/')));
  },
});
