/**
 * Reads an input (file path or http(s) URL) into the analysed text exactly as
 * the CLI does: bytes -> decoded string (BOM, Content-Type charset, <meta
 * charset>) -> DOM (linkedom) -> text. The CLI, the evaluation, the benchmark
 * and the tests all read the corpus through `loadInput`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOMParser } from 'linkedom';
import {
  documentText,
  extractPolicyText,
  normalizePlainText,
  pageTitle,
  type ExtractedText,
} from '../analyzers/extract';
import { renderMarkdown } from '../analyzers/extract/markdown';
import { boundDepth, MAX_PARSE_DEPTH } from './depth';

/** Largest input read (bytes). */
export const MAX_BYTES = 10 * 1024 * 1024;
/** Network timeout for URLs (ms). */
export const FETCH_TIMEOUT_MS = 20_000;

/** Format of an input, from its extension, Content-Type or content. */
export type InputFormat = 'html' | 'markdown' | 'text';

/** The analysed text of one input and where it came from. */
export interface LoadedInput {
  text: string;
  title: string;
  /** `file://` URL of the absolute path, or the URL as given. */
  url: string;
  format: InputFormat;
  method: ExtractedText['method'] | 'markdown' | 'text';
  stats?: ExtractedText['stats'];
  /** Set when the page was nested deeper than the cap and flattened below it before parsing (see cli/depth.ts). */
  nesting?: Nesting;
}

/** How deep a flattened page was nested, and the cap it was flattened below. */
export interface Nesting {
  depth: number;
  cap: number;
}

/** Options of the loader. */
export interface LoadOptions {
  /** Nesting cap before linkedom parses (default MAX_PARSE_DEPTH); `Infinity` parses the markup as given. */
  maxDepth?: number;
}

/** An input that cannot be read; `message` is meant for people. */
export class LoadError extends Error {
  override name = 'LoadError';
}

const EXT_FORMAT: Record<string, InputFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

/** True for http(s) URLs. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Charset named in a Content-Type value, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** Charset declared by `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4 KB, or null. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

// WHATWG Encoding maps latin1 / iso-8859-1 / ascii labels to windows-1252, but Node's
// TextDecoder (small ICU) turns 0x80-0x9F into C1 controls: "’" and "€" would vanish.
const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'l1', 'us-ascii', 'ascii',
  'ansi_x3.4-1968', 'cp819', 'csisolatin1', 'ibm819', 'iso-ir-100', 'iso_8859-1:1987',
]);
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes windows-1252 bytes (the table for 0x80-0x9F, Latin-1 elsewhere). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

interface Decoder {
  decode(bytes: Uint8Array): string;
}

function decoderFor(label: string | null): Decoder | null {
  if (!label) return null;
  if (WINDOWS_1252_LABELS.has(label.toLowerCase())) return { decode: decodeWindows1252 };
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes: a BOM wins, then the declared charset (header, then <meta>),
 * then strict UTF-8, then windows-1252 (what browsers assume for undeclared legacy pages).
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): string {
  const bom = bomCharset(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes); // TextDecoder drops the BOM itself
  const chosen = decoderFor(declared ?? null) ?? decoderFor(charsetFromMeta(bytes));
  // A page that declares UTF-8 but is not valid UTF-8 is decoded leniently rather than rejected.
  if (chosen) return chosen.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** True when the bytes look like a binary file rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = bomCharset(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Guesses HTML vs plain text from the content (for unknown extensions). */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i.test(head)) return 'html';
  const tags = head.match(/<\/?(?:p|div|span|a|h[1-6]|ul|li|table|br|section|article|meta|title|script)\b[^>]*>/gi);
  return tags && tags.length >= 3 ? 'html' : 'text';
}

/**
 * Parses an HTML string into a Document with linkedom (Node side of the extractor).
 * Elements nested deeper than `maxDepth` are flattened first (their text kept), as
 * linkedom's parse time grows with the square of the depth; `nesting` is set then.
 */
export function parseHtmlBounded(html: string, maxDepth: number = MAX_PARSE_DEPTH): { doc: Document; nesting?: Nesting } {
  // linkedom builds no <body> for a bare fragment: give it a document shell.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const bounded = Number.isFinite(maxDepth) ? boundDepth(full, maxDepth) : null;
  const doc = new DOMParser().parseFromString(bounded?.html ?? full, 'text/html') as unknown as Document;
  return bounded?.flattened ? { doc, nesting: { depth: bounded.depth, cap: maxDepth } } : { doc };
}

/** Parses an HTML string into a Document with linkedom, nesting capped at `maxDepth` (see `parseHtmlBounded`). */
export function parseHtml(html: string, maxDepth: number = MAX_PARSE_DEPTH): Document {
  return parseHtmlBounded(html, maxDepth).doc;
}

function frontMatterTitle(md: string): string {
  const fm = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)/.exec(md);
  const m = fm ? /^title:\s*["']?(.*?)["']?\s*$/m.exec(fm[1]!) : null;
  return m ? m[1]!.trim() : '';
}

/** Turns decoded content into the analysed text according to its format. */
export function textFromContent(content: string, format: InputFormat, opts: LoadOptions = {}): Omit<LoadedInput, 'url'> {
  if (format === 'html') {
    const { doc, nesting } = parseHtmlBounded(content, opts.maxDepth);
    const extracted = extractPolicyText(doc);
    return { text: extracted.text, title: extracted.title, format, method: extracted.method, stats: extracted.stats, ...(nesting && { nesting }) };
  }
  if (format === 'markdown') {
    const { doc, nesting } = parseHtmlBounded(renderMarkdown(content), opts.maxDepth);
    return { text: documentText(doc), title: frontMatterTitle(content) || pageTitle(doc), format, method: 'markdown', ...(nesting && { nesting }) };
  }
  const text = normalizePlainText(content);
  const first = text.split('\n', 1)[0] ?? '';
  return { text, title: first.length <= 120 ? first : '', format, method: 'text' };
}

async function readUrl(url: string): Promise<{ bytes: Uint8Array; contentType: string | null }> {
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5' },
    });
  } catch (e) {
    const reason = (e as Error).name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (e as Error).message;
    throw new LoadError(`cannot fetch ${url}: ${reason}`);
  }
  if (!res.ok) throw new LoadError(`cannot fetch ${url}: HTTP ${res.status} ${res.statusText}`.trim());
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_BYTES) throw new LoadError(`${url} is too large (${declared} bytes, limit ${MAX_BYTES})`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        await reader.cancel();
        throw new LoadError(`${url} is too large (over ${MAX_BYTES} bytes)`);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes, contentType: res.headers.get('content-type') };
}

function formatFromContentType(contentType: string | null): InputFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return null; // servers label .md files text/plain: decide by extension
  return null;
}

/** Reads a file path or http(s) URL into the analysed text; throws LoadError with a clear message. */
export async function loadInput(input: string, opts: LoadOptions = {}): Promise<LoadedInput> {
  let bytes: Uint8Array;
  let url: string;
  let format: InputFormat | null;
  let declared: string | null = null;
  if (isUrl(input)) {
    url = input;
    const got = await readUrl(input);
    bytes = got.bytes;
    declared = charsetFromContentType(got.contentType);
    format = formatFromContentType(got.contentType) ?? EXT_FORMAT[extname(new URL(input).pathname).toLowerCase()] ?? null;
  } else {
    const path = resolve(/^file:\/\//i.test(input) ? fileURLToPath(input) : input);
    url = pathToFileURL(path).href;
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new LoadError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(e as Error).message}`);
    }
    if (info.isDirectory()) throw new LoadError(`${path} is a directory, not a file`);
    if (info.size > MAX_BYTES) throw new LoadError(`${path} is too large (${info.size} bytes, limit ${MAX_BYTES})`);
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (e) {
      throw new LoadError(`cannot read ${path}: ${(e as Error).message}`);
    }
    format = EXT_FORMAT[extname(path).toLowerCase()] ?? null;
  }
  if (bytes.byteLength === 0) throw new LoadError(`${url} is empty`);
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new LoadError(`${url} is a PDF; only web pages, Markdown and text are read (save the policy page as HTML or text)`);
  }
  if (looksBinary(bytes)) throw new LoadError(`${url} looks like a binary file, not a web page, Markdown or text`);
  const content = decodeBytes(bytes, declared);
  const loaded = textFromContent(content, format ?? sniffFormat(content), opts);
  if (loaded.text.trim().length === 0) throw new LoadError(`${url} holds no readable text`);
  return { ...loaded, url };
}
