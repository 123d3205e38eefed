/**
 * The same flow in real headless Firefox (ESR, MV2 event page): the e2e build
 * `.output/e2e/firefox-mv2`, driven with puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive stock Firefox). WebDriver may not navigate a tab to a
 * moz-extension:// URL, so the test build lists popup.html as web-accessible to
 * 127.0.0.1 and the test navigates there from a local page. The extension's
 * internal UUID is pinned with a pref so its URL is known in advance.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const EXT_DIR = join(ROOT, '.output/e2e/firefox-mv2');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SHOTS = join(ROOT, 'test-results');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const UUID = '0b6c1f4e-0000-4000-8000-00000000e2e0';

let server: Server;
let origin = '';
let browser: Browser;
let geckoId = '';

beforeAll(async () => {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) throw new Error(`No e2e build in ${EXT_DIR}: run npm run build:e2e`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  mkdirSync(SHOTS, { recursive: true });
  geckoId = (JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;

  server = createServer((req, res) => {
    const name = (req.url ?? '/').replace(/[?#].*$/, '').replace(/^\/+/, '');
    const file = join(PAGES, name);
    if (name === 'blank.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
    if (!/^[\w-]+\.html$/.test(name) || !existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  origin = `http://127.0.0.1:${address.port}`;

  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }) },
  });
  await browser.installExtension(EXT_DIR);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Navigates a tab to an extension page (from a local page: WebDriver may not go there directly). */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 460, height: 900 });
  await page.goto(`${origin}/blank.html`);
  // The navigation replaces the document the evaluation runs in: its promise may reject or never settle.
  void page.evaluate((u) => void (location.href = u), `moz-extension://${UUID}/${path}`).catch(() => undefined);
  await page.waitForFunction((u) => location.href === u, { timeout: 15_000 }, `moz-extension://${UUID}/${path}`);
  await page.waitForSelector('[data-testid="analyse"]', { timeout: 15_000 });
  return page;
}

describe('Lacuna in headless Firefox', () => {
  it('analyses a policy page in the event page, shows the report and stores it', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/policy.html`);

    const lookup = await openExtensionPage('popup.html');
    const tabs = await lookup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
      return (await api.tabs.query({})).map((t) => ({ id: t.id, url: t.url }));
    });
    const tabId = tabs.find((t) => t.url === `${origin}/policy.html`)?.id;
    expect(tabId).toBeTypeOf('number');
    await lookup.close();

    const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.click('[data-testid="analyse"]');
    await popup.waitForSelector('[data-testid="score"], [role="alert"]', { timeout: 60_000 });
    expect(await popup.$eval('body', (b) => b.querySelector('[role="alert"]')?.textContent ?? null)).toBeNull();
    const score = await popup.$eval('[data-testid="score"]', (el) => Number(el.textContent?.replace('/100', '')));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(await popup.$$eval('li[data-item]', (lis) => lis.length)).toBe(14);
    await popup.setViewport({ width: 460, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-report.png') });

    const rows = await popup.evaluate(
      () =>
        new Promise<Array<{ url: string; version: number; score: number }>>((ok, fail) => {
          const open = indexedDB.open('lacuna');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('reports').objectStore('reports').getAll();
            all.onerror = () => fail(all.error);
            all.onsuccess = () => {
              ok((all.result as Array<{ url: string; version: number; score: number }>).map(({ url, version, score }) => ({ url, version, score })));
              open.result.close();
            };
          };
        }),
    );
    expect(rows).toEqual([{ url: `${origin}/policy.html`, version: 1, score }]);
    await popup.close();
    await tab.close();
  });
});
