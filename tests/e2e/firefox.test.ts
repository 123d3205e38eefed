/**
 * The same flow in real headless Firefox (ESR, MV2 event page): the e2e build
 * `.output/e2e/firefox-mv2`, driven with puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive stock Firefox). WebDriver may not navigate a tab to a
 * moz-extension:// URL, so the test build lists popup.html as web-accessible to
 * 127.0.0.1 and the test navigates there from a local page. The extension's
 * internal UUID is pinned with a pref so its URL is known in advance.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX, FIREFOX_EXT_DIR as EXT_DIR, fixtureServer, listen, readStoredReports, requireBuildAndBrowser, SHOTS } from './harness';

const UUID = '0b6c1f4e-0000-4000-8000-00000000e2e0';

let server: Server;
let origin = '';
let browser: Browser;
let geckoId = '';

beforeAll(async () => {
  requireBuildAndBrowser(EXT_DIR, FIREFOX, 'firefox-esr');
  geckoId = (JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;

  server = fixtureServer({ extraPages: { 'blank.html': '<!doctype html><title>blank</title>' } });
  origin = await listen(server);

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

    const rows = (await popup.evaluate(readStoredReports)).map(({ url, version, score }) => ({ url, version, score }));
    expect(rows).toEqual([{ url: `${origin}/policy.html`, version: 1, score }]);
    await popup.close();
    await tab.close();
  });
});
