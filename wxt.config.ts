import { defineConfig } from 'wxt';

// A test-only build (LACUNA_E2E=1) may read pages on 127.0.0.1 without a user
// gesture, because automation can never grant activeTab. The shipped build must not.
// It goes to its own folder (.output/e2e/chrome-mv3) so it can never be zipped or
// loaded by mistake in place of the shipped one.
const e2e = process.env.LACUNA_E2E === '1';

/** Permissions of every build: read the current tab on click, inject the extractor, nothing else. */
export const PERMISSIONS = ['activeTab', 'scripting', 'storage'];

/**
 * Extension pages may run only the extension's own files: no remote code, no
 * eval, no inline scripts, no plugins. Stricter than the MV3 default (which also
 * allows 'wasm-unsafe-eval'); WXT writes it as the MV2 string for Firefox.
 */
export const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  ...(e2e ? { outDirTemplate: 'e2e/{{browser}}-mv{{manifestVersion}}' } : {}),
  // The sources archive (for the Firefox add-on review) holds the code, not local run artefacts.
  zip: { excludeSources: ['test-results/**', 'bench-results/**', 'web-ext-artifacts/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    // Name and description in the browser's language: public/_locales/<lang>/messages.json (en, fr, de).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Firefox's WebDriver may not navigate a tab to moz-extension:// itself: the test build lets the
    // test page link to the popup (MV2 drops `matches`, so test builds only, never shipped).
    ...(e2e && browser === 'firefox' ? { web_accessible_resources: [{ resources: ['popup.html'], matches: ['http://127.0.0.1/*'] }] } : {}),
    content_security_policy: { extension_pages: EXTENSION_CSP },
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox' ? { browser_specific_settings: {
      gecko: {
        id: '{f0a3dd5b-7751-4b8b-9bd6-3ab5f166f306}',
        // scripting in MV2 needs Firefox 102; data_collection_permissions is read from 140 on.
        strict_min_version: '140.0',
        // Lacuna collects nothing: the analysis and the reports stay in the browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    } } : {}),
  }),
});
