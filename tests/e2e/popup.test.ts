/**
 * Whole-browser test: the e2e build (.output/e2e/chrome-mv3, `npm run build:e2e`)
 * in real headless Chromium. Fixture pages are served from 127.0.0.1 on a random
 * port; the popup page is opened as a tab with `?tabId=N` because automation can
 * never grant activeTab (see README, "End-to-end tests").
 */
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXT_DIR, CHROMIUM, ChromiumExtension, fixtureServer, listen, readStoredReports, requireBuildAndBrowser, SHOTS } from './harness';

let server: Server;
let origin = '';
let browser: ChromiumExtension;
let context: ChromiumExtension['context'];
let extensionId = '';
let requests: string[] = [];

beforeAll(async () => {
  requireBuildAndBrowser(CHROME_EXT_DIR, CHROMIUM, 'chromium');
  server = fixtureServer();
  origin = await listen(server);
  browser = await ChromiumExtension.launch({ profilePrefix: 'lacuna-e2e-', viewport: { width: 1000, height: 800 } });
  ({ context, extensionId, requests } = browser);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const listTabs = () => browser.listTabs();
/** Opens a fixture in a tab and returns the tab's id as the extension sees it. */
const openFixture = (name: string) => browser.openTab(`${origin}/${name}`);
const openPopup = (tabId: number) => browser.openPopup(tabId);
const storedReports = (page: Page) => page.evaluate(readStoredReports);

/** Requests that went anywhere but the local test server and the extension itself. */
function foreignRequests(from: number): string[] {
  return requests.slice(from).filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`chrome-extension://${extensionId}/`) && !/^(data|blob|about):/.test(u));
}

describe('Lacuna in headless Chromium', () => {
  it('analyses a policy page, shows score and the 14 items, stores the report, sends nothing out', async () => {
    const { page, tabId } = await openFixture('policy.html');
    await page.screenshot({ path: join(SHOTS, 'fixture-policy-page.png') });
    const popup = await openPopup(tabId);
    expect(await popup.getByTestId('analyse').textContent()).toBe('Analyse this page');
    await popup.screenshot({ path: join(SHOTS, 'popup-before-analysis.png') });

    const before = requests.length;
    const t0 = Date.now();
    await popup.getByTestId('analyse').click();
    await popup.getByTestId('score').waitFor({ timeout: 60_000 });
    const ms = Date.now() - t0;
    console.log(`analysis shown after ${ms} ms`);

    const score = Number((await popup.getByTestId('score').textContent())?.replace('/100', ''));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    const items = popup.locator('li[data-item]');
    expect(await items.count()).toBe(14);
    const statuses = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')));
    for (const s of statuses) expect(['met', 'partial', 'missing', 'not_applicable']).toContain(s);
    expect(await popup.getByTestId('language').textContent()).toBe('English (en)');
    expect(await popup.getByTestId('analyse').textContent()).toBe('Re-analyse');
    await popup.screenshot({ path: join(SHOTS, 'popup-report.png'), fullPage: true });
    // What a user sees first, at full resolution (the popup is about 600 px tall in Chrome).
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.screenshot({ path: join(SHOTS, 'popup-report-top.png') });

    const rows = await storedReports(popup);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: `${origin}/policy.html`, version: 1, score, items: 14 });
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);

    // The recorder sees extension pages' and the service worker's traffic too (checked by hand with a
    // fetch from the worker); here it saw the popup load, so an empty list means nothing went out.
    expect(requests.some((u) => u.startsWith(`chrome-extension://${extensionId}/chunks/`))).toBe(true);
    expect(foreignRequests(before)).toEqual([]);
    await popup.close();

    // Reopening the popup shows the stored result without analysing again.
    const again = await openPopup(tabId);
    await again.getByTestId('score').waitFor();
    expect(await again.getByTestId('analyse').textContent()).toBe('Re-analyse');
    expect(await again.getByText('Saved result: no new analysis run.').count()).toBe(1);
    expect(Number((await again.getByTestId('score').textContent())?.replace('/100', ''))).toBe(score);

    // Re-analysing the unchanged page adds no version.
    await again.getByTestId('analyse').click();
    await again.getByTestId('unchanged').waitFor({ timeout: 60_000 });
    expect(await storedReports(again)).toHaveLength(1);
    await again.screenshot({ path: join(SHOTS, 'popup-reopened.png') });
    await again.close();
    await page.close();
  });

  it('says when the page is not a privacy policy', async () => {
    const { page, tabId } = await openFixture('not-a-policy.html');
    const popup = await openPopup(tabId);
    await popup.getByTestId('analyse').click();
    await popup.locator('[data-state="not-a-policy"]').waitFor({ timeout: 60_000 });
    await popup.screenshot({ path: join(SHOTS, 'popup-not-a-policy.png') });
    await popup.close();
    await page.close();
  });

  it('says when the page is empty', async () => {
    const { page, tabId } = await openFixture('empty.html');
    const popup = await openPopup(tabId);
    await popup.getByTestId('analyse').click();
    await popup.locator('[data-state="empty-page"]').waitFor({ timeout: 60_000 });
    expect(await popup.getByTestId('score').count()).toBe(0);
    await popup.screenshot({ path: join(SHOTS, 'popup-empty-page.png') });
    await popup.close();
    await page.close();
  });

  it('explains a restricted page (chrome://) instead of failing silently', async () => {
    const page = await context.newPage();
    await page.goto('chrome://version/');
    const tabs = await listTabs();
    // Without the tabs permission the URL of a chrome:// tab is hidden: then take the last tab opened.
    const id = tabs.find((t) => t.url?.startsWith('chrome://version'))?.id ?? Math.max(...tabs.map((t) => t.id ?? -1));
    const popup = await openPopup(id);
    await popup.getByTestId('analyse').click();
    await popup.locator('[data-state="restricted"]').waitFor({ timeout: 30_000 });
    expect(await popup.getByRole('alert').textContent()).toMatch(/does not let extensions read this page/);
    await popup.screenshot({ path: join(SHOTS, 'popup-restricted.png') });
    await popup.close();
    await page.close();
  });
});
