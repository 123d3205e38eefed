import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background, { browserDeps, createMessageListener } from '../../entrypoints/background';
import { explainInjectionError, handleMessage, isFromExtensionPage, isRestrictedUrl } from '../../entrypoints/background/handler';
import { getDb, latestReportByUrl } from '../../storage/db';

const POLICY = [
  'Privacy Policy',
  'Brightwater Analytics Ltd, 4 Harbour Lane, Bristol, is the controller of your personal data.',
  'You can contact us at privacy@brightwater.example.',
  'We process your data to run your account and to send invoices, on the basis of our contract with you.',
  'You have the right to access, rectify and erase your personal data, and to lodge a complaint with a supervisory authority.',
].join('\n');

const executeScript = vi.fn();

beforeEach(async () => {
  fakeBrowser.reset();
  executeScript.mockReset();
  // fakeBrowser has no scripting API: stub the one call the background makes.
  (browser as unknown as { scripting: unknown }).scripting = { executeScript };
  await getDb().reports.clear();
  await getDb().sites.clear();
});

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('handleMessage with the real pipeline and storage', () => {
  it('reads the tab with the injected extractor, analyses, stores and answers with the report', async () => {
    const tabId = await openTab('https://brightwater.example/privacy');
    executeScript.mockResolvedValue([{ frameId: 0, result: { text: POLICY, title: 'Privacy', url: 'https://brightwater.example/privacy', method: 'readability' } }]);

    const res = await handleMessage({ type: 'analyze-tab', tabId }, browserDeps());

    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/extract-page.js'] });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.checklist).toHaveLength(14);
    expect(res.report.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res).toMatchObject({ version: 1, created: true, url: 'https://brightwater.example/privacy' });
    const stored = await latestReportByUrl('https://brightwater.example/privacy');
    expect(stored?.id).toBe(res.reportId);
    expect(stored?.report.score).toBe(res.report.score);

    // Same text again: no duplicate.
    const again = await handleMessage({ type: 'analyze-tab', tabId }, browserDeps());
    expect(again).toMatchObject({ ok: true, created: false, reportId: res.reportId });
    expect(await getDb().reports.count()).toBe(1);
  });

  it('rejects an invalid message without touching the page', async () => {
    const res = await handleMessage({ type: 'analyze-tab', tabId: 'x' }, browserDeps());
    expect(res).toEqual({ ok: false, error: { code: 'invalid-message', message: expect.stringMatching(/tabId/) } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('explains a restricted page without injecting', async () => {
    const tabId = await openTab('chrome://settings/');
    const res = await handleMessage({ type: 'analyze-tab', tabId }, browserDeps());
    expect(res).toMatchObject({ ok: false, error: { code: 'restricted' } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('explains an executeScript refusal on a page whose URL we cannot see', async () => {
    const tabId = await openTab('https://example.org/');
    executeScript.mockRejectedValue(new Error('The extensions gallery cannot be scripted.'));
    expect(await handleMessage({ type: 'analyze-tab', tabId }, browserDeps())).toMatchObject({ ok: false, error: { code: 'restricted' } });
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    expect(await handleMessage({ type: 'analyze-tab', tabId }, browserDeps())).toMatchObject({ ok: false, error: { code: 'no-access' } });
  });

  it('reports an empty page and a malformed extractor result', async () => {
    const tabId = await openTab('https://example.org/');
    executeScript.mockResolvedValue([{ frameId: 0, result: { text: '  \n ', title: '', url: 'https://example.org/', method: 'fallback' } }]);
    expect(await handleMessage({ type: 'analyze-tab', tabId }, browserDeps())).toMatchObject({ ok: false, error: { code: 'empty-page' } });
    executeScript.mockResolvedValue([{ frameId: 0, result: null }]);
    expect(await handleMessage({ type: 'analyze-tab', tabId }, browserDeps())).toMatchObject({ ok: false, error: { code: 'extraction-failed' } });
    expect(await getDb().reports.count()).toBe(0);
  });

  it('turns a pipeline or storage failure into an error answer', async () => {
    const deps = {
      extract: async () => ({ text: POLICY, title: '', url: 'https://x.example/', method: 'readability' }),
      tabUrl: async () => 'https://x.example/',
      analyze: vi.fn().mockRejectedValue(new Error('model missing')),
      save: vi.fn(),
    };
    expect(await handleMessage({ type: 'analyze-tab', tabId: 1 }, deps)).toEqual({
      ok: false,
      error: { code: 'analysis-failed', message: 'The analysis failed: model missing' },
    });
    expect(deps.save).not.toHaveBeenCalled();
  });
});

describe('background.main', () => {
  it('answers messages from its own pages through runtime.onMessage', async () => {
    background.main();
    const tabId = await openTab('https://brightwater.example/privacy');
    executeScript.mockResolvedValue([{ frameId: 0, result: { text: POLICY, title: 'P', url: 'https://brightwater.example/privacy', method: 'readability' } }]);
    // fakeBrowser delivers to the listener with an empty sender: it must be refused as foreign.
    const res = await fakeBrowser.runtime.sendMessage({ type: 'analyze-tab', tabId });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('createMessageListener', () => {
  it('serves its own pages through sendResponse and keeps the channel open', async () => {
    const tabId = await openTab('https://brightwater.example/privacy');
    executeScript.mockResolvedValue([{ frameId: 0, result: { text: POLICY, title: 'P', url: 'https://brightwater.example/privacy', method: 'readability' } }]);
    const listener = createMessageListener(browserDeps(), 'lacuna-id', 'chrome-extension://lacuna-id/');
    const answer = new Promise((resolve) => {
      expect(listener({ type: 'analyze-tab', tabId }, { id: 'lacuna-id', url: 'chrome-extension://lacuna-id/popup.html' }, resolve)).toBe(true);
    });
    expect(await answer).toMatchObject({ ok: true, version: 1, report: { checklist: expect.any(Array) } });
  });

  it('refuses another extension and web pages without reading the tab', () => {
    const listener = createMessageListener(browserDeps(), 'lacuna-id', 'chrome-extension://lacuna-id/');
    const sendResponse = vi.fn();
    listener({ type: 'analyze-tab', tabId: 1 }, { id: 'other', url: 'chrome-extension://other/x.html' }, sendResponse);
    listener({ type: 'analyze-tab', tabId: 1 }, { id: 'lacuna-id', url: 'https://evil.example/' }, sendResponse);
    expect(sendResponse).toHaveBeenCalledTimes(2);
    expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: { code: 'invalid-message', message: "Messages are only accepted from Lacuna's own pages" } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers a warm-up at once and prepares the analysis without reading any tab', () => {
    const warmUp = vi.fn();
    const listener = createMessageListener({ ...browserDeps(), warmUp }, 'lacuna-id', 'chrome-extension://lacuna-id/');
    const sendResponse = vi.fn();
    expect(listener({ type: 'warm-up' }, { id: 'lacuna-id', url: 'chrome-extension://lacuna-id/popup.html' }, sendResponse)).toBe(true);
    expect(sendResponse).toHaveBeenCalledWith({ ok: true });
    expect(warmUp).toHaveBeenCalledTimes(1);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('takes a warm-up with extra fields, or from a web page, for what it is: not a warm-up', async () => {
    const warmUp = vi.fn();
    const listener = createMessageListener({ ...browserDeps(), warmUp }, 'lacuna-id', 'chrome-extension://lacuna-id/');
    const answer = new Promise((resolve) => listener({ type: 'warm-up', tabId: 1 }, { id: 'lacuna-id', url: 'chrome-extension://lacuna-id/popup.html' }, resolve));
    expect(await answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    listener({ type: 'warm-up' }, { id: 'lacuna-id', url: 'https://evil.example/' }, vi.fn());
    expect(warmUp).not.toHaveBeenCalled();
  });

  it('keeps serving when the warm-up throws', () => {
    const listener = createMessageListener(
      {
        ...browserDeps(),
        warmUp: () => {
          throw new Error('no model');
        },
      },
      'lacuna-id',
      'chrome-extension://lacuna-id/',
    );
    const sendResponse = vi.fn();
    expect(() => listener({ type: 'warm-up' }, { id: 'lacuna-id', url: 'chrome-extension://lacuna-id/popup.html' }, sendResponse)).not.toThrow();
    expect(sendResponse).toHaveBeenCalledWith({ ok: true });
  });
});

describe('helpers', () => {
  it.each([
    ['chrome://extensions', true],
    ['about:addons', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://example.com/privacy', false],
    ['file:///tmp/policy.html', false],
  ])('isRestrictedUrl(%s) = %s', (url, expected) => {
    expect(isRestrictedUrl(url)).toBe(expected);
  });

  it('accepts only its own extension pages as senders', () => {
    const base = 'chrome-extension://abc/';
    expect(isFromExtensionPage({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', base)).toBe(true);
    expect(isFromExtensionPage({ id: 'abc', url: 'https://evil.example/' }, 'abc', base)).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: 'chrome-extension://other/popup.html' }, 'abc', base)).toBe(false);
    expect(isFromExtensionPage({}, 'abc', base)).toBe(false);
  });

  it('explains how to allow local files', () => {
    const res = explainInjectionError(new Error('Cannot access contents of url "file:///tmp/p.html". Extension manifest must request permission to access this host.'), 'file:///tmp/p.html');
    expect(res).toMatchObject({ ok: false, error: { code: 'no-access', message: expect.stringMatching(/Allow access to file URLs/) } });
  });

  it('keeps the raw reason for an unknown injection failure', () => {
    expect(explainInjectionError(new Error('No tab with id: 9'), undefined)).toEqual({
      ok: false,
      error: { code: 'extraction-failed', message: 'Could not read the page: No tab with id: 9' },
    });
  });
});
