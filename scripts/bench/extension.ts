import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Strings that only the wink English model carries; minifiers keep them (a
 * property name and an error message of the model). If one is in a file, the
 * ~3.9 MB model was bundled into it.
 */
export const MODEL_SIGNATURES = ['bits4PrecedingSpace', 'Unsupproted browser or node.js version'] as const;

/** Size of one entrypoint of the built extension, with every JS/CSS file it loads. */
export interface EntrypointSize {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** Files (relative to the build) that contain a wink-model signature. */
  modelIn: string[];
}

/** What the benchmark reports about a built extension. */
export interface ExtensionReport {
  dir: string;
  entrypoints: EntrypointSize[];
  totalBytes: number;
  /** True when the popup's JS carries none of the model signatures. */
  popupModelFree: boolean | null;
  /** True when no page other than the background and no injected script carries the model. */
  modelOnlyInBackground: boolean;
}

const IMPORT_RE = /(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bimport\s*\(\s*|\bexport\s*[\w*{}\s,$]*\s*from\s*)["'`]([^"'`]+\.(?:js|mjs|css))["'`]/g;

function localRef(ref: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('//');
}

function resolveRef(buildDir: string, fromFile: string, ref: string): string {
  const abs = ref.startsWith('/') ? path.join(buildDir, ref) : path.resolve(path.dirname(fromFile), ref);
  return abs;
}

/** Every file a JS file pulls in through static or dynamic imports, itself included. */
function jsClosure(buildDir: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry) || !existsSync(entry)) return;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(IMPORT_RE)) {
    const ref = m[1]!;
    if (localRef(ref)) jsClosure(buildDir, resolveRef(buildDir, entry, ref), seen);
  }
}

/** Scripts, module preloads and style sheets of a built HTML page. */
function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) refs.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
    if (/rel\s*=\s*["'](?:modulepreload|stylesheet|preload)["']/i.test(m[0])) refs.push(m[1]!);
  }
  return refs;
}

function measure(buildDir: string, name: string, files: Set<string>): EntrypointSize {
  let bytes = 0;
  let gzipBytes = 0;
  const modelIn: string[] = [];
  const rel: string[] = [];
  for (const f of files) {
    const buf = readFileSync(f);
    bytes += buf.length;
    gzipBytes += gzipSync(buf).length;
    const r = path.relative(buildDir, f);
    rel.push(r);
    if (/\.(?:m?js)$/.test(f)) {
      const s = buf.toString('utf8');
      if (MODEL_SIGNATURES.some((sig) => s.includes(sig))) modelIn.push(r);
    }
  }
  return { name, files: rel.sort(), bytes, gzipBytes, modelIn };
}

function entryForHtml(buildDir: string, htmlFile: string): Set<string> {
  const files = new Set<string>([htmlFile]);
  const html = readFileSync(htmlFile, 'utf8');
  for (const ref of htmlRefs(html)) {
    if (!localRef(ref)) continue;
    const abs = resolveRef(buildDir, htmlFile, ref);
    if (abs.endsWith('.css')) {
      if (existsSync(abs)) files.add(abs);
    } else {
      jsClosure(buildDir, abs, files);
    }
  }
  return files;
}

function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const f = path.join(dir, name);
    if (statSync(f).isDirectory()) out.push(...allFiles(f));
    else out.push(f);
  }
  return out;
}

/** Sizes of the built extension per entrypoint (background, popup, other pages, content scripts). */
export function inspectExtension(buildDir: string): ExtensionReport | null {
  const manifestFile = path.join(buildDir, 'manifest.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[]; page?: string };
    action?: { default_popup?: string };
    browser_action?: { default_popup?: string };
    content_scripts?: Array<{ js?: string[] }>;
  };
  const entrypoints: EntrypointSize[] = [];
  const bg = manifest.background;
  if (bg) {
    const files = new Set<string>();
    for (const s of [bg.service_worker, ...(bg.scripts ?? [])]) {
      if (s) jsClosure(buildDir, path.join(buildDir, s), files);
    }
    if (bg.page) for (const f of entryForHtml(buildDir, path.join(buildDir, bg.page))) files.add(f);
    entrypoints.push(measure(buildDir, 'background', files));
  }
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  const htmlPages = allFiles(buildDir).filter((f) => f.endsWith('.html'));
  for (const page of htmlPages) {
    const name = path.relative(buildDir, page) === popup ? 'popup' : path.relative(buildDir, page);
    entrypoints.push(measure(buildDir, name, entryForHtml(buildDir, page)));
  }
  (manifest.content_scripts ?? []).forEach((cs, i) => {
    const files = new Set<string>();
    for (const s of cs.js ?? []) jsClosure(buildDir, path.join(buildDir, s), files);
    entrypoints.push(measure(buildDir, `content_scripts[${i}]`, files));
  });
  // Scripts WXT builds for runtime injection (`content-scripts/*.js`) are not in the manifest.
  const injected = allFiles(buildDir).filter((f) => /(?:^|\/)content-scripts\/[^/]+\.js$/.test(path.relative(buildDir, f)));
  for (const f of injected) {
    const files = new Set<string>();
    jsClosure(buildDir, f, files);
    entrypoints.push(measure(buildDir, path.relative(buildDir, f), files));
  }
  // Unlisted scripts at the top level (e.g. WXT's `extract-page.js`), injected with scripting.executeScript.
  const covered = new Set(entrypoints.flatMap((e) => e.files));
  for (const f of readdirSync(buildDir).filter((n) => /\.m?js$/.test(n) && !covered.has(n))) {
    const files = new Set<string>();
    jsClosure(buildDir, path.join(buildDir, f), files);
    entrypoints.push(measure(buildDir, `injected ${f}`, files));
  }
  const popupEntry = entrypoints.find((e) => e.name === 'popup');
  const totalBytes = allFiles(buildDir).reduce((s, f) => s + statSync(f).size, 0);
  return {
    dir: buildDir,
    entrypoints,
    totalBytes,
    popupModelFree: popupEntry ? popupEntry.modelIn.length === 0 : null,
    modelOnlyInBackground: entrypoints.every((e) => e.name === 'background' || e.modelIn.length === 0),
  };
}
