// @vitest-environment happy-dom
/**
 * Measures the list views with 1,000 saved reports (prints timings; the bound
 * is loose on purpose: this machine is shared). Run alone:
 *   npx vitest run tests/unit/dashboard-bench.test.tsx
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { VendorTable } from '../../components/workspace/VendorTable';
import { latestReports } from '../../components/workspace/store';
import { createDb, type ReportRow, type SiteRow } from '../../storage/db';
import { sampleReport } from '../../workspace/sample';
import { buildRows, filterAndSort } from '../../workspace/table';
import { CHECKLIST_IDS, STATUSES } from '../../analyzers/types';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const N = 1000;

describe('dashboard with 1,000 saved reports', () => {
  it('loads, builds, sorts and renders the vendor table quickly', async () => {
    const db = createDb(`bench-${Date.now()}`);
    const sites = Array.from({ length: 250 }, (_, i) => ({ origin: `https://v${i}.example`, firstSeenAt: '2026-01-01' }));
    await db.sites.bulkAdd(sites as SiteRow[]);
    // 1,000 reports: 500 pages, two versions each; statuses vary so sorting has work to do.
    const rows = Array.from({ length: N }, (_, i) => {
      const page = i % 500;
      const statuses = Object.fromEntries(CHECKLIST_IDS.map((id, k) => [id, STATUSES[(i + k) % 3]!]));
      const r = sampleReport({ url: `https://v${page % 250}.example/p${page}`, hash: i.toString(16).padStart(64, '0'), statuses });
      return { siteId: (page % 250) + 1, url: r.source.url, version: i < 500 ? 1 : 2, contentHash: r.source.contentHash, analyzedAt: r.source.analyzedAt, score: r.score, language: 'en', isPrivacyPolicy: 1, report: r };
    });
    let t = performance.now();
    await db.reports.bulkAdd(rows as unknown as ReportRow[]);
    const tInsert = performance.now() - t;

    t = performance.now();
    const latest = await latestReports(db);
    const tLatest = performance.now() - t;
    expect(latest).toHaveLength(500);
    expect(latest.every((r) => r.version === 2 && r.versions === 2)).toBe(true);

    t = performance.now();
    const table = buildRows(latest, [], []);
    const sorted = filterAndSort(table, 'example', '', 'score', true);
    const tModel = performance.now() - t;
    expect(sorted).toHaveLength(500);

    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    t = performance.now();
    await act(async () => root.render(<VendorTable rows={table} />));
    const tRender = performance.now() - t;
    expect(container.querySelectorAll('[data-testid=vendor-row]')).toHaveLength(200); // first page of 500
    expect(container.textContent).toContain('500 of 500 page(s) · first 200 shown');
    const header = Array.from(container.querySelectorAll('th button')).find((b) => b.textContent!.startsWith('Score')) as HTMLButtonElement;
    t = performance.now();
    await act(async () => header.click());
    const tSort = performance.now() - t;
    act(() => root.unmount());

    console.log(
      `[bench] ${N} reports: bulkAdd ${tInsert.toFixed(0)} ms · latest-per-URL ${tLatest.toFixed(0)} ms · rows+filter+sort ${tModel.toFixed(1)} ms · render (200 of 500 rows) ${tRender.toFixed(0)} ms · re-sort ${tSort.toFixed(0)} ms`,
    );
    expect(tLatest + tModel + tRender).toBeLessThan(10_000);
  });
});
