/**
 * Whole-browser test of the interface languages: the e2e build
 * (.output/e2e/chrome-mv3, `npm run build:e2e`) in headless Chromium started in
 * French, then in German (`--lang` plus LANGUAGE, which Chromium reads on Linux).
 * Same harness as popup.test.ts: fixtures from 127.0.0.1, the popup opened as a
 * tab with `?tabId=N`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const EXT_DIR = join(ROOT, '.output/e2e/chrome-mv3');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SHOTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

let server: Server;
let origin = '';

beforeAll(async () => {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`No e2e build in ${EXT_DIR}: run npm run build:e2e`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(SHOTS, { recursive: true });
  server = createServer((req, res) => {
    const name = (req.url ?? '/').replace(/[?#].*$/, '').replace(/^\/+/, '');
    const file = join(PAGES, name);
    if (!/^[\w-]+\.html$/.test(name) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(() => {
  server?.close();
});

/** A Chromium whose interface language is `lang`, with the e2e extension loaded. */
class Browser {
  context!: BrowserContext;
  worker!: Worker;
  extensionId = '';
  private profile = '';

  async launch(lang: string) {
    this.profile = mkdtempSync(join(tmpdir(), `lacuna-e2e-${lang}-`));
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1000, height: 800 },
      locale: lang,
      env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` },
      args: [
        `--lang=${lang}`,
        `--disable-extensions-except=${EXT_DIR}`,
        `--load-extension=${EXT_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const until = Date.now() + 60_000;
    for (;;) {
      const found = this.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      if (found) {
        this.worker = found;
        break;
      }
      if (Date.now() > until) throw new Error('The extension service worker did not start');
      await this.context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
    }
    this.extensionId = new URL(this.worker.url()).host;
    return this;
  }

  /** The UI language and a message as the extension itself sees them. */
  uiLanguage(): Promise<{ lang: string; name: string }> {
    return this.worker.evaluate(() => {
      const i18n = (globalThis as unknown as { chrome: { i18n: { getMessage(id: string): string } } }).chrome.i18n;
      return { lang: i18n.getMessage('ui_locale_code'), name: i18n.getMessage('popup_analyse') };
    });
  }

  async openFixture(name: string): Promise<number> {
    const page = await this.context.newPage();
    const url = `${origin}/${name}`;
    await page.goto(url);
    const tabs = await this.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
      return (await api.tabs.query({})).map((t) => ({ id: t.id, url: t.url }));
    });
    const id = tabs.find((t) => t.url === url)?.id ?? -1;
    expect(id).toBeGreaterThanOrEqual(0);
    return id;
  }

  async openPopup(tabId: number): Promise<Page> {
    const popup = await this.context.newPage();
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.goto(`chrome-extension://${this.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('analyse').waitFor();
    return popup;
  }

  async close() {
    await this.context?.close();
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
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
