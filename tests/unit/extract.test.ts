import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  anchoredText,
  extractPolicyText,
  isBoilerplate,
  isConsentBanner,
  normalizePlainText,
  prunedText,
  serializeNode,
  stripFrontMatter,
} from '../../analyzers/extract';
import { renderMarkdown } from '../../analyzers/extract/markdown';
import { parseHtml } from '../../cli/load';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'extract', name), 'utf8');
const body = (html: string): string => serializeNode(parseHtml(html).body);

describe('serializeNode', () => {
  it.each([
    ['paragraphs each on their own line', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['headings on their own line', '<h2>Your rights</h2><p>You may ask.</p>', 'Your rights\nYou may ask.'],
    ['inline whitespace collapsed', '<p>  a\n\t b   <b>c</b>d  </p>', 'a b cd'],
    ['list items one per line', '<ul><li>first</li><li>second</li></ul>', 'first\nsecond'],
    ['table cells joined in a row', '<table><tr><th>Data</th><th>Period</th></tr><tr><td>Orders</td><td>6 years</td></tr></table>', 'Data | Period\nOrders | 6 years'],
    ['br ends a line', '<p>Street 1<br>1000 Town</p>', 'Street 1\n1000 Town'],
    ['a div inside text splits the line', '<div>intro<div>nested block</div>tail</div>', 'intro\nnested block\ntail'],
    ['no-break and zero-width spaces normalised', '<p>10\u00a0years\u200b and\u202fmore</p>', '10 years and more'],
    ['script, style, template and svg skipped', '<p>kept</p><script>x()</script><style>p{}</style><template><p>t</p></template><svg><text>s</text></svg>', 'kept'],
    ['pre keeps its line breaks', '<pre>line one\nline   two</pre>', 'line one\nline two'],
    ['dt and dd on their own lines', '<dl><dt>Controller</dt><dd>Example SA</dd></dl>', 'Controller\nExample SA'],
  ])('puts %s', (_name, html, expected) => {
    expect(body(html)).toBe(expected);
  });

  it('never leaves empty lines', () => {
    expect(body('<div><p></p><p> </p><div><br><br></div><p>x</p></div>')).toBe('x');
  });

  it('survives very deep nesting (no recursion)', () => {
    const depth = 20_000;
    expect(body(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`)).toBe('deep');
  });

  it('gives the same text on happy-dom as on linkedom (no innerText, own walk)', () => {
    const html = fixture('article-page.html');
    const window = new Window();
    window.document.write(html);
    const viaHappy = serializeNode(window.document.body as unknown as Node);
    expect(viaHappy).toBe(serializeNode(parseHtml(html).body));
    expect(extractPolicyText(window.document as unknown as Document).text).toBe(extractPolicyText(parseHtml(html)).text);
  });
});

describe('boilerplate pruning', () => {
  const el = (html: string): Element => parseHtml(html).body.firstElementChild!;

  it.each([
    ['<nav>menu</nav>'],
    ['<footer>f</footer>'],
    ['<div hidden>h</div>'],
    ['<div aria-hidden="true">h</div>'],
    ['<div style="display: none">h</div>'],
    ['<div role="dialog">d</div>'],
    ['<div id="onetrust-consent-sdk">b</div>'],
    ['<div class="cookie-banner">b</div>'],
    ['<div id="consent-popup">b</div>'],
  ])('returns true for %s', (html) => {
    expect(isBoilerplate(el(html))).toBe(true);
  });

  it.each([
    ['<section id="cookies">policy section about cookies</section>'],
    ['<div class="cookie-policy">policy</div>'],
    ['<section class="privacy-policy-content">policy</section>'],
    ['<div class="privacy-notice">the policy itself</div>'],
    ['<section id="ot-sdk-cookie-policy" class="ot-sdk-cookie-policy ot-sdk-container">the cookie list of a cookie policy</section>'],
    ['<div id="gdpr-notice">the GDPR part of a policy</div>'],
    ['<div style="visibility: hidden; height: 0">collapsed accordion panel</div>'],
    ['<p>text</p>'],
  ])('returns false for %s', (html) => {
    expect(isBoilerplate(el(html))).toBe(false);
    expect(isConsentBanner(el(html))).toBe(false);
  });

  it('keeps a policy section about cookies and drops the banner', () => {
    const text = prunedText(parseHtml(fixture('article-page.html')));
    expect(text).toContain('We place a small number of cookies');
    expect(text).not.toContain('Accept all or manage your choices');
    expect(text).not.toContain('should never appear');
    expect(text).not.toContain('All rights reserved');
  });
});

describe('extractPolicyText', () => {
  it('uses Readability on an article page and keeps its headings, lists and table', () => {
    const r = extractPolicyText(parseHtml(fixture('article-page.html')));
    expect(r.method).toBe('readability');
    expect(r.title).toBe('Privacy notice | Example Widgets');
    const lines = r.text.split('\n');
    expect(lines).toContain('What we collect');
    expect(lines).toContain('Cookies');
    expect(lines).toContain('Contact data such as your e-mail address.');
    expect(lines).toContain('Orders | 6 years');
    expect(r.text).not.toMatch(/Home|Shop|Accept all|All rights reserved|tracking/);
    expect(r.stats.readabilityChars).toBeGreaterThan(0);
  });

  it('falls back to the pruned page when Readability keeps too little (collapsed accordion panels)', () => {
    const r = extractPolicyText(parseHtml(fixture('accordion-page.html')));
    expect(r.text).toContain('The controller of your personal data is Sample Apps Inc.');
    expect(r.text).toContain('delete it within thirty days');
    expect(r.text).toContain('complain to a data protection authority');
    expect(r.text).toContain('keep payroll records for ten years');
    expect(r.text).not.toContain('retired notice');
  });

  it('reads a page wrapped in one <form> (ASP.NET WebForms) and still drops a search form', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the notice explains how we process personal data and for which purpose we keep it.</p>`;
    const html = `<html><body><form id="aspnetForm"><form role="search"><input name="q"><button>Search</button></form><h1>Privacy notice</h1>${Array.from({ length: 20 }, (_, i) => para(i)).join('')}</form></body></html>`;
    const r = extractPolicyText(parseHtml(html));
    expect(r.text).toContain('Paragraph 19 of the notice');
    expect(r.text).not.toContain('Search');
  });

  it('reads a policy shown in a dialog (pruning drops dialogs, Readability finds it)', () => {
    const para = (n: number) => `<p>Clause ${n}: we process your personal data only for the purpose stated here and delete it afterwards.</p>`;
    const html = `<html><body><div role="dialog"><h2>Privacy notice</h2>${Array.from({ length: 20 }, (_, i) => para(i)).join('')}</div></body></html>`;
    const r = extractPolicyText(parseHtml(html));
    expect(r.method).toBe('readability');
    expect(r.text).toContain('Clause 19: we process');
  });

  it('falls back when the required share is not reached', () => {
    const r = extractPolicyText(parseHtml(fixture('article-page.html')), { minShare: 1.5 });
    expect(r.method).toBe('fallback');
    expect(r.text).toContain('order records for six years');
  });

  it('skips Readability on a page over the element budget', () => {
    const r = extractPolicyText(parseHtml(fixture('article-page.html')), { maxElems: 10 });
    expect(r.method).toBe('fallback');
    expect(r.stats.readabilityChars).toBe(0);
    expect(r.text).toContain('Example Widgets Ltd, 1 Sample Street');
  });

  it('does not change the document it reads (Readability runs on a clone)', () => {
    const doc = parseHtml(fixture('article-page.html'));
    const before = doc.documentElement.outerHTML;
    extractPolicyText(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is deterministic', () => {
    const html = fixture('article-page.html');
    expect(extractPolicyText(parseHtml(html)).text).toBe(extractPolicyText(parseHtml(html)).text);
  });
});

describe('anchoredText (Readability re-cut from the pruned text)', () => {
  const P1 = 'We collect your name and your e-mail address when you create an account with us.';
  const P2 = 'We keep your account data until you close your account, then delete it within a month.';
  const P3 = 'You can contact our data protection officer with any question about this notice.';
  const menu = ['Home', 'Products', 'Sign in'];
  const footer = ['About', 'Careers', 'Press', 'Terms', 'Cookies', 'Sitemap', 'Contact', '© Example'];

  it('takes back the title heading and what Readability dropped inside the article', () => {
    const pruned = [...menu, 'Privacy notice', P1, 'How long we keep data', 'Link-dense paragraph Readability removed, see here.', P2, ...footer].join('\n');
    expect(anchoredText([P1, P2].join('\n'), pruned, new Set(['Privacy notice', 'How long we keep data']))).toBe(
      ['Privacy notice', P1, 'How long we keep data', 'Link-dense paragraph Readability removed, see here.', P2].join('\n'),
    );
  });

  it('keeps short lines Readability kept at the end (table rows)', () => {
    const pruned = [P1, P2, 'Orders | 6 years', 'Account | 2 years', ...footer].join('\n');
    expect(anchoredText([P1, P2, 'Orders | 6 years', 'Account | 2 years'].join('\n'), pruned)).toBe(
      [P1, P2, 'Orders | 6 years', 'Account | 2 years'].join('\n'),
    );
  });

  it('extends over closing prose Readability left out, and stops at the footer', () => {
    const pruned = [P1, P2, 'Contact us', 'By e-mail:', P3, ...footer, 'A long sentence in the footer that is not part of the policy at all.'].join('\n');
    expect(anchoredText([P1, P2].join('\n'), pruned)).toBe([P1, P2, 'Contact us', 'By e-mail:', P3].join('\n'));
  });

  it('returns null when no line anchors it', () => {
    expect(anchoredText('short', [P1, P2].join('\n'))).toBeNull();
  });
});

describe('Markdown and plain text', () => {
  it('strips YAML front matter', () => {
    expect(stripFrontMatter('---\ntitle: Privacy\nlayout: page\n---\n# Privacy\n')).toBe('# Privacy\n');
    expect(stripFrontMatter('# No front matter\n---\n')).toBe('# No front matter\n---\n');
  });

  it('renders Markdown one block per line', () => {
    const md = '---\ntitle: x\n---\n# Privacy policy\n\nWe collect **your e-mail**\nto answer you.\n\n- access\n- erasure\n\n| Data | Period |\n|---|---|\n| Logs | 90 days |\n';
    expect(serializeNode(parseHtml(renderMarkdown(md)).body)).toBe(
      'Privacy policy\nWe collect your e-mail to answer you.\naccess\nerasure\nData | Period\nLogs | 90 days',
    );
  });

  it('normalises plain text: CRLF, spaces within lines, empty lines', () => {
    expect(normalizePlainText('Title\r\n\r\n  a   b\u00a0c \r\n\n\tend')).toBe('Title\na b c\nend');
  });
});

describe('the injected extractor stays lean', () => {
  it('does not import marked or node modules from the files the page script bundles', () => {
    const dir = join(__dirname, '..', '..', 'analyzers', 'extract');
    for (const f of ['index.ts', 'prune.ts', 'serialize.ts', 'text.ts']) {
      const src = readFileSync(join(dir, f), 'utf8');
      expect(src, f).not.toMatch(/from ['"](?:marked|node:|linkedom)/);
      expect(src, f).not.toMatch(/from ['"]\.\/markdown['"]/);
    }
  });
});
