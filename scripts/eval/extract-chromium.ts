/**
 * Cross-engine check of the extractor: runs `extractPolicyText` on every HTML
 * page of the corpus in headless Chromium (the DOM the extension sees) and in
 * linkedom (the CLI), and reports per page whether the texts are identical and,
 * if not, how many lines differ. Parsers differ on malformed HTML, so small
 * differences can come from the DOM itself rather than the serialiser.
 *   tsx scripts/eval/extract-chromium.ts [--corpus DIR] [--show N]
 * Needs Chromium (/usr/lib/chromium/chromium or CHROMIUM_PATH); no network.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { extractPolicyText } from '../../analyzers/extract';
import { parseHtml } from '../../cli/load';
import { defaultCorpusDir } from './corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: "import { extractPolicyText } from './analyzers/extract'; globalThis.__extract = extractPolicyText;",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  return out.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ci = args.indexOf('--corpus');
  const corpus = ci >= 0 ? resolve(args[ci + 1]!) : defaultCorpusDir();
  const si = args.indexOf('--show');
  const show = si >= 0 ? Number(args[si + 1]) : 0;
  const docsDir = join(corpus, 'docs');
  const files = (await readdir(docsDir)).filter((f) => /\.html?$/i.test(f)).sort();
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  // The page's own scripts must not run (they would rewrite the DOM); evaluate() still works.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  let identical = 0;
  try {
    for (const f of files) {
      const html = await readFile(join(docsDir, f), 'utf8');
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: code }).catch(() => undefined);
      const inBrowser = await page.evaluate(`(${String(((src: string) => {
        // With JavaScript disabled addScriptTag does not run: evaluate the bundle directly.
        if (!(globalThis as Record<string, unknown>).__extract) (0, eval)(src);
        const fn = (globalThis as Record<string, unknown>).__extract as (d: Document) => { text: string; method: string };
        const r = fn(document);
        return { text: r.text, method: r.method };
      }))})(${JSON.stringify(code)})`) as { text: string; method: string };
      await page.close();
      const inNode = extractPolicyText(parseHtml(html));
      const a = inBrowser.text.split('\n');
      const b = new Set(inNode.text.split('\n'));
      const onlyBrowser = a.filter((l) => !b.has(l));
      const same = inBrowser.text === inNode.text;
      if (same) identical++;
      console.log(
        `${f.padEnd(42)} ${same ? 'identical' : 'differs  '} chromium=${inBrowser.method}/${inBrowser.text.length} linkedom=${inNode.method}/${inNode.text.length}` +
          (same ? '' : ` lines only in chromium: ${onlyBrowser.length}/${a.length}`),
      );
      for (const l of onlyBrowser.slice(0, show)) console.log(`    chromium: ${l.slice(0, 140)}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`identical: ${identical}/${files.length}`);
}

await main();
