/**
 * Static security checks (issue 5/5 "Fast, private and unbreakable"), read
 * from the TypeScript syntax tree so comments and strings do not count:
 * - extension pages build DOM only through React/DOM APIs: no innerHTML,
 *   dangerouslySetInnerHTML, insertAdjacentHTML, document.write, eval,
 *   new Function or string timers;
 * - nothing in the extension or the analyzers talks to the network;
 * - analyzers import no browser or Node module and touch no browser global;
 * - HTML entrypoints load no remote script or style;
 * - the built bundle (if `.output/` exists) holds no network call and no URL
 *   that is not a known, inert string. The manifest's permissions and CSP are
 *   checked in manifest.test.ts (extension engineer); here only what it does
 *   not cover: the CSP sources and the built JS/HTML/CSS themselves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

function walkFiles(dir: string, ext: RegExp): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const name of readdirSync(abs)) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...walkFiles(rel, ext));
    else if (ext.test(name)) out.push(rel);
  }
  return out.sort();
}

const SOURCE = /\.(?:ts|tsx|mts|js|jsx)$/;
const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, /\.[jt]sx\b/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** A finding with its place, for readable failures. */
interface Hit {
  at: string;
  what: string;
}

function where(sf: ts.SourceFile, node: ts.Node): string {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${sf.fileName}:${line + 1}`;
}

function visit(sf: ts.SourceFile, fn: (node: ts.Node) => string | null): Hit[] {
  const hits: Hit[] = [];
  const go = (node: ts.Node): void => {
    const what = fn(node);
    if (what) hits.push({ at: where(sf, node), what });
    ts.forEachChild(node, go);
  };
  go(sf);
  return hits;
}

/** The name a property access or a string-literal element access reads (`a.b` or `a['b']`). */
function accessedName(node: ts.Node): string | null {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return null;
}

/** True when an identifier is used as a value (not a property name, a declaration or a type). */
function isValueReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === id) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return false;
  if (ts.isJsxAttribute(p) || ts.isTypeReferenceNode(p) || ts.isQualifiedName(p) || ts.isLabeledStatement(p)) return false;
  if (ts.isShorthandPropertyAssignment(p)) return true;
  return true;
}

const HTML_SINKS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe']);

/** DOM-injection and dynamic-code sinks in one file. */
export function domSinks(file: string): Hit[] {
  const sf = parse(file);
  return visit(sf, (node) => {
    const name = accessedName(node);
    if (name && HTML_SINKS.has(name)) {
      // `document.write` / `doc.writeln`; `x.write` on streams is not a DOM sink, so require a document-ish receiver.
      if (name === 'write' || name === 'writeln') {
        const recv = (node as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression.getText(sf);
        return /(?:^|\.)(?:document|doc|ownerDocument|contentDocument)$/i.test(recv) ? `${recv}.${name}` : null;
      }
      return name;
    }
    if (ts.isJsxAttribute(node) && node.name.getText(sf) === 'dangerouslySetInnerHTML') return 'dangerouslySetInnerHTML';
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval') return 'eval()';
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') return 'new Function()';
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') return 'Function()';
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['setTimeout', 'setInterval'].includes(node.expression.text)) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) return `${node.expression.text}(string)`;
    }
    // javascript: URLs in JSX (href="javascript:...").
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && /^\s*javascript:/i.test(node.initializer.text)) return 'javascript: URL';
    return null;
  });
}

const NETWORK = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'RTCPeerConnection', 'WebTransport']);

/** Network APIs used in one file (as calls, constructors or references). */
export function networkUse(file: string): Hit[] {
  const sf = parse(file);
  return visit(sf, (node) => {
    if (ts.isIdentifier(node) && NETWORK.has(node.text) && isValueReference(node)) return node.text;
    const name = accessedName(node);
    if (name && NETWORK.has(name)) return name;
    return null;
  });
}

/** Module specifiers a file imports (static, dynamic, require, export-from). */
export function importsOf(file: string): Hit[] {
  const sf = parse(file);
  return visit(sf, (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) return node.moduleSpecifier.text;
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) return node.arguments[0].text;
      if (ts.isIdentifier(node.expression) && node.expression.text === 'require') return node.arguments[0].text;
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return '<dynamic import of a computed specifier>';
    return null;
  });
}

const BROWSER_GLOBALS = new Set(['window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'XMLHttpRequest', 'fetch', 'self', 'process', 'require', 'Buffer', '__dirname']);

/** Browser and Node globals read by a file (including through `globalThis.x`). */
export function globalsOf(file: string): Hit[] {
  const sf = parse(file);
  // Names declared in the file itself (parameters called `document`, locals) are not globals.
  const declared = new Set<string>();
  visit(sf, (node) => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) declared.add(node.name.text);
    return null;
  });
  return visit(sf, (node) => {
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && !declared.has(node.text) && isValueReference(node)) return node.text;
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'globalThis' && BROWSER_GLOBALS.has(node.name.text)) return `globalThis.${node.name.text}`;
    return null;
  });
}

const EXTENSION_DIRS = ['entrypoints', 'components', 'workspace'];
const fmt = (hits: Hit[]): string[] => hits.map((h) => `${h.at}: ${h.what}`);

describe('the scanners find what they look for (so a clean result means something)', () => {
  it('flags sinks, network calls, imports and globals in a sample, and ignores comments and strings', () => {
    const sample = 'tests/fixtures/hostile/security-sample.tsx.txt';
    const sf = (kind: (f: string) => Hit[]) => kind(sample).map((h) => h.what);
    expect(sf(domSinks)).toEqual(['innerHTML', 'dangerouslySetInnerHTML', 'eval()', 'new Function()', 'insertAdjacentHTML', 'document.write', 'setTimeout(string)', 'outerHTML', 'javascript: URL']);
    expect(sf(networkUse)).toEqual(['fetch', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'fetch']);
    expect(sf(importsOf)).toEqual(['node:fs', 'dexie', './local', 'linkedom']);
    expect(sf(globalsOf)).toEqual(['document', 'fetch', 'XMLHttpRequest', 'navigator', 'globalThis.chrome', 'window']);
  });
});

describe('extension source (entrypoints/, components/, workspace/)', () => {
  const files = EXTENSION_DIRS.flatMap((d) => walkFiles(d, SOURCE));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it('builds no DOM from strings and runs no dynamic code', () => {
    expect(fmt(files.flatMap(domSinks))).toEqual([]);
  });

  it('makes no network request (fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource, importScripts)', () => {
    expect(fmt(files.flatMap(networkUse))).toEqual([]);
  });

  it('loads no remote script or style from its HTML pages, and has no inline script', () => {
    const pages = walkFiles('entrypoints', /\.html$/);
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(ROOT, page), 'utf8');
      for (const m of html.matchAll(/<(script|link|img|iframe|object|embed|source|audio|video)\b[^>]*\b(?:src|href|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi)) problems.push(`${page}: remote ${m[1]} ${m[2]}`);
      for (const m of html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) if (m[1]!.trim()) problems.push(`${page}: inline script`);
      if (/\son[a-z]+\s*=/i.test(html)) problems.push(`${page}: inline event handler`);
      if (/@import\s+(?:url\()?["']?(?:https?:)?\/\//i.test(html)) problems.push(`${page}: remote @import`);
    }
    for (const css of EXTENSION_DIRS.flatMap((d) => walkFiles(d, /\.css$/))) {
      const text = readFileSync(join(ROOT, css), 'utf8');
      if (/(?:@import|url\()\s*["']?(?:https?:)?\/\//i.test(text)) problems.push(`${css}: remote resource`);
    }
    expect(problems).toEqual([]);
  });
});

describe('storage/ and analyzers/', () => {
  it('make no network request', () => {
    const files = ['storage', 'analyzers'].flatMap((d) => walkFiles(d, SOURCE));
    expect(files.length).toBeGreaterThan(10);
    expect(fmt(files.flatMap(networkUse))).toEqual([]);
  });
});

describe('analyzers/ are pure', () => {
  const files = walkFiles('analyzers', SOURCE);
  // Packages the analysis may use: the NLP model, Readability (runs on a Document passed in), marked
  // and @noble/hashes (pure-JS SHA-256 of the text).
  const ALLOWED_PACKAGES = new Set(['wink-nlp', 'wink-eng-lite-web-model', '@mozilla/readability', 'marked', '@noble/hashes']);
  const NODE = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

  it('import only each other and allowed packages: no Node, browser, DOM, storage or extension module', () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const hit of importsOf(file)) {
        const spec = hit.what;
        if (spec.startsWith('.')) {
          const target = resolve(ROOT, file, '..', spec);
          if (!relative(join(ROOT, 'analyzers'), target).split(sep).every((p) => p !== '..')) bad.push(`${hit.at}: ${spec} (outside analyzers/)`);
        } else if (NODE.has(spec) || spec.startsWith('node:')) {
          bad.push(`${hit.at}: ${spec} (Node module)`);
        } else {
          const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          if (!ALLOWED_PACKAGES.has(pkg)) bad.push(`${hit.at}: ${spec} (package not allowed in analyzers)`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('read no browser or Node global (the Document is a parameter, WebCrypto is the only global API)', () => {
    expect(fmt(files.flatMap(globalsOf))).toEqual([]);
  });

  it('run no dynamic code and build no DOM from strings', () => {
    expect(fmt(files.flatMap(domSinks))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The built bundle: what actually ships.

const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((b) => join(ROOT, '.output', b)).filter((d) => existsSync(join(d, 'manifest.json')));

/**
 * http(s) URLs that may appear in the built code because they are inert
 * strings of libraries (XML namespaces, error-message links), never fetched.
 * Any other URL fails the test until someone looks at it and adds it here.
 */
const INERT_URLS: Array<[RegExp, string]> = [
  [/^http:\/\/www\.w3\.org\/(?:1999\/xlink|2000\/svg|XML\/1998\/namespace|1998\/Math\/MathML|1999\/xhtml|2000\/xmlns\/?)$/, 'XML namespace URIs (React DOM, Readability)'],
  [/^https:\/\/react\.dev\/errors\/$/, 'React production error-message link'],
  [/^https:\/\/tinyurl\.com\/y2uuvskb$/, 'Dexie error-message link'],
  [/^http:\/\/bit\.ly\/2kdckMn$/, 'Dexie warning-message link'],
  [/^https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/API\/atob#browser_compatibility$/, 'wink model error message'],
  [/^https:\/\/github\.com\/markedjs\/marked\.?$/, 'marked error message'],
  [/^https?:\/\/$/, 'scheme prefix in a URL-matching pattern'],
];

function builtFiles(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const go = (d: string) => {
    for (const name of readdirSync(d)) {
      const f = join(d, name);
      if (statSync(f).isDirectory()) go(f);
      else if (ext.test(name)) out.push(f);
    }
  };
  go(dir);
  return out;
}

describe.runIf(BUILDS.length > 0)('built extension (.output)', () => {
  it.each(BUILDS.map((b) => [relative(ROOT, b)]))('%s: CSP allows no eval, no inline code and no remote source', (build) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, build, 'manifest.json'), 'utf8')) as { content_security_policy?: string | Record<string, string> };
    const csp = manifest.content_security_policy;
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp ?? {});
    for (const policy of policies) {
      expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|'unsafe-hashes'/);
      // Every source of every directive is a keyword ('self', 'none'): no host, scheme or wildcard.
      for (const directive of policy.split(';').map((d) => d.trim()).filter(Boolean)) {
        const [, ...sources] = directive.split(/\s+/);
        for (const s of sources) expect(s, `${build}: ${directive}`).toMatch(/^'(?:self|none)'$/);
      }
    }
  });

  it.each(BUILDS.map((b) => [relative(ROOT, b)]))('%s: built JS makes no network call', (build) => {
    const problems: string[] = [];
    for (const file of builtFiles(join(ROOT, build), /\.m?js$/)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(fetch|importScripts|sendBeacon)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket|EventSource|WebTransport|RTCPeerConnection)\b/g)) {
        const around = code.slice(Math.max(0, m.index - 1500), m.index + 60);
        // Vite's modulepreload polyfill fetches the extension's own <link rel=modulepreload> chunks (same origin).
        if (m[1] === 'fetch' && /link\[rel="modulepreload"\]/.test(around) && /fetch\(\w+\.href/.test(code.slice(m.index, m.index + 20))) continue;
        problems.push(`${relative(ROOT, file)}: ${m[0]} …${code.slice(m.index, m.index + 60).replace(/\s+/g, ' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(BUILDS.map((b) => [relative(ROOT, b)]))('%s: every URL in the built files is a known inert string', (build) => {
    const unknown = new Set<string>();
    for (const file of builtFiles(join(ROOT, build), /\.(?:m?js|html|css|json)$/)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/https?:\/\/[^\s"'`<>()\\,;]*/g)) {
        const url = m[0].replace(/[.)\]]+$/, (s) => (s.startsWith('.') && /marked$/.test(m[0].slice(0, -1)) ? s : ''));
        if (!INERT_URLS.some(([re]) => re.test(url) || re.test(m[0]))) unknown.add(`${relative(ROOT, file)}: ${m[0]}`);
      }
    }
    expect([...unknown].sort()).toEqual([]);
  });

  it.each(BUILDS.map((b) => [relative(ROOT, b)]))('%s: HTML pages load only the extension\'s own files', (build) => {
    for (const file of builtFiles(join(ROOT, build), /\.html$/)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)) expect(m[1], relative(ROOT, file)).toMatch(/^\/?(?!\/)[\w./-]+$/);
      expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
    for (const file of builtFiles(join(ROOT, build), /\.css$/)) {
      expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/(?:@import|url\()\s*["']?(?:https?:)?\/\//i);
    }
  });
});
