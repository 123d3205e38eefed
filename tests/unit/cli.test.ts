import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../analyzers/types';
import { main } from '../../cli/analyze';
import { charsetFromContentType, decodeBytes, LoadError, loadInput, looksBinary, sniffFormat } from '../../cli/load';
import { formatTable, wrap } from '../../cli/table';

const fixtures = join(__dirname, '..', 'fixtures', 'cli');
const tmp = mkdtempSync(join(tmpdir(), 'lacuna-cli-'));
const write = (name: string, bytes: Uint8Array | string): string => {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
};
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

/** Runs the CLI in-process, capturing stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += `${s}\n`));
  return { code, out, err };
}

describe('loadInput', () => {
  it('reads HTML with its title and a file:// URL', async () => {
    const path = join(fixtures, 'policy.html');
    const r = await loadInput(path);
    expect(r.url).toBe(pathToFileURL(path).href);
    expect(r.title).toBe('Sample privacy notice');
    expect(r.format).toBe('html');
    expect(r.text).toContain('Sample Tools BV is the controller of your personal data.\nYou can write to');
  });

  it('reads Markdown without front matter, one block per line', async () => {
    const r = await loadInput(join(fixtures, 'policy.md'));
    expect(r.method).toBe('markdown');
    expect(r.title).toBe('Sample privacy notice');
    expect(r.text).not.toContain('layout');
    expect(r.text.split('\n')).toEqual([
      'Sample privacy notice',
      'Sample Tools BV is the controller of your personal data. You can write to privacy@sample.example with any question.',
      'Your rights',
      'You can ask for access to your data.',
      'You can ask us to erase it.',
    ]);
  });

  it('reads plain text with CRLF, extra spaces and empty lines normalised', async () => {
    const r = await loadInput(join(fixtures, 'policy.txt'));
    expect(r.text).toBe(
      'Sample privacy notice\nSample Tools BV is the controller of your personal data.\nYou can write to privacy@sample.example.',
    );
  });

  it.each([
    ['a <meta charset> latin-1 page', 'meta.html', latin1('<html><head><meta charset="iso-8859-1"></head><body><p>Donn\xe9es trait\xe9es</p></body></html>')],
    ['an http-equiv windows-1252 page', 'equiv.html', latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Donn\xe9es trait\xe9es</p></body></html>')],
    ['an undeclared legacy page', 'legacy.html', latin1('<html><body><p>Donn\xe9es trait\xe9es</p></body></html>')],
    ['a UTF-8 page with a BOM', 'bom.html', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<html><body><p>Données traitées</p></body></html>')])],
    ['a UTF-16LE text with a BOM', 'utf16.txt', new Uint8Array([0xff, 0xfe, ...Array.from('Données traitées', (c) => [c.charCodeAt(0), 0]).flat()])],
  ])('decodes %s', async (_name, file, bytes) => {
    const r = await loadInput(write(file, bytes));
    expect(r.text).toBe('Données traitées');
  });

  it.each([
    ['declared latin-1 (read as windows-1252, as browsers do)', '<meta charset="latin1">'],
    ['undeclared', ''],
  ])('keeps windows-1252 punctuation and € in a %s page', async (_name, meta) => {
    const html = `<html><head>${meta}</head><body><p>Droit d\x92acc\xe8s \x96 frais : 0 \x80</p></body></html>`;
    expect((await loadInput(write(`cp1252-${meta.length}.html`, latin1(html)))).text).toBe('Droit d’accès – frais : 0 €');
  });

  it('accepts a file:// URL, spaces and all', async () => {
    const path = write('my policy.txt', 'Some text.');
    const r = await loadInput(pathToFileURL(path).href);
    expect(r.url).toBe(pathToFileURL(path).href);
    expect(r.text).toBe('Some text.');
  });

  it('sniffs markup in a file with an unknown extension', async () => {
    const r = await loadInput(write('page.aspx', '<div><p>First block</p><p>Second block</p><p>Third</p></div>'));
    expect(r.format).toBe('html');
    expect(r.text).toBe('First block\nSecond block\nThird');
    expect(sniffFormat('Just words, with a < sign.')).toBe('text');
  });

  it.each([
    ['an empty file', () => write('empty.txt', ''), /is empty/],
    ['binary junk', () => write('junk.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])), /binary/],
    ['a missing file', () => join(tmp, 'nope.html'), /no such file/],
    ['a PDF', () => write('policy.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'), /is a PDF/],
    ['a directory', () => tmp, /directory/],
    ['a page with no text', () => write('blank.html', '<html><body><script>x()</script></body></html>'), /no readable text/],
  ])('rejects %s with a clear message', async (_name, make, message) => {
    const p = make();
    await expect(loadInput(p)).rejects.toThrow(LoadError);
    await expect(loadInput(p)).rejects.toThrow(message);
  });

  it('knows charsets from headers and binary from text', () => {
    expect(charsetFromContentType('text/html; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(decodeBytes(latin1('caf\xe9'), 'iso-8859-1')).toBe('café');
    expect(looksBinary(new TextEncoder().encode('plain text\n'))).toBe(false);
  });
});

describe('URLs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/latin.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
        res.end(Buffer.from(latin1('<html><head><title>Confidentialit\xe9</title></head><body><p>Donn\xe9es trait\xe9es</p></body></html>')));
      } else if (req.url === '/policy.md') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('# Notice\n\nSome *text*.\n');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a page and follows the Content-Type charset', async () => {
    const r = await loadInput(`${base}/latin.html`);
    expect(r.url).toBe(`${base}/latin.html`);
    expect(r.title).toBe('Confidentialité');
    expect(r.text).toBe('Données traitées');
  });

  it('reads a .md URL served as text/plain as Markdown', async () => {
    expect((await loadInput(`${base}/policy.md`)).text).toBe('Notice\nSome text.');
  });

  it('reports an HTTP error clearly', async () => {
    await expect(loadInput(`${base}/gone`)).rejects.toThrow(/HTTP 404/);
  });
});

describe('the analyze command', () => {
  it('prints one JSON array, in input order, with an error report in place and exit code 1', async () => {
    const good = join(fixtures, 'policy.txt');
    const bad = join(tmp, 'missing.html');
    const { code, out, err } = await run(['--format', 'json', '-q', good, bad, join(fixtures, 'policy.md')]);
    expect(code).toBe(1);
    const reports = JSON.parse(out) as Report[];
    expect(reports).toHaveLength(3);
    expect(reports[0]!.source.url).toBe(pathToFileURL(good).href);
    expect(reports[0]!.checklist).toHaveLength(14);
    expect(reports[0]!.error).toBeUndefined();
    expect(reports[1]!.error).toMatch(/no such file/);
    expect(reports[1]!.source.url).toBe(pathToFileURL(bad).href);
    expect(reports[2]!.source.title).toBe('Sample privacy notice');
    expect(err).toBe('');
  });

  it('exits 0 when every input is read, and warns on stderr only', async () => {
    const { code, out, err } = await run(['--format', 'json', join(fixtures, 'policy.txt'), join(fixtures, 'policy.html')]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(2);
    expect(err).toMatch(/2 inputs/);
  });

  it('prints a table that fits 100 columns by default', async () => {
    const { code, out } = await run([join(fixtures, 'policy.html')]);
    expect(code).toBe(0);
    expect(out).toContain('controller_identity');
    expect(out).toContain('Sample privacy notice');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('wraps long notes within the width and marks what it cuts', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three …']);
    expect(wrap('short', 9, 2)).toEqual(['short']);
    for (const line of wrap('x'.repeat(30), 9, 3)) expect(line.length).toBeLessThanOrEqual(9);
  });

  it('shows an unreadable input in the table', () => {
    const table = formatTable({ ...JSON.parse('{}'), source: { url: 'file:///x', title: '' }, error: 'x is empty' } as Report);
    expect(table).toMatch(/ERROR\s+x is empty/);
  });

  it('prints the analysed text with --format text', async () => {
    const { out } = await run(['--format', 'text', join(fixtures, 'policy.txt')]);
    expect(out.startsWith('Sample privacy notice\n')).toBe(true);
  });

  it.each([[['--help']], [['-h']]])('prints help for %j', async (args) => {
    const { code, out } = await run(args);
    expect(code).toBe(0);
    expect(out).toMatch(/Usage: npm run -s analyze/);
  });

  it.each([[['--format', 'xml', 'a.html']], [[]], [['--nope', 'a.html']]])('rejects bad usage %j with code 2', async (args) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/Usage/);
  });
});
