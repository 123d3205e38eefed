/**
 * Whole-browser test of the interface languages: the e2e build
 * (.output/e2e/chrome-mv3, `npm run build:e2e`) in headless Chromium started in
 * French, then in German (`--lang` plus LANGUAGE, which Chromium reads on Linux).
 * The shared harness (harness.ts): fixtures from 127.0.0.1, the popup opened as a
 * tab with `?tabId=N`.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXT_DIR, CHROMIUM, ChromiumExtension, fixtureServer, listen, requireBuildAndBrowser, SHOTS } from './harness';

let server: Server;
let origin = '';

beforeAll(async () => {
  requireBuildAndBrowser(CHROME_EXT_DIR, CHROMIUM, 'chromium');
  server = fixtureServer();
  origin = await listen(server);
});

afterAll(() => {
  server?.close();
});

/** A Chromium whose interface language is `lang`, with the e2e extension loaded. */
class Browser {
  private ext!: ChromiumExtension;
  get context() {
    return this.ext.context;
  }
  get extensionId() {
    return this.ext.extensionId;
  }

  async launch(lang: string) {
    this.ext = await ChromiumExtension.launch({ profilePrefix: `lacuna-e2e-${lang}-`, viewport: { width: 1000, height: 800 }, lang });
    return this;
  }

  /** The UI language and a message as the extension itself sees them. */
  uiLanguage(): Promise<{ lang: string; name: string }> {
    return this.ext.worker.evaluate(() => {
      const i18n = (globalThis as unknown as { chrome: { i18n: { getMessage(id: string): string } } }).chrome.i18n;
      return { lang: i18n.getMessage('ui_locale_code'), name: i18n.getMessage('popup_analyse') };
    });
  }

  async openFixture(name: string): Promise<number> {
    return (await this.ext.openTab(`${origin}/${name}`)).tabId;
  }

  openPopup(tabId: number): Promise<Page> {
    return this.ext.openPopup(tabId);
  }

  async close() {
    await this.ext?.close();
  }
}

describe('interface in French (Chromium started with --lang=fr)', () => {
  const b = new Browser();
  beforeAll(async () => {
    await b.launch('fr');
  });
  afterAll(() => b.close());

  it('the extension sees French as the UI language', async () => {
    expect(await b.uiLanguage()).toEqual({ lang: 'fr', name: 'Analyser cette page' });
  });

  it('the popup analyses a policy and shows the checklist in French; quotes stay as in the page', async () => {
    const popup = await b.openPopup(await b.openFixture('policy.html'));
    expect(await popup.getByTestId('analyse').textContent()).toBe('Analyser cette page');
    expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
    expect(await popup.title()).toBe('Lacuna\u00a0: analyser cette politique de confidentialité');
    await popup.getByTestId('analyse').click();
    await popup.getByTestId('score').waitFor({ timeout: 60_000 });
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).toContain('Identité du responsable du traitement');
    expect(text).toContain('Coordonnées du délégué à la protection des données');
    expect(text).toMatch(/Satisfait|Partiel|Manquant/);
    expect(text).toContain('Analyser à nouveau');
    expect(text).toContain('Comparer des fournisseurs');
    expect(text).not.toContain('Identity of the controller');
    // The evidence quotes are the page's own (English) words.
    const quote = (await popup.locator('blockquote.quote').first().textContent()) ?? '';
    expect(quote.length).toBeGreaterThan(10);
    await popup.screenshot({ path: join(SHOTS, 'popup-fr.png') });
    await popup.screenshot({ path: join(SHOTS, 'popup-fr-full.png'), fullPage: true });
  });

  it('the dashboard report page is in French', async () => {
    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html#/`);
    await dash.getByTestId('vendor-row').first().locator('a').first().click();
    await dash.getByTestId('report-detail').waitFor({ timeout: 30_000 });
    const text = (await dash.locator('body').textContent()) ?? '';
    expect(text).toContain('Identité du responsable');
    expect(text).toContain('Fixer le statut à la main');
    expect(text).toContain('Faits essentiels');
    await dash.screenshot({ path: join(SHOTS, 'dashboard-fr-report.png'), fullPage: true });
  });

  it('error states are in French too (empty page)', async () => {
    const popup = await b.openPopup(await b.openFixture('empty.html'));
    await popup.getByTestId('analyse').click();
    const banner = popup.locator('[data-state="empty-page"]');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.textContent()).toContain('Rien à analyser.');
    expect(await banner.textContent()).toContain("Cette page n'a pas de texte lisible à analyser");
    await popup.screenshot({ path: join(SHOTS, 'popup-fr-empty-page.png') });
  });
});

describe('interface in German (Chromium started with --lang=de)', () => {
  const b = new Browser();
  beforeAll(async () => {
    await b.launch('de');
  });
  afterAll(() => b.close());

  it('the popup and the dashboard are in German', async () => {
    expect((await b.uiLanguage()).name).toBe('Diese Seite analysieren');
    const popup = await b.openPopup(await b.openFixture('policy.html'));
    await popup.getByTestId('analyse').click();
    await popup.getByTestId('score').waitFor({ timeout: 60_000 });
    expect(await popup.locator('main').textContent()).toContain('Name des Verantwortlichen');
    await popup.screenshot({ path: join(SHOTS, 'popup-de.png') });

    const dash = await b.context.newPage();
    await dash.goto(`chrome-extension://${b.extensionId}/dashboard.html#/`);
    await dash.getByTestId('vendor-row').first().waitFor({ timeout: 30_000 });
    const text = (await dash.locator('body').textContent()) ?? '';
    expect(text).toContain('Anbieter');
    expect(text).toContain('Lücken');
    expect(text).toContain('JSON exportieren (alles)');
    expect(await dash.title()).toBe('Lacuna – Anbieter und Berichte');
    await dash.screenshot({ path: join(SHOTS, 'dashboard-de.png') });
  });
});
