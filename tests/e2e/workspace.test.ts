/**
 * The auditor's workspace in real headless Chromium with the e2e build
 * (.output/e2e/chrome-mv3): analyse two fictional vendor policies, compare
 * them in the popup, show evidence on the page, override an item, see the
 * version history, export JSON and re-import it into a cleared database.
 * The shared harness (harness.ts, TOOLCHAIN.md). Screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_IDS, STATUSES } from '../../analyzers/types';
import { buildBundle, bundleToJson } from '../../workspace/bundle';
import { sampleReport } from '../../workspace/sample';
import { CHROME_EXT_DIR, CHROMIUM, ChromiumExtension, fixtureServer, listen, requireBuildAndBrowser, shot } from './harness';

let server: Server;
let server2: Server;
/** Two origins (two ports), like two vendors' sites: a vendor is one origin. */
let origin = '';
let origin2 = '';
let browser: ChromiumExtension;
let context: ChromiumExtension['context'];
let worker: ChromiumExtension['worker'];
let extensionId = '';
/** Appended to vendor-beta.html once the test "updates" the vendor's policy (a new version). */
let betaUpdate = '';

declare const chrome: {
  scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> };
};

beforeAll(async () => {
  requireBuildAndBrowser(CHROME_EXT_DIR, CHROMIUM, 'chromium');
  server = fixtureServer({ rewrite: (name, html) => (name === 'vendor-beta.html' && betaUpdate ? html.replace('</main>', `${betaUpdate}</main>`) : html) });
  server2 = createServer((req, res) => server.emit('request', req, res));
  origin = await listen(server);
  origin2 = await listen(server2);
  browser = await ChromiumExtension.launch({ profilePrefix: 'lacuna-ws-e2e-', viewport: { width: 1100, height: 850 }, acceptDownloads: true });
  ({ context, worker, extensionId } = browser);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  server2?.close();
});

const openFixture = (name: string, at = origin) => browser.openTab(`${at}/${name}`);
const openPopup = (tabId: number) => browser.openPopup(tabId, 480);

async function analyse(tabId: number): Promise<Page> {
  const popup = await openPopup(tabId);
  await popup.getByTestId('analyse').click();
  await popup.getByTestId('score').waitFor({ timeout: 60_000 });
  return popup;
}

const openDashboard = (path = '#/', query = ''): Promise<Page> => browser.openPage(`dashboard.html${query}${path}`);

describe('auditor workspace in headless Chromium', () => {
  let alpha: { page: Page; tabId: number };
  let beta: { page: Page; tabId: number };

  it('analyses two vendor pages and compares them in the popup', async () => {
    alpha = await openFixture('vendor-alpha.html');
    beta = await openFixture('vendor-beta.html', origin2);
    (await analyse(alpha.tabId)).close();
    const popup = await analyse(beta.tabId);
    await popup.getByTestId('open-compare').click();
    const picks = popup.getByTestId('compare-pick');
    await picks.first().waitFor();
    expect(await picks.count()).toBe(2);
    await picks.nth(0).check();
    await picks.nth(1).check();
    const table = popup.getByTestId('compare-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1 + 14 + 10);
    const scores = await popup.getByTestId('compare-score').allTextContents();
    expect(scores).toHaveLength(2);
    await table.scrollIntoViewIfNeeded();
    await shot(popup, 'workspace-popup-compare.png');

    // "Open dashboard" opens the full page on this report, remembering the tab for Show on page.
    const [dash] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('open-dashboard').click()]);
    await dash.getByTestId('report-detail').waitFor();
    expect(dash.url()).toMatch(new RegExp(`/dashboard\\.html\\?tabId=${beta.tabId}#/report/\\d+$`));
    expect(await dash.getByTestId('show-on-page').count()).toBeGreaterThan(0);
    await dash.close();
    await popup.close();
  });

  it('highlights a sentence that spans several elements on the page (CSS Custom Highlight API)', async () => {
    // Straight through the injected script: the quote crosses <em> and <a>.
    const quote = 'You can contact our data protection officer by e-mail at dpo@alpharetta.example.';
    const result = await worker.evaluate(
      async ({ tabId, quote }) => {
        await chrome.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
        const [r] = await chrome.scripting.executeScript({
          target: { tabId },
          func: (q: string) => (globalThis as unknown as { __lacunaHighlightQuote: (d: Document, q: string) => unknown }).__lacunaHighlightQuote(document, q),
          args: [quote],
        });
        return r?.result as { found: boolean; method: string; text: string };
      },
      { tabId: alpha.tabId, quote },
    );
    expect(result).toMatchObject({ found: true, method: 'highlight' });
    expect(result.text.replace(/\s+/g, ' ')).toBe(quote);
    expect(await alpha.page.evaluate(() => CSS.highlights.has('lacuna'))).toBe(true);
    expect(await alpha.page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
  });

  it('shows a finding\'s evidence on the page from the report view', async () => {
    await alpha.page.evaluate(() => CSS.highlights.clear());
    const dash = await openDashboard('#/', `?tabId=${alpha.tabId}`);
    await dash.getByTestId('vendor-row').first().waitFor();
    await dash.locator('a[href^="#/report/"]', { hasText: 'Alpharetta' }).click();
    await dash.getByTestId('report-detail').waitFor();
    const button = dash.getByTestId('show-on-page').first();
    const quote = (await button.locator('xpath=..').locator('.ws-quote-text').textContent()) ?? '';
    await button.click();
    const status = button.locator('xpath=..').getByRole('status');
    await status.waitFor({ timeout: 15_000 });
    await dash.waitForFunction(() => !document.querySelector('.ws-quote [role=status]')?.textContent?.includes('…'));
    expect(await status.textContent()).toContain('Highlighted on the page.');
    expect(await alpha.page.evaluate(() => CSS.highlights.has('lacuna'))).toBe(true);
    const highlighted = await alpha.page.evaluate(() => {
      const h = CSS.highlights.get('lacuna') as unknown as Set<Range>;
      return [...h][0]!.toString();
    });
    expect(highlighted.replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    await alpha.page.bringToFront();
    await shot(alpha.page, 'workspace-show-on-page.png', false);
    await dash.close();
  });

  it('keeps an auditor override across a re-analysis and shows what changed between versions', async () => {
    const dash = await openDashboard('#/');
    await dash.getByTestId('vendor-row').first().waitFor();
    await dash.locator('a[href^="#/report/"]', { hasText: origin2.replace('http://', '') }).click();
    await dash.getByTestId('report-detail').waitFor();
    // Name and tag the vendor.
    await dash.getByTestId('vendor-name').fill('Beta Cloud Notes');
    await dash.getByTestId('vendor-tags').fill('note apps, tier 2');
    await dash.getByTestId('vendor-notes').fill('Asked for the DPA on 2026-11-20.');
    await dash.getByTestId('vendor-save').click();
    await dash.getByRole('heading', { name: 'Beta Cloud Notes' }).waitFor();
    // Override one item.
    await dash.getByTestId('override-retention').click();
    const form = dash.getByTestId('override-form-retention');
    await form.locator('select').selectOption('missing');
    await form.locator('input').fill('"as long as necessary" fixes no period');
    await form.getByRole('button', { name: 'Save' }).click();
    await dash.getByTestId('override-note').waitFor();
    expect(await dash.getByTestId('detail-score').textContent()).toMatch(/with auditor overrides · computed \d+/);
    await shot(dash, 'workspace-dashboard-report.png');

    // The vendor changes its policy: re-analyse, the override is kept, a version 2 appears.
    betaUpdate = '<h2>Your rights</h2><p>You may lodge a complaint with your national data protection authority.</p>';
    await beta.page.reload();
    const popup = await analyse(beta.tabId);
    await popup.getByTestId('item-override').waitFor();
    expect(await popup.getByTestId('item-override').textContent()).toContain('as long as necessary');
    expect(await popup.getByTestId('computed-score').textContent()).toMatch(/computed score \d+/);
    expect(await popup.locator('li[data-item="retention"]').getAttribute('data-status')).toBe('missing');
    // Show on page from the popup itself.
    await popup.getByTestId('popup-show-on-page').first().click();
    await popup.getByText('Highlighted on the page.').waitFor({ timeout: 15_000 });
    expect(await beta.page.evaluate(() => CSS.highlights.has('lacuna'))).toBe(true);
    await shot(popup, 'workspace-popup-override-and-evidence.png');
    await popup.close();

    await dash.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
    await dash.getByRole('link', { name: '2', exact: true }).click();
    await dash.getByTestId('diff').waitFor();
    const diff = await dash.getByTestId('diff').textContent();
    expect(diff).toMatch(/Items whose status changed \(\d+\)/);
    expect(diff).toContain('Complaint');
    await shot(dash, 'workspace-dashboard-history.png');
    await dash.close();
  });

  it('exports JSON, rejects a foreign file, and re-imports into a cleared database', async () => {
    const dash = await openDashboard('#/');
    await dash.getByTestId('vendor-row').first().waitFor();
    expect(await dash.getByTestId('vendor-row').count()).toBe(2);
    await shot(dash, 'workspace-dashboard-vendors.png');

    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('export-json').click()]);
    const json = readFileSync((await download.path())!, 'utf8');
    const bundle = JSON.parse(json) as { format: string; formatVersion: number; reports: unknown[]; vendors: Array<{ name: string }>; overrides: unknown[] };
    expect(bundle.format).toBe('lacuna-workspace');
    expect(bundle.formatVersion).toBe(1);
    expect(bundle.reports).toHaveLength(3); // alpha v1, beta v1 and v2
    expect(bundle.vendors.map((v) => v.name)).toContain('Beta Cloud Notes');
    expect(bundle.overrides).toHaveLength(1);

    const [csvDownload] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('export-csv').click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 2 * 14);

    const [mdDownload] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('export-md').click()]);
    expect(readFileSync((await mdDownload.path())!, 'utf8')).toContain('## Beta Cloud Notes');
    const [htmlDownload] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('export-html').click()]);
    const printable = await context.newPage();
    await printable.setContent(readFileSync((await htmlDownload.path())!, 'utf8'));
    expect(await printable.locator('h2').count()).toBe(2);
    await shot(printable, 'workspace-export-html.png', false);
    await printable.close();

    // A foreign file: clear message, nothing changes.
    await dash.getByTestId('import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await dash.getByTestId('import-message').waitFor();
    expect(await dash.getByTestId('import-message').textContent()).toMatch(/Not a Lacuna workspace export/);
    expect(await dash.getByTestId('vendor-row').count()).toBe(2);

    dash.once('dialog', (d) => void d.accept());
    await dash.getByTestId('clear-all').click();
    await dash.getByText('No saved reports yet').waitFor();

    await dash.getByTestId('import-file').setInputFiles({ name: 'lacuna.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await dash.getByText(/Imported 3 report version/).waitFor();
    await dash.getByTestId('vendor-row').nth(1).waitFor();
    expect(await dash.getByTestId('vendor-row').count()).toBe(2);
    expect(await dash.getByText('Beta Cloud Notes').count()).toBeGreaterThan(0);
    await shot(dash, 'workspace-dashboard-imported.png');

    // The N-vendor comparison matrix of the dashboard.
    await dash.getByRole('checkbox', { name: /Select/ }).nth(0).check();
    await dash.getByRole('checkbox', { name: /Select/ }).nth(1).check();
    await dash.getByTestId('compare-selected').click();
    await dash.getByTestId('compare-table').waitFor();
    expect(await dash.getByTestId('compare-score').count()).toBe(2);
    await shot(dash, 'workspace-dashboard-compare.png');
    await dash.close();
  });

  it('stays fast with 1,000 saved reports (prints timings)', async () => {
    const reports = Array.from({ length: 1000 }, (_, i) => {
      const url = `https://vendor${i % 500}.example/privacy`;
      const statuses = Object.fromEntries(CHECKLIST_IDS.map((id, k) => [id, STATUSES[(i + k) % 3]!]));
      const report = sampleReport({ url, hash: i.toString(16).padStart(64, '0'), statuses, analyzedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 500))).toISOString() });
      return { url, origin: new URL(url).origin, report };
    });
    const json = bundleToJson(buildBundle({ vendors: [], reports, overrides: [] }));
    const dash = await openDashboard('#/');
    await dash.getByTestId('vendor-row').first().waitFor();
    let t = Date.now();
    await dash.getByTestId('import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await dash.getByText(/Imported 1000 report version/).waitFor({ timeout: 60_000 });
    const tImport = Date.now() - t;
    await dash.getByText('502 of 502 page(s)').waitFor({ timeout: 30_000 });
    t = Date.now();
    await dash.reload();
    await dash.getByText('502 of 502 page(s)').waitFor({ timeout: 30_000 });
    expect(await dash.getByTestId('vendor-row').count()).toBe(200); // one page of rows; "Show more" for the rest
    const tLoad = Date.now() - t;
    t = Date.now();
    await dash.getByRole('button', { name: /^Score/ }).click();
    await dash.waitForFunction(() => document.querySelector('th[aria-sort=descending]') !== null);
    const tSort = Date.now() - t;
    t = Date.now();
    await dash.getByTestId('filter').fill('vendor42');
    await dash.waitForFunction(() => document.querySelectorAll('[data-testid=vendor-row]').length === 11);
    const tFilter = Date.now() - t;
    console.log(`[bench chromium] import 1000 versions ${tImport} ms · open dashboard with 502 pages ${tLoad} ms · sort ${tSort} ms · filter ${tFilter} ms`);
    await shot(dash, 'workspace-dashboard-1000.png', false);
    expect(tLoad).toBeLessThan(15_000);
    await dash.close();
  });

  it('offers the linked privacy policy on a page that is not one', async () => {
    const home = await openFixture('vendor-alpha-home.html');
    const popup = await analyse(home.tabId).catch(async () => openPopup(home.tabId));
    await popup.locator('[data-state="not-a-policy"]').waitFor({ timeout: 60_000 });
    await popup.getByTestId('linked-policy').waitFor();
    expect(await popup.getByTestId('linked-policy').textContent()).toContain('Privacy policy');
    await shot(popup, 'workspace-popup-linked-policy.png');
    await popup.getByTestId('analyse-linked').first().click();
    await popup.waitForFunction(() => document.querySelector('[data-state="not-a-policy"]') === null, undefined, { timeout: 60_000 });
    await popup.close();

    // An empty app shell that still links to its policy.
    const shell = await openFixture('vendor-shell.html', origin2);
    const shellPopup = await openPopup(shell.tabId);
    await shellPopup.getByTestId('analyse').click();
    await shellPopup.locator('[data-state="empty-page"]').waitFor({ timeout: 60_000 });
    await shellPopup.getByTestId('linked-policy').waitFor();
    await shot(shellPopup, 'workspace-popup-empty-with-link.png');
    await shellPopup.close();
  });
});
