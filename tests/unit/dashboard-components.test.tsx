// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportPanel } from '../../components/workspace/ExportPanel';
import { HistoryView } from '../../components/workspace/HistoryView';
import { LinkedPolicy } from '../../components/workspace/LinkedPolicy';
import { WorkspaceReportView } from '../../components/workspace/WorkspaceReportView';
import { clearAll, latestReports, setOverride } from '../../components/workspace/store';
import { getDb, saveReport } from '../../storage/db';
import { sampleReport } from '../../workspace/sample';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  fakeBrowser.reset();
  await clearAll();
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});
const render = (node: React.ReactNode) => act(async () => root.render(node));
const settle = (ms = 60) => act(async () => new Promise((r) => setTimeout(r, ms)));
const byTest = (id: string) => container.querySelector(`[data-testid="${id}"]`);

/** fakeBrowser has no scripting API (TOOLCHAIN.md): stub it. */
function stubScripting(results: unknown[]) {
  const executeScript = vi.fn(async (_options: unknown) => [{ result: results.shift() }]);
  const insertCSS = vi.fn(async (_options: unknown) => undefined);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript, insertCSS };
  return { executeScript, insertCSS };
}

describe('WorkspaceReportView (popup)', () => {
  const url = 'https://vendor.example/privacy';
  it('marks overridden items, shows the overridden and the computed score', async () => {
    const report = sampleReport({ url });
    await saveReport(report);
    await setOverride(url, 'rights', 'partial', 'portability not offered');
    await render(<WorkspaceReportView report={report} />);
    await settle();
    expect(byTest('computed-score')!.textContent).toContain('computed score 100');
    expect(byTest('score')!.textContent).toBe('95/100');
    const rights = container.querySelector('li[data-item=rights]')!;
    expect(rights.getAttribute('data-status')).toBe('partial');
    expect(rights.querySelector('[data-testid=item-override]')!.textContent).toBe('✎ Auditor: portability not offered (computed: met)');
    expect(byTest('popup-show-on-page')).toBeNull(); // no tab: no button
  });

  it('"Show on page" checks the tab still shows the page, then injects the highlighter', async () => {
    const report = sampleReport({ url });
    const { executeScript, insertCSS } = stubScripting([url, undefined, { found: true, method: 'highlight', text: 'x' }]);
    await render(<WorkspaceReportView report={report} tabId={7} />);
    await settle();
    await act(async () => (byTest('popup-show-on-page') as HTMLButtonElement).click());
    await settle();
    expect(insertCSS).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 }, css: expect.stringContaining('::highlight(lacuna)') }));
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(executeScript.mock.calls[1]).toEqual([{ target: { tabId: 7 }, files: ['/highlight.js'] }]);
    expect(executeScript.mock.calls[2]![0]).toMatchObject({ target: { tabId: 7 }, args: [report.checklist[0]!.evidence[0]!.quote, 0] });
    expect(container.textContent).toContain('Highlighted on the page.');
  });

  it('refuses to highlight when the tab moved to another page', async () => {
    const { executeScript } = stubScripting(['https://elsewhere.example/']);
    await render(<WorkspaceReportView report={sampleReport({ url })} tabId={7} />);
    await settle();
    await act(async () => (byTest('popup-show-on-page') as HTMLButtonElement).click());
    await settle();
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain('now shows another page');
  });
});

describe('LinkedPolicy', () => {
  it('lists the likely privacy-policy links of a page that is not one', async () => {
    await render(
      <LinkedPolicy
        pageUrl="https://shop.example/"
        links={[
          { href: '/terms', text: 'Terms' },
          { href: '/legal/privacy', text: 'Privacy policy' },
        ]}
      />,
    );
    const box = byTest('linked-policy')!;
    expect(box.querySelectorAll('li')).toHaveLength(1);
    expect(box.querySelector('a')!.getAttribute('href')).toBe('https://shop.example/legal/privacy');
    expect(byTest('analyse-linked')).toBeNull(); // no tab: a plain link only
  });
  it('renders nothing when no link fits', async () => {
    await render(<LinkedPolicy pageUrl="https://shop.example/" links={[{ href: '/jobs', text: 'Careers' }]} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('HistoryView', () => {
  it('lists versions and what changed between the last two', async () => {
    const url = 'https://vendor.example/privacy';
    await saveReport(sampleReport({ url, hash: '1'.repeat(64) }));
    const v2 = sampleReport({ url, hash: '2'.repeat(64), statuses: { dpo_contact: 'missing' }, analyzedAt: '2026-11-09T00:00:00.000Z' });
    v2.dpo = { mentioned: false, emails: [], evidence: [] };
    await saveReport(v2);
    await render(<HistoryView url={url} />);
    await settle();
    expect(container.querySelectorAll('.ws-versions li')).toHaveLength(2);
    const diff = byTest('diff')!.textContent!;
    expect(diff).toContain('Items whose status changed (1)');
    expect(diff).toContain('DPO contact: met → missing');
    expect(diff).toContain('− DPO contact: dpo@vendor.example');
  });
});

describe('ExportPanel import', () => {
  async function importFile(content: string) {
    const data = { latest: await latestReports(), vendors: [], overrides: [] };
    await render(<ExportPanel data={data} />);
    const input = byTest('import-file') as HTMLInputElement;
    const file = new File([content], 'x.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle(100);
    return byTest('import-message')!.textContent!;
  }
  it('rejects a corrupt file with a clear message and changes nothing', async () => {
    await saveReport(sampleReport());
    expect(await importFile('{"format":"lacuna-workspace","formatVersion":1,"exportedAt":"x","vendors":[],"reports":[{}],"overrides":[]}')).toMatch(
      /Invalid Lacuna export, nothing was imported\. reports\[0\]\.url: expected a string/,
    );
    expect(await importFile('not json at all')).toMatch(/Not a JSON file/);
    expect(await getDb().reports.count()).toBe(1);
  });
  it('imports a valid file and says what it added', async () => {
    const report = sampleReport({ url: 'https://x.example/p' });
    const bundle = { format: 'lacuna-workspace', formatVersion: 1, exportedAt: 'now', vendors: [], reports: [{ url: report.source.url, origin: 'https://x.example', report }], overrides: [] };
    expect(await importFile(JSON.stringify(bundle))).toBe('Imported 1 report version(s) (0 already here), 0 vendor(s), 0 override(s).');
    expect(await getDb().reports.count()).toBe(1);
  });
});
