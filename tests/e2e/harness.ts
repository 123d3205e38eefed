/**
 * The one harness of the whole-browser tests (TOOLCHAIN.md, README "End-to-end
 * tests"): paths of the e2e builds, the 127.0.0.1 fixture server, Chromium
 * launched with the extension (flags, service worker, extension id, request
 * recording), tab lookup, the popup opened as a tab with `?tabId=N`, and the
 * stored report rows read from IndexedDB. A flag or recipe changes here only.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = resolve(__dirname, '../..');
/** The e2e builds (`npm run build:e2e`). */
export const CHROME_EXT_DIR = join(ROOT, '.output/e2e/chrome-mv3');
export const FIREFOX_EXT_DIR = join(ROOT, '.output/e2e/firefox-mv2');
/** The fixture pages served from 127.0.0.1. */
export const PAGES = join(ROOT, 'tests/fixtures/pages');
/** Where screenshots go. */
export const SHOTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fails early with the command to run when the build or the browser is missing; creates the screenshot folder. */
export function requireBuildAndBrowser(extDir: string, browserPath: string, install: string): void {
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error(`No e2e build in ${extDir}: run npm run build:e2e`);
  if (!existsSync(browserPath)) throw new Error(`No ${install === 'chromium' ? 'Chromium' : 'Firefox'} at ${browserPath}: apt-get install -y ${install}`);
  mkdirSync(SHOTS, { recursive: true });
}

/** Saves a screenshot of `page` as test-results/NAME. */
export const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(SHOTS, name), fullPage });

/** Options of the fixture server. */
export interface FixtureServerOptions {
  /** Pages served as given, whatever the fixtures folder holds. */
  extraPages?: Record<string, string>;
  /** Rewrites a fixture's HTML as it is served (e.g. a vendor "updating" its policy). */
  rewrite?: (name: string, html: string) => string;
}

/** An HTTP server for `tests/fixtures/pages/NAME.html` (plain names only); call `listen` to start it. */
export function fixtureServer({ extraPages = {}, rewrite }: FixtureServerOptions = {}): Server {
  return createServer((req, res) => {
    const name = (req.url ?? '/').replace(/[?#].*$/, '').replace(/^\/+/, '');
    const extra = extraPages[name];
    if (extra !== undefined) return void res.writeHead(200, { 'content-type': 'text/html' }).end(extra);
    const file = join(PAGES, name);
    if (!/^[\w-]+\.html$/.test(name) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = rewrite ? rewrite(name, readFileSync(file, 'utf8')) : readFileSync(file);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
}

/** Starts a server on a random port of 127.0.0.1 and returns its origin. */
export async function listen(srv: Server): Promise<string> {
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', ok));
  const address = srv.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return `http://127.0.0.1:${address.port}`;
}

/** The flags Chromium runs the extension with (TOOLCHAIN.md); `--no-sandbox` because CI runs as root. */
export function chromiumArgs(extDir = CHROME_EXT_DIR): string[] {
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** Options of a Chromium launch. */
export interface LaunchOptions {
  /** Prefix of the temporary profile folder. */
  profilePrefix: string;
  viewport: { width: number; height: number };
  /** Interface language: `--lang` plus LANGUAGE/LANG, which Chromium reads on Linux. */
  lang?: string;
  acceptDownloads?: boolean;
}

/** The extension's service worker; polls as well as listens, since it may register before the listener. */
async function backgroundWorker(ctx: BrowserContext, ms = 60_000): Promise<Worker> {
  const until = Date.now() + ms;
  for (;;) {
    const found = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (found) return found;
    if (Date.now() > until) throw new Error('The extension service worker did not start (is .output/e2e/chrome-mv3 a complete build?)');
    await ctx.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
  }
}

export type TabInfo = { id?: number; url?: string };

/** Headless Chromium with the e2e extension loaded, and what the tests do with it. */
export class ChromiumExtension {
  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly extensionId: string,
    /** Every URL the browser requested (pages, extension pages and the service worker), in order. */
    readonly requests: string[],
    private readonly profile: string,
  ) {}

  /** Launches Chromium in a fresh profile and waits for the extension's service worker. */
  static async launch({ profilePrefix, viewport, lang, acceptDownloads }: LaunchOptions): Promise<ChromiumExtension> {
    const profile = mkdtempSync(join(tmpdir(), profilePrefix));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport,
      ...(acceptDownloads ? { acceptDownloads } : {}),
      ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}_${lang.toUpperCase()}.UTF-8` } } : {}),
      args: [...(lang ? [`--lang=${lang}`] : []), ...chromiumArgs()],
    });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const worker = await backgroundWorker(context);
    return new ChromiumExtension(context, worker, new URL(worker.url()).host, requests, profile);
  }

  /** The tabs as the extension sees them (asked in its service worker). */
  listTabs(): Promise<TabInfo[]> {
    return this.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<TabInfo[]> } } }).chrome;
      return (await api.tabs.query({})).map((t) => ({ id: t.id, url: t.url }));
    });
  }

  /** Opens `url` in a tab and returns the tab's id as the extension sees it. */
  async openTab(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await this.context.newPage();
    await page.goto(url);
    const tabId = (await this.listTabs()).find((t) => t.url === url)?.id ?? -1;
    expect(tabId).toBeGreaterThanOrEqual(0);
    return { page, tabId };
  }

  /** Opens the popup page in a tab of its own, acting on `tabId`. */
  async openPopup(tabId: number, width = 460): Promise<Page> {
    const popup = await this.context.newPage();
    await popup.setViewportSize({ width, height: 900 });
    await popup.goto(`chrome-extension://${this.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('analyse').waitFor();
    return popup;
  }

  /** Opens an extension page (`dashboard.html#/`, ...) in a new tab. */
  async openPage(path: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/${path}`);
    return page;
  }

  /** Closes the browser and deletes its profile. */
  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** A stored report row as the e2e tests compare it. */
export interface StoredReport {
  url: string;
  version: number;
  score: number;
  items: number;
  hash: string;
}

/**
 * Every report row in the extension's IndexedDB ('lacuna', storage/db.ts DB_NAME).
 * Runs inside an extension page: pass it to `page.evaluate` (Playwright or puppeteer).
 */
export const readStoredReports = (): Promise<StoredReport[]> =>
  new Promise<StoredReport[]>((ok, fail) => {
    const open = indexedDB.open('lacuna');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('reports').objectStore('reports').getAll();
      all.onerror = () => fail(all.error);
      all.onsuccess = () => {
        ok(
          (all.result as Array<{ url: string; version: number; score: number; contentHash: string; report: { checklist: unknown[] } }>).map((r) => ({
            url: r.url,
            version: r.version,
            score: r.score,
            items: r.report.checklist.length,
            hash: r.contentHash,
          })),
        );
        open.result.close();
      };
    };
  });
