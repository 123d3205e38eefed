import { describe, expect, it } from 'vitest';
import { buildBundle, bundleToJson } from '../../workspace/bundle';
import { buildComparison } from '../../workspace/compare';
import { buildCsv, csvCell } from '../../workspace/csv';
import { diffReports } from '../../workspace/diff';
import { clip, factFindings } from '../../workspace/facts';
import { buildHtmlReport, escapeHtml } from '../../workspace/html-report';
import { buildMarkdown } from '../../workspace/markdown';
import { applyOverrides } from '../../workspace/overrides';
import { sampleReport } from '../../workspace/sample';
import type { ItemOverride } from '../../workspace/types';
import { allTags, buildRows, filterAndSort } from '../../workspace/table';
import { parseBundle } from '../../workspace/validate';
import { originOf, parseTags, vendorLabel } from '../../workspace/vendor-name';

const URL_A = 'https://a.example/privacy';
const override = (o: Partial<ItemOverride> = {}): ItemOverride => ({
  url: URL_A, itemId: 'retention', status: 'missing', comment: 'periods are vague', at: '2026-11-02T00:00:00.000Z', ...o,
});

describe('applyOverrides', () => {
  it('shows the auditor status, keeps the computed one and recomputes the score', () => {
    const r = sampleReport({ url: URL_A });
    const eff = applyOverrides(r, [override()]);
    const item = eff.checklist.find((i) => i.id === 'retention')!;
    expect(item.status).toBe('missing');
    expect(item.computedStatus).toBe('met');
    expect(item.override?.comment).toBe('periods are vague');
    expect(eff.computedScore).toBe(100);
    expect(eff.score).toBe(Math.round((100 * (100 - 10)) / 100));
    expect(eff.overridden).toBe(true);
  });
  it('ignores overrides of another URL', () => {
    const eff = applyOverrides(sampleReport({ url: URL_A }), [override({ url: 'https://b.example/privacy' })]);
    expect(eff.overridden).toBe(false);
    expect(eff.score).toBe(100);
  });
  it('n/a override removes the item from the score', () => {
    const r = sampleReport({ url: URL_A, statuses: { dpo_contact: 'missing' } });
    expect(r.score).toBe(96);
    expect(applyOverrides(r, [override({ itemId: 'dpo_contact', status: 'not_applicable' })]).score).toBe(100);
  });
});

describe('diffReports', () => {
  it('lists status changes and facts added and removed', () => {
    const a = sampleReport({ hash: '1'.repeat(64), statuses: { dpo_contact: 'partial' } });
    const b = sampleReport({ hash: '2'.repeat(64), statuses: { retention: 'missing' } });
    b.transfers.countries = ['US', 'IN'];
    b.legalBases = [{ basis: 'consent', evidence: [] }];
    const d = diffReports(a, b);
    expect(d.statusChanges).toEqual([
      { id: 'dpo_contact', from: 'partial', to: 'met' },
      { id: 'retention', from: 'met', to: 'missing' },
    ]);
    expect(d.added).toEqual([{ kind: 'countries', value: 'IN' }]);
    expect(d.removed).toEqual([{ kind: 'legalBases', value: 'contract' }]);
    expect(d.textChanged).toBe(true);
  });
  it('finds nothing between identical versions', () => {
    const d = diffReports(sampleReport(), sampleReport());
    expect(d.statusChanges).toEqual([]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.textChanged).toBe(false);
  });
});

describe('buildComparison', () => {
  it('gives one column per vendor, 14 rows and the key facts', () => {
    const a = sampleReport({ url: URL_A });
    const b = sampleReport({ url: 'https://b.example/p', name: null, statuses: { transfers: 'partial' } });
    b.transfers.safeguards = [];
    const c = buildComparison([
      { key: 'a', label: 'A', report: a, overrides: [override()] },
      { key: 'b', label: 'B', report: b, overrides: [] },
    ]);
    expect(c.columns.map((x) => [x.label, x.score, x.computedScore])).toEqual([['A', 90, 100], ['B', b.score, b.score]]);
    expect(c.items).toHaveLength(14);
    expect(c.items.find((i) => i.id === 'retention')!.cells).toEqual([
      { status: 'missing', overridden: true },
      { status: 'met', overridden: false },
    ]);
    const safeguards = c.facts.find((f) => f.kind === 'safeguards')!;
    expect(safeguards.values).toEqual([['standard contractual clauses'], []]);
    expect(c.facts.find((f) => f.kind === 'controller')!.values[1]).toEqual([]);
  });
});

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('quotes %j as %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  it('writes one row per vendor × item with overrides', () => {
    const csv = buildCsv([
      { label: 'A', report: sampleReport({ url: URL_A }), overrides: [override({ comment: '=cmd|calc' })] },
      { label: 'B, Inc', report: sampleReport({ url: 'https://b.example/' }), overrides: [] },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 2 * 14);
    const ret = lines.find((l) => l.startsWith('A,') && l.includes(',retention,'))!;
    expect(ret).toContain(',missing,met,yes,\'=cmd|calc,');
    expect(lines.filter((l) => l.startsWith('"B, Inc",'))).toHaveLength(14);
  });
});

describe('Markdown and HTML exports', () => {
  const hostile = sampleReport({ url: URL_A, text: '<img src=x onerror=alert(1)> | *bold*' });
  hostile.controller.name = '<script>alert(1)</script>';
  const entries = [{ label: '<b>Vendor</b>', report: hostile, overrides: [override()] }];
  it('escapes every piece of text in the HTML report', () => {
    const html = buildHtmlReport(entries, new Date(0));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Vendor');
    expect(html).toContain(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(html).toContain('computed met');
    expect(html).toContain('Content-Security-Policy');
  });
  it('escapes Markdown markup and table pipes', () => {
    const md = buildMarkdown(entries, new Date(0));
    expect(md).toContain('## \\<b\\>Vendor\\</b\\>');
    expect(md).toContain('\\| \\*bold\\*');
    expect(md).toContain('missing (auditor; computed met): periods are vague');
    expect(md).toContain('Score: **90** (with auditor overrides; computed 100)');
  });
});

describe('JSON bundle round trip and validation', () => {
  const bundle = buildBundle(
    {
      vendors: [{ origin: 'https://a.example', name: 'A', tags: ['tier 1'], notes: 'n' }],
      reports: [{ url: URL_A, origin: 'https://a.example', report: sampleReport({ url: URL_A }) }],
      overrides: [override()],
    },
    new Date(0),
  );
  it('re-reads its own export', () => {
    const parsed = parseBundle(bundleToJson(bundle));
    expect(parsed).toEqual({ ok: true, bundle });
  });
  it.each([
    ['not json', '{', /Not a JSON file/],
    ['foreign json', '{"hello":1}', /Not a Lacuna workspace export/],
    ['newer version', JSON.stringify({ ...bundle, formatVersion: 99 }), /Unsupported export format version 99/],
    ['bad status', JSON.stringify(bundle).replace('"status":"missing"', '"status":"great"'), /overrides\[0\]\.status: expected one of/],
    [
      'bad evidence',
      JSON.stringify({ ...bundle, reports: [{ ...bundle.reports[0], report: { ...bundle.reports[0]!.report, controller: { ...bundle.reports[0]!.report.controller, evidence: [{ quote: 'x', start: 5, end: 1 }] } } }] }),
      /reports\[0\]\.report\.controller\.evidence\[0\]: offsets out of order/,
    ],
    ['missing reports', JSON.stringify({ ...bundle, reports: undefined }), /reports: expected an array/],
    ['url mismatch', JSON.stringify({ ...bundle, reports: [{ ...bundle.reports[0], url: 'https://x.example' }] }), /reports\[0\]\.url: differs/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const parsed = parseBundle(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('vendor helpers', () => {
  it.each([
    ['https://www.vendor.example/legal/privacy?x=1', 'https://www.vendor.example'],
    ['http://127.0.0.1:8080/p.html', 'http://127.0.0.1:8080'],
    ['not a url', 'not a url'],
  ])('origin of %s', (url, origin) => expect(originOf(url)).toBe(origin));
  it('labels a vendor by the auditor name, then the controller, then the host', () => {
    const r = sampleReport();
    expect(vendorLabel({ name: ' Acme ', origin: 'https://x.example' }, r)).toBe('Acme');
    expect(vendorLabel({ name: '', origin: 'https://x.example' }, r)).toBe('Example Vendor Ltd');
    expect(vendorLabel({ name: '', origin: 'https://x.example' }, sampleReport({ name: null }))).toBe('x.example');
  });
  it('parses tags', () => expect(parseTags(' a, b,,a ,tier 2')).toEqual(['a', 'b', 'tier 2']));
});

describe('vendor table model', () => {
  const rows = buildRows(
    [
      { id: 1, url: 'https://a.example/p', report: sampleReport({ url: 'https://a.example/p', statuses: { dpo_contact: 'missing' } }), versions: 2 },
      { id: 2, url: 'https://b.example/p', report: sampleReport({ url: 'https://b.example/p', name: null }), versions: 1 },
      { id: 3, url: 'https://c.example/p', report: sampleReport({ url: 'https://c.example/p', statuses: { purposes: 'missing', rights: 'partial' } }), versions: 1 },
    ],
    [
      { origin: 'https://a.example', name: 'Alpha', tags: ['tier 1', 'crm'], notes: '' },
      { origin: 'https://c.example', name: 'Gamma', tags: ['tier 2'], notes: '' },
    ],
    [{ url: 'https://a.example/p', itemId: 'dpo_contact', status: 'met', comment: 'DPO named in the DPA', at: 'x' }],
  );
  it('labels rows and applies overrides to the shown score', () => {
    expect(rows.map((r) => [r.label, r.score, r.computedScore, r.missing, r.overridden])).toEqual([
      ['Alpha', 100, 96, 0, true],
      ['b.example', 100, 100, 0, false],
      ['Gamma', 85, 85, 1, false],
    ]);
  });
  it.each([
    ['score', false, ['Gamma', 'Alpha', 'b.example']],
    ['score', true, ['Alpha', 'b.example', 'Gamma']],
    ['label', false, ['Alpha', 'b.example', 'Gamma']],
    ['missing', true, ['Gamma', 'Alpha', 'b.example']],
  ] as const)('sorts by %s (descending %s)', (key, desc, expected) => {
    expect(filterAndSort(rows, '', '', key, desc).map((r) => r.label)).toEqual(expected);
  });
  it('filters by words and tag', () => {
    expect(filterAndSort(rows, 'crm', '', 'label', false).map((r) => r.label)).toEqual(['Alpha']);
    expect(filterAndSort(rows, 'example', 'tier 2', 'label', false).map((r) => r.label)).toEqual(['Gamma']);
    expect(filterAndSort(rows, 'nothing', '', 'label', false)).toEqual([]);
    expect(allTags(rows)).toEqual(['crm', 'tier 1', 'tier 2']);
  });
});

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['keep invoices for ten years after the end', 20, 'keep invoices for…'],
    ['averyveryverylongwordwithoutspaces', 10, 'averyvery…'],
  ])('clips %j to %i', (input, max, expected) => {
    expect(clip(input, max)).toBe(expected);
    expect(clip(input, max).length).toBeLessThanOrEqual(max);
  });
});

describe('factFindings', () => {
  it('lists each fact that has evidence, with its quotes once', () => {
    const r = sampleReport();
    const q = { quote: 'We rely on your consent.', start: 40, end: 64 };
    r.legalBases = [{ basis: 'consent', evidence: [q, { ...q }] }, { basis: 'contract', evidence: [] }];
    const f = factFindings(r);
    expect(f.find((x) => x.group === 'Legal bases')).toEqual({ group: 'Legal bases', value: 'consent', evidence: [q] });
    expect(f.some((x) => x.value === 'contract')).toBe(false); // no evidence, nothing to cite
    expect(f.find((x) => x.group === 'Retention')!.value).toBe('P10Y (ten years)');
  });
});
