// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComparePicker } from '../../components/workspace/ComparePicker';
import { ReportDetail } from '../../components/workspace/ReportDetail';
import { VendorTable } from '../../components/workspace/VendorTable';
import { clearAll, saveVendor, setOverride } from '../../components/workspace/store';
import { parseRoute } from '../../entrypoints/dashboard/route';
import { getDb, saveReport } from '../../storage/db';
import { sampleReport } from '../../workspace/sample';
import { buildRows } from '../../workspace/table';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(async () => {
  await clearAll();
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render(node: React.ReactNode) {
  await act(async () => root.render(node));
}
/** Lets Dexie's live queries settle. */
async function settle(ms = 60) {
  await act(async () => new Promise((r) => setTimeout(r, ms)));
}
const text = () => container.textContent ?? '';
function setValue(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('VendorTable', () => {
  const rows = buildRows(
    [
      { id: 1, url: 'https://a.example/p', report: sampleReport({ url: 'https://a.example/p', statuses: { purposes: 'missing' } }), versions: 1 },
      { id: 2, url: 'https://b.example/p', report: sampleReport({ url: 'https://b.example/p' }), versions: 3 },
    ],
    [{ origin: 'https://a.example', name: 'Zeta', tags: ['crm'], notes: '' }, { origin: 'https://b.example', name: 'Beta', tags: [], notes: '' }],
    [],
  );
  const names = () => Array.from(container.querySelectorAll('[data-testid=vendor-row] td a')).filter((a) => a.getAttribute('href')!.startsWith('#/report')).map((a) => a.textContent);

  it('sorts by a column and reverses on a second click', async () => {
    await render(<VendorTable rows={rows} />);
    expect(names()).toEqual(['Beta', 'Zeta']);
    const scoreHeader = Array.from(container.querySelectorAll('th button')).find((b) => b.textContent!.startsWith('Score'))!;
    await act(async () => (scoreHeader as HTMLButtonElement).click());
    expect(names()).toEqual(['Beta', 'Zeta']); // numeric columns start descending: 100 before 90
    await act(async () => (scoreHeader as HTMLButtonElement).click());
    expect(names()).toEqual(['Zeta', 'Beta']);
    expect(container.querySelector('th[aria-sort=ascending]')!.textContent).toContain('Score');
  });

  it('filters by text and by tag', async () => {
    await render(<VendorTable rows={rows} />);
    await act(async () => setValue(container.querySelector('[data-testid=filter]') as HTMLInputElement, 'crm'));
    expect(names()).toEqual(['Zeta']);
    expect(text()).toContain('1 of 2 page(s)');
  });
});

describe('ReportDetail', () => {
  it('sets an item status by hand: shown as such, score recomputed, computed score kept', async () => {
    const url = 'https://vendor.example/privacy';
    await saveReport(sampleReport({ url }));
    const row = (await getDb().reports.toArray())[0]!;
    await render(<ReportDetail row={row} />);
    await settle();
    expect(container.querySelector('[data-testid=detail-score]')!.textContent).toContain('100/100');
    expect(container.querySelector('[data-testid=show-on-page]')).toBeNull(); // no tab known: no button
    await act(async () => (container.querySelector('[data-testid=override-purposes]') as HTMLButtonElement).click());
    const form = container.querySelector('[data-testid=override-form-purposes]')!;
    await act(async () => setValue(form.querySelector('select')!, 'partial'));
    await act(async () => setValue(form.querySelector('input')!, 'purposes listed without detail'));
    await act(async () => (Array.from(form.querySelectorAll('button')).find((b) => b.textContent === 'Save') as HTMLButtonElement).click());
    await settle();
    expect(container.querySelector('[data-testid=detail-score]')!.textContent).toContain('95/100 with auditor overrides · computed 100');
    const item = container.querySelector('[data-item=purposes]')!;
    expect(item.getAttribute('data-status')).toBe('partial');
    expect(item.textContent).toContain('Auditor: purposes listed without detail');
  });

  it('refuses an override without a comment', async () => {
    await saveReport(sampleReport({ url: 'https://v.example/p' }));
    const row = (await getDb().reports.toArray())[0]!;
    await render(<ReportDetail row={row} />);
    await settle();
    await act(async () => (container.querySelector('[data-testid=override-rights]') as HTMLButtonElement).click());
    const form = container.querySelector('[data-testid=override-form-rights]')!;
    await act(async () => (Array.from(form.querySelectorAll('button')).find((b) => b.textContent === 'Save') as HTMLButtonElement).click());
    await settle();
    expect(text()).toContain('Say why');
    expect(await getDb().overrides.count()).toBe(0);
  });
});

describe('ComparePicker', () => {
  it('compares the picked vendors side by side with overrides and at most `max` picks', async () => {
    for (const [i, name] of ['Alpha', 'Beta', 'Gamma'].entries()) {
      const url = `https://v${i}.example/privacy`;
      await saveReport(sampleReport({ url, hash: String(i).repeat(64), statuses: i === 1 ? { transfers: 'missing' } : {} }));
      await saveVendor({ origin: `https://v${i}.example`, name, tags: [], notes: '' });
    }
    await setOverride('https://v0.example/privacy', 'retention', 'partial', 'criteria only');
    await render(<ComparePicker max={2} />);
    await settle();
    const boxes = () => Array.from(container.querySelectorAll('[data-testid=compare-pick]')) as HTMLInputElement[];
    expect(boxes()).toHaveLength(3);
    await act(async () => boxes()[0]!.click());
    await act(async () => boxes()[1]!.click());
    expect(boxes()[2]!.disabled).toBe(true);
    const table = container.querySelector('[data-testid=compare-table]')!;
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent)).toEqual(['Item', 'Alpha', 'Beta']);
    expect(Array.from(table.querySelectorAll('[data-testid=compare-score]')).map((td) => td.textContent)).toEqual(['95 (computed 100)', '92']);
    expect(table.querySelectorAll('tbody tr').length).toBe(1 + 14 + 10);
  });
});

describe('dashboard routes', () => {
  it.each([
    ['', { page: 'vendors' }],
    ['#/', { page: 'vendors' }],
    ['#/report/12', { page: 'report', id: 12 }],
    ['#/report/x', { page: 'vendors' }],
    ['#/compare/1,2,x,3', { page: 'compare', ids: [1, 2, 3] }],
    ['#/compare/', { page: 'compare', ids: [] }],
    [`#/history/${encodeURIComponent('https://a.example/p?x=1#y')}`, { page: 'history', url: 'https://a.example/p?x=1#y' }],
    ['#/history/%E0%A4%A', { page: 'vendors' }],
  ])('parses %s', (hash, route) => expect(parseRoute(hash)).toEqual(route));
});
