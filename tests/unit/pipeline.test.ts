import { describe, expect, it } from 'vitest';
import { analyzeText, errorReport, sha256Hex } from '../../analyzers/pipeline';
import { CHECKLIST_IDS, SCHEMA_VERSION } from '../../analyzers/types';

const POLICY = [
  'Privacy notice',
  'Northwind Widgets Ltd (the controller) processes your personal data as described here.',
  'You can contact us at privacy@northwind.example.',
].join('\n');

describe('analyzeText', () => {
  it('returns a complete report with all 14 items, a hash and a score', async () => {
    const r = await analyzeText({ text: POLICY, url: 'https://northwind.example/privacy', title: 'Privacy', now: () => new Date('2026-01-01T00:00:00Z') });
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.source).toEqual({
      url: 'https://northwind.example/privacy',
      title: 'Privacy',
      analyzedAt: '2026-01-01T00:00:00.000Z',
      contentHash: sha256Hex(POLICY),
    });
    expect(r.checklist.map((i) => i.id)).toEqual([...CHECKLIST_IDS]);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    for (const item of r.checklist) {
      expect(item.note.length).toBeGreaterThan(0);
      for (const e of item.evidence) expect(POLICY.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('is deterministic for the same text', async () => {
    const now = () => new Date('2026-01-01T00:00:00Z');
    const a = await analyzeText({ text: POLICY, url: 'x', now });
    const b = await analyzeText({ text: POLICY, url: 'x', now });
    expect(a).toEqual(b);
  });

  it('hashes with sha256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes exactly as WebCrypto does (reports saved before keep their hash)', async () => {
    const webCrypto = async (text: string) =>
      Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
    const texts = ['', 'Datenschutzerklärung — Verantwortlicher: Müller GmbH', 'emoji 🔒 and a lone surrogate \ud800 end', POLICY.repeat(2000)];
    for (const t of texts) expect(sha256Hex(t)).toBe(await webCrypto(t));
  });
});

describe('errorReport', () => {
  it('keeps the report shape and says what went wrong', () => {
    const r = errorReport('file:///missing.html', 'File not found: /missing.html');
    expect(r.error).toBe('File not found: /missing.html');
    expect(r.checklist).toEqual([]);
    expect(r.isPrivacyPolicy).toBe(false);
  });
});
