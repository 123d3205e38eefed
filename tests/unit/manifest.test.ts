import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { EXTENSION_CSP, PERMISSIONS } from '../../wxt.config';

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[] };

const OUT = join(__dirname, '../../.output');
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(OUT, dir, 'manifest.json'), 'utf8')) as Manifest;
const built = (dir: string) => existsSync(join(OUT, dir, 'manifest.json'));

/** Every script the popup page loads: its module script and, transitively, their static imports (shared chunks). */
function popupFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/g)) queue.push(join(dirname(file), m[1]!));
  }
  return [...seen];
}

/** Checks shared by the config and the built manifests of the shipped builds. */
function expectShipped(m: Manifest) {
  expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  expect(m.host_permissions).toBeUndefined();
  expect(m.optional_permissions).toBeUndefined();
  expect(m.optional_host_permissions).toBeUndefined();
  // No content script on every page: the extractor is injected on demand only.
  expect(m.content_scripts).toBeUndefined();
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.externally_connectable).toBeUndefined();
}

describe('wxt.config manifest (shipped, LACUNA_E2E unset)', () => {
  it.each(['chrome', 'firefox'] as const)('%s: narrow permissions and a strict CSP', async (browser) => {
    expect(process.env.LACUNA_E2E).toBeUndefined();
    const manifestFn = config.manifest as (env: object) => Manifest | Promise<Manifest>;
    const m = await manifestFn({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
    expectShipped(m);
    expect(PERMISSIONS).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.content_security_policy).toEqual({ extension_pages: EXTENSION_CSP });
    expect(EXTENSION_CSP).not.toMatch(/unsafe|https?:|\*/);
  });
});

describe.runIf(built('chrome-mv3'))('built Chrome MV3 manifest (.output/chrome-mv3)', () => {
  it('has only activeTab, scripting, storage and the strict CSP', () => {
    const m = read('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expectShipped(m);
    expect(m.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    expect(m.background).toEqual({ service_worker: 'background.js' });
  });

  it('keeps the NLP model out of the popup and the injected script', () => {
    const dir = join(OUT, 'chrome-mv3');
    const files = [...popupFiles(dir), 'extract-page.js'];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const code = readFileSync(join(dir, file), 'utf8');
      // The model's own identifiers; a stray import would also make the file megabytes large.
      expect(code, file).not.toMatch(/wink|lemmatize|readDoc\(/);
      expect(code.length, file).toBeLessThan(600_000);
    }
    // And the background does hold it: the analysis runs there.
    expect(readFileSync(join(dir, 'background.js'), 'utf8')).toMatch(/wink/);
  });

  it('ends the injected extractor with its result, so executeScript hands it back', () => {
    // WXT >= 0.21 returns main()'s value only with `globalName`: the bundle must end with that expression.
    const code = readFileSync(join(OUT, 'chrome-mv3', 'extract-page.js'), 'utf8').trimEnd();
    expect(code).toMatch(/\n__lacunaExtractPage;$/);
  });

  it('loads no remote code', () => {
    const dir = join(OUT, 'chrome-mv3');
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
  });
});

describe.runIf(built('firefox-mv2'))('built Firefox MV2 manifest (.output/firefox-mv2)', () => {
  it('has the same permissions, an event page and a gecko id', () => {
    const m = read('firefox-mv2');
    expect(m.manifest_version).toBe(2);
    expectShipped(m);
    expect(m.content_security_policy).toBe("script-src 'self'; object-src 'self'");
    expect(m.background).toEqual({ persistent: false, scripts: ['background.js'] });
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } } });
  });
});

describe.runIf(built('e2e/chrome-mv3'))('test-only build (.output/e2e/chrome-mv3)', () => {
  it('adds exactly one host permission, for the local test server', () => {
    const m = read('e2e/chrome-mv3');
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });
});

describe.runIf(built('e2e/firefox-mv2'))('test-only Firefox build (.output/e2e/firefox-mv2)', () => {
  it('adds the local test server and, for WebDriver, a web-accessible popup (MV2 cannot limit it to one site)', () => {
    const m = read('e2e/firefox-mv2');
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'http://127.0.0.1/*', 'scripting', 'storage']);
    expect(m.web_accessible_resources).toEqual(['popup.html']);
  });
});
