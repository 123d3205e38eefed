import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyzeText } from '../../analyzers/pipeline';
import { saveReport } from '../../storage/db';
import { handleMessage, isFromExtensionPage, type HandlerDeps } from './handler';
import { failure } from './messages';

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
