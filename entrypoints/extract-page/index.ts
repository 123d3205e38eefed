import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from './read-page';

/**
 * Injected on demand by the background with scripting.executeScript (activeTab):
 * it only reads the page and returns {text, title, url, method}; no analysis here.
 * `globalName` makes WXT end the bundle with the IIFE's value, which is what
 * executeScript hands back (WXT ≥ 0.21 returns nothing without it).
 */
export default defineUnlistedScript({
  globalName: '__lacunaExtractPage',
  main() {
    return readPage(document, location.href);
  },
});
