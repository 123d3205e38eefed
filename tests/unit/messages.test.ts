import { describe, expect, it } from 'vitest';
import { parseExtractedPage, parseRequest, parseResponse } from '../../entrypoints/background/messages';

describe('parseRequest', () => {
  it('accepts an analyze-tab request', () => {
    expect(parseRequest({ type: 'analyze-tab', tabId: 7 })).toEqual({ ok: true, value: { type: 'analyze-tab', tabId: 7 } });
  });

  it.each([
    [null, /expected an object/],
    ['analyze-tab', /expected an object/],
    [[{ type: 'analyze-tab', tabId: 1 }], /expected an object/],
    [{ type: 'delete-everything', tabId: 1 }, /unknown type "delete-everything"/],
    [{ tabId: 1 }, /unknown type undefined/],
    [{ type: 'analyze-tab' }, /tabId must be a non-negative integer/],
    [{ type: 'analyze-tab', tabId: '3' }, /tabId/],
    [{ type: 'analyze-tab', tabId: -1 }, /tabId/],
    [{ type: 'analyze-tab', tabId: 1.5 }, /tabId/],
    [{ type: 'analyze-tab', tabId: Number.NaN }, /tabId/],
    [{ type: 'analyze-tab', tabId: 1, code: 'alert(1)' }, /unexpected field\(s\) code/],
  ])('rejects %j with a clear error', (message, error) => {
    const res = parseRequest(message);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(error);
  });
});

describe('parseExtractedPage', () => {
  it('accepts the extractor result and drops extra fields', () => {
    const res = parseExtractedPage({ text: 't', title: 'T', url: 'https://x.example/', method: 'readability', html: '<b>' });
    expect(res).toEqual({ ok: true, value: { text: 't', title: 'T', url: 'https://x.example/', method: 'readability' } });
  });

  it.each([[undefined], [null], [{ text: 1, title: '', url: '', method: '' }], [{ text: '', title: '', url: '' }]])(
    'rejects %j',
    (value) => {
      expect(parseExtractedPage(value).ok).toBe(false);
    },
  );
});

describe('parseResponse', () => {
  it('accepts a known error', () => {
    expect(parseResponse({ ok: false, error: { code: 'restricted', message: 'no' } }).ok).toBe(true);
  });

  it.each([
    [undefined],
    [{ ok: false, error: { code: 'whatever', message: 'no' } }],
    [{ ok: true, reportId: 1, version: 1, created: true, url: 'u' }],
    [{ ok: true, reportId: 1, version: 1, created: true, url: 'u', report: { score: '5', checklist: [] } }],
  ])('rejects %j', (value) => {
    expect(parseResponse(value).ok).toBe(false);
  });
});
