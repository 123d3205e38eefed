/**
 * Runs the evaluation over a labelled corpus: `docs/` + `labels/` (set "docs")
 * and `gt200/docs` + `gt200/labels` (set "gt200"). Each document is read with
 * the CLI's loader and analysed with the pipeline, then compared with its label.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { LANGUAGES, type Report } from '../../analyzers/types';
import { analyzeInput } from '../../cli/run';
import type { LoadedInput } from '../../cli/load';
import { compareDoc, groupDocs, type DocComparison, type GoldLabel, type GroupMetrics } from './metrics';

/** What to evaluate. */
export interface EvalOptions {
  corpus: string;
  set?: string;
  lang?: string;
  doc?: string;
  /** Fixed clock for reproducible reports. */
  now?: () => Date;
}

/** One evaluated document with everything the verbose view needs. */
export interface EvaluatedDoc {
  comparison: DocComparison;
  report: Report;
  label: GoldLabel;
  loaded: LoadedInput | null;
  ms: number;
}

/** The evaluation result. */
export interface EvalResult {
  corpus: string;
  docs: EvaluatedDoc[];
  groups: Record<string, GroupMetrics>;
  /** Labels without a document, documents without a label. */
  warnings: string[];
  ms: number;
}

const SETS: Array<{ name: string; dir: string }> = [
  { name: 'docs', dir: '' },
  { name: 'gt200', dir: 'gt200' },
];

// When a page exists in several formats, the richest one is evaluated.
const FORMAT_RANK = ['.html', '.htm', '.md', '.markdown', '.txt'];

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** A document's language: the gold's, else the id prefix (`fr-...`), else `und` (then the detected one is used). */
export function docLanguage(id: string, label: GoldLabel): string {
  if (typeof label.language === 'string' && label.language) return label.language.toLowerCase();
  const m = /^(en|fr|de|nl|it|es)[-_]/.exec(id);
  return m ? m[1]! : 'und';
}

/** Finds the labelled documents of the corpus (filtered by set/lang/doc). */
export async function discover(opts: EvalOptions): Promise<{
  items: Array<{ id: string; set: string; lang: string; path: string; label: GoldLabel }>;
  warnings: string[];
}> {
  const items: Array<{ id: string; set: string; lang: string; path: string; label: GoldLabel }> = [];
  const warnings: string[] = [];
  for (const set of SETS) {
    if (opts.set && opts.set !== set.name) continue;
    const docsDir = join(opts.corpus, set.dir, 'docs');
    const labelsDir = join(opts.corpus, set.dir, 'labels');
    const files = new Map<string, string>();
    for (const f of await listDir(docsDir)) {
      const id = f.slice(0, f.length - extname(f).length);
      const prev = files.get(id);
      const rank = (name: string): number => {
        const r = FORMAT_RANK.indexOf(extname(name).toLowerCase());
        return r < 0 ? FORMAT_RANK.length : r;
      };
      if (!prev || rank(f) < rank(prev)) files.set(id, f);
    }
    const labelFiles = (await listDir(labelsDir)).filter((f) => f.endsWith('.json'));
    for (const lf of labelFiles) {
      const id = lf.slice(0, -5);
      if (opts.doc && opts.doc !== id) continue;
      let label: GoldLabel;
      try {
        label = JSON.parse(await readFile(join(labelsDir, lf), 'utf8')) as GoldLabel;
      } catch (e) {
        warnings.push(`${set.name}/${lf}: unreadable label (${(e as Error).message})`);
        continue;
      }
      const file = files.get(id);
      if (!file) {
        warnings.push(`${set.name}/${id}: label without a document, skipped`);
        continue;
      }
      const lang = docLanguage(id, label);
      // An unknown language is settled after analysis (the detected one), then filtered.
      if (opts.lang && lang !== 'und' && opts.lang !== lang) continue;
      items.push({ id, set: set.name, lang, path: join(docsDir, file), label });
    }
    if (!opts.doc && !opts.lang) {
      const labelled = new Set(labelFiles.map((f) => f.slice(0, -5)));
      for (const id of files.keys()) if (!labelled.has(id)) warnings.push(`${set.name}/${id}: document without a label, skipped`);
    }
  }
  return { items, warnings };
}

/** Evaluates the corpus. */
export async function runEvaluation(opts: EvalOptions): Promise<EvalResult> {
  const t0 = performance.now();
  const { items, warnings } = await discover(opts);
  const docs: EvaluatedDoc[] = [];
  for (const item of items) {
    const t = performance.now();
    const { report, loaded } = await analyzeInput(item.path, opts.now);
    const lang = item.lang === 'und' && (LANGUAGES as readonly string[]).includes(report.language) ? report.language : item.lang;
    if (opts.lang && opts.lang !== lang) continue;
    docs.push({
      comparison: compareDoc(report, item.label, { id: item.id, set: item.set, lang }),
      report,
      label: item.label,
      loaded,
      ms: performance.now() - t,
    });
  }
  return {
    corpus: opts.corpus,
    docs,
    groups: groupDocs(docs.map((d) => d.comparison)),
    warnings,
    ms: performance.now() - t0,
  };
}
