// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_IDS, SCHEMA_VERSION, type ChecklistItem, type Report } from '../../analyzers/types';
import { ReportView } from '../../components/ReportView';
import { App, resolveTab } from '../../entrypoints/popup/App';
import { getDb, saveReport } from '../../storage/db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const URL_ = 'https://brightwater.example/privacy';
const HOSTILE = '<img src=x onerror="alert(1)">We are Brightwater Analytics Ltd.';

function makeReport(overrides: Partial<Report> = {}): Report {
  const checklist: ChecklistItem[] = CHECKLIST_IDS.map((id, i) => ({
    id,
    article: '13(1)(a)',
    status: i === 0 ? 'met' : i === 1 ? 'partial' : i === 5 ? 'not_applicable' : 'missing',
    evidence: i === 0 ? [{ quote: HOSTILE, start: 10, end: 10 + HOSTILE.length }] : [],
    note: i === 0 ? 'Legal name found.' : `Looked for ${id.replace(/_/g, ' ')} wording.`,
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { url: URL_, title: 'Privacy', analyzedAt: '2026-11-22T10:00:00.000Z', contentHash: 'abc' },
    language: 'en',
    isPrivacyPolicy: true,
    controller: { name: 'Brightwater Analytics Ltd', address: null, emails: ['privacy@brightwater.example'], phones: [], registrationNumber: null, evidence: [] },
    dpo: { mentioned: false, emails: [], evidence: [] },
    legalBases: [],
    rights: [],
    retention: [],
    transfers: { outsideEEA: null, countries: [], safeguards: [], evidence: [] },
    recipients: [],
    checklist,
    score: 12,
    ...overrides,
  };
}

let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().reports.clear();
  await getDb().sites.clear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** Waits until the rendered popup satisfies a condition (live queries resolve asynchronously). */
async function waitFor(check: () => boolean, ms = 3000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out; popup shows: ${container.textContent}`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

describe('ReportView', () => {
  it('shows the score, language, controller and all 14 items with status, note and evidence as text', () => {
    act(() => root.render(<ReportView report={makeReport()} version={2} />));
    expect(container.querySelector('[data-testid="score"]')?.textContent).toBe('12/100');
    expect(container.querySelector('[data-testid="language"]')?.textContent).toBe('English (en)');
    expect(container.querySelector('[data-testid="controller"]')?.textContent).toContain('Brightwater Analytics Ltd');
    const items = container.querySelectorAll('li[data-item]');
    expect(items).toHaveLength(14);
    expect([...items].map((li) => li.getAttribute('data-status')).slice(0, 2)).toEqual(['met', 'partial']);
    expect(items[0]?.textContent).toContain('Identity of the controller');
    expect(items[2]?.textContent).toContain('Why missing: Looked for dpo contact wording.');
    expect(items[5]?.querySelector('.badge')?.textContent).toBe('N/A');
    // The page's markup is shown as text, never parsed.
    expect(container.querySelector('img')).toBeNull();
    expect(items[0]?.querySelector('blockquote')?.textContent).toContain(HOSTILE);
    expect(container.textContent).toContain('version 2');
    expect(container.querySelector('[data-state="not-a-policy"]')).toBeNull();
  });

  it('shows a quote cited twice once, and folds quotes beyond two', () => {
    const report = makeReport();
    const e = (start: number) => ({ quote: `Sentence at ${start}.`, start, end: start + 15 });
    report.checklist[0] = { ...report.checklist[0]!, evidence: [e(1), e(1), e(40), e(80), e(120)] };
    act(() => root.render(<ReportView report={report} />));
    const first = container.querySelector('li[data-item="controller_identity"]')!;
    expect(first.querySelectorAll(':scope > blockquote')).toHaveLength(2);
    expect(first.querySelectorAll('details blockquote')).toHaveLength(2);
    expect(first.querySelector('details summary')?.textContent).toBe('2 more quotes');
  });

  it('warns when the page is not a privacy policy', () => {
    act(() => root.render(<ReportView report={makeReport({ isPrivacyPolicy: false, score: 0 })} />));
    expect(container.querySelector('[data-state="not-a-policy"]')?.textContent).toMatch(/does not look like a privacy policy/);
    // The checklist is folded away, not dropped.
    expect(container.querySelectorAll('details.fold li[data-item]')).toHaveLength(14);
    expect((container.querySelector('details.fold') as HTMLDetailsElement).open).toBe(false);
  });
});

describe('App', () => {
  it('offers "Analyse this page" when nothing is stored for the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    act(() => root.render(<App search={`?tabId=${tab.id}`} />));
    await waitFor(() => container.querySelector('[data-testid="analyse"]') !== null);
    expect(container.querySelector('[data-testid="analyse"]')?.textContent).toBe('Analyse this page');
    expect(container.querySelector('[data-testid="score"]')).toBeNull();
  });

  it('shows the saved result without re-analysing, with a Re-analyse button', async () => {
    await saveReport(makeReport());
    const tab = await fakeBrowser.tabs.create({ url: `${URL_}#rights` });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    act(() => root.render(<App search={`?tabId=${tab.id}`} />));
    await waitFor(() => container.querySelector('[data-testid="score"]') !== null);
    expect(container.querySelector('[data-testid="analyse"]')?.textContent).toBe('Re-analyse');
    expect(container.querySelectorAll('li[data-item]')).toHaveLength(14);
    // Only the warm-up that every opening sends: no analysis.
    expect(send.mock.calls.map((c) => c[0])).toEqual([{ type: 'warm-up' }]);
  });

  it('sends analyze-tab for its tab and shows the stored report', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    const requests: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      requests.push(message);
      void saveReport(makeReport({ score: 77 })).then((s) =>
        sendResponse({ ok: true, reportId: s.id, version: s.version, created: s.created, url: URL_, report: makeReport({ score: 77 }) }),
      );
      return true;
    });
    act(() => root.render(<App search={`?tabId=${tab.id}`} />));
    await waitFor(() => container.querySelector('[data-testid="analyse"]') !== null);
    await act(async () => (container.querySelector('[data-testid="analyse"]') as HTMLButtonElement).click());
    await waitFor(() => container.querySelector('[data-testid="score"]')?.textContent === '77/100');
    expect(requests).toEqual([{ type: 'warm-up' }, { type: 'analyze-tab', tabId: tab.id }]);
  });

  it.each([
    ['restricted', 'This page cannot be read'],
    ['empty-page', 'Nothing to analyse'],
    ['analysis-failed', 'Analysis error'],
  ])('explains a %s answer', async (code, title) => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sendResponse({ ok: false, error: { code, message: 'Because.' } });
      return true;
    });
    act(() => root.render(<App search={`?tabId=${tab.id}`} />));
    await waitFor(() => container.querySelector('[data-testid="analyse"]') !== null);
    await act(async () => (container.querySelector('[data-testid="analyse"]') as HTMLButtonElement).click());
    await waitFor(() => container.querySelector(`[data-state="${code}"]`) !== null);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(`${title}. Because.`);
  });

  it('rejects a malformed answer from the background', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sendResponse({ ok: true, report: '<b>x</b>' });
      return true;
    });
    act(() => root.render(<App search={`?tabId=${tab.id}`} />));
    await waitFor(() => container.querySelector('[data-testid="analyse"]') !== null);
    await act(async () => (container.querySelector('[data-testid="analyse"]') as HTMLButtonElement).click());
    await waitFor(() => container.querySelector('[role="alert"]') !== null);
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/Malformed report/);
    expect(container.querySelector('[data-testid="score"]')).toBeNull();
  });
});

describe('resolveTab', () => {
  it('uses ?tabId when given, else the active tab', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    expect(await resolveTab(`?tabId=${a.id}`)).toEqual({ id: a.id, url: 'https://a.example/' });
    // fakeBrowser has no current window: stub the query the toolbar popup makes.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 42, url: 'https://b.example/' }]) as never);
    expect(await resolveTab('')).toEqual({ id: 42, url: 'https://b.example/' });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(await resolveTab('?tabId=abc')).toBeNull();
    expect(await resolveTab('?tabId=99999')).toBeNull();
  });
});
