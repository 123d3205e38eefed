// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightQuote } from '../../entrypoints/highlight';

type HighlightCtor = new (...ranges: Range[]) => unknown;
const g = globalThis as unknown as { Highlight?: HighlightCtor; CSS: { highlights?: Map<string, unknown> } };

describe('highlightQuote', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    delete g.Highlight;
    if (g.CSS) delete g.CSS.highlights;
  });

  function page(html: string): void {
    // Test fixture only: the highlighter itself never writes HTML.
    document.body.innerHTML = html;
  }

  it('wraps a sentence that spans inline elements in <mark> when CSS highlights are absent', () => {
    page('<h2>Retention</h2><p>Part <b>bold</b> end. Other text.</p>');
    const r = highlightQuote(document, 'Part bold end.');
    expect(r).toEqual({ found: true, method: 'mark', text: 'Part bold end.' });
    const marks = Array.from(document.querySelectorAll('mark[data-lacuna]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('Part bold end.');
    expect(document.querySelector('p')!.textContent).toBe('Part bold end. Other text.');
    expect(document.getElementById('lacuna-highlight-style')).not.toBeNull();
  });

  it('matches across links and line breaks in the markup', () => {
    page('<p>Write to\n  our <a href="/dpo">data protection officer</a>\nat any time.</p>');
    const r = highlightQuote(document, 'Write to our data protection officer at any time.');
    expect(r.found).toBe(true);
    expect(r.text.replace(/\s+/g, ' ')).toBe('Write to our data protection officer at any time.');
  });

  it('clears the previous highlight before the next one and restores the text', () => {
    page('<p>First <i>one</i>.</p><p>Second one.</p>');
    highlightQuote(document, 'First one.');
    highlightQuote(document, 'Second one.');
    const marks = Array.from(document.querySelectorAll('mark[data-lacuna]'));
    expect(marks.map((m) => m.textContent)).toEqual(['Second one.']);
    expect(document.querySelector('p')!.innerHTML).toBe('First <i>one</i>.');
  });

  it('uses the CSS Custom Highlight API when present', () => {
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    g.CSS = Object.assign(g.CSS ?? {}, { highlights: registry });
    g.Highlight = FakeHighlight;
    page('<p>Part <b>bold</b> end.</p>');
    const r = highlightQuote(document, 'Part bold end.');
    expect(r.method).toBe('highlight');
    const h = registry.get('lacuna') as FakeHighlight;
    expect(h.ranges[0]!.toString()).toBe('Part bold end.');
    expect(document.querySelector('mark')).toBeNull();
  });

  it('ignores script text and reports a quote that is not there', () => {
    page('<script>var x = "Hidden sentence.";</script><p>Visible.</p>');
    expect(highlightQuote(document, 'Hidden sentence.')).toEqual({ found: false, method: 'none', text: '' });
  });
});

describe('highlightQuote reveals and skips', () => {
  it('opens a collapsed <details> around the quote', () => {
    document.body.innerHTML = '<details><summary>Retention</summary><p>We keep <i>logs</i> for 90 days.</p></details>';
    expect(highlightQuote(document, 'We keep logs for 90 days.').found).toBe(true);
    expect(document.querySelector('details')!.hasAttribute('open')).toBe(true);
  });
  it('walks very deep pages without recursion', () => {
    let html = '';
    for (let i = 0; i < 3000; i++) html += '<div>';
    html += 'Deep <b>sentence</b> here.';
    document.body.innerHTML = html;
    expect(highlightQuote(document, 'Deep sentence here.').found).toBe(true);
  });
});
