import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../workspace/locate-quote';
import { findPrivacyLinks } from '../../workspace/privacy-links';

const PAGE = 'https://shop.example/terms';

describe('findPrivacyLinks', () => {
  it.each([
    ['Privacy Policy', '/legal/privacy'],
    ['Politique de confidentialité', '/fr/confidentialite'],
    ['Datenschutzerklärung', '/datenschutz'],
    ['Privacyverklaring', '/nl/privacy'],
    ['Informativa sulla privacy', '/it/informativa-privacy'],
    ['Política de privacidad', '/es/politica-privacidad'],
    ['Data protection', '/about/data-protection'],
  ])('returns true for %s', (text, href) => {
    expect(findPrivacyLinks([{ text, href }], PAGE).map((l) => l.href)).toEqual([new URL(href, PAGE).href]);
  });
  it.each([
    ['Cookie policy', '/cookies'],
    ['Terms of service', '/terms-of-service'],
    ['Careers', '/jobs'],
    ['Privacy policy', 'javascript:void(0)'],
    ['Privacy policy', 'mailto:privacy@shop.example'],
    ['Privacy', '/terms#top'],
  ])('returns false for %s (%s)', (text, href) => {
    expect(findPrivacyLinks([{ text, href }], PAGE)).toEqual([]);
  });
  it('ranks, de-duplicates and limits', () => {
    const links = findPrivacyLinks(
      [
        { text: 'Privacy', href: '/other' },
        { text: 'Privacy notice', href: '/privacy-notice' },
        { text: 'Privacy notice', href: '/privacy-notice#top' },
        { text: 'Cookie settings', href: '/privacy/cookies' },
      ],
      PAGE,
    );
    expect(links.map((l) => l.href)).toEqual(['https://shop.example/privacy-notice', 'https://shop.example/other']);
  });
});

describe('locateQuote', () => {
  it('finds a quote across inline elements whatever the spacing', () => {
    // <p>Part <b>bold</b> end.</p>
    const r = locateQuote(['Heading', 'Part ', 'bold', ' end.'], 'Part bold end.');
    expect(r).toEqual({ startNode: 1, startOffset: 0, endNode: 3, endOffset: 5 });
  });
  it('ignores newlines, non-breaking spaces and soft hyphens in the page', () => {
    const r = locateQuote(['We keep\n   data for\u00a0ten', ' ye\u00adars', '.'], 'We keep data for ten years.');
    expect(r).toEqual({ startNode: 0, startOffset: 0, endNode: 2, endOffset: 1 });
  });
  it('falls back to a case-insensitive match and drops table separators', () => {
    expect(locateQuote(['SEE', 'below'], 'see below')).not.toBeNull();
    expect(locateQuote(['Invoices', 'Ten years'], 'Invoices | Ten years')).toEqual({ startNode: 0, startOffset: 0, endNode: 1, endOffset: 9 });
  });
  it('picks the occurrence nearest the quote position', () => {
    const chunks = ['Contact us.', 'x'.repeat(100), 'Contact us.'];
    expect(locateQuote(chunks, 'Contact us.', 0.95)?.startNode).toBe(2);
    expect(locateQuote(chunks, 'Contact us.', 0)?.startNode).toBe(0);
  });
  it('returns null when absent or empty', () => {
    expect(locateQuote(['abc'], 'xyz')).toBeNull();
    expect(locateQuote(['abc'], '  ')).toBeNull();
  });
});
