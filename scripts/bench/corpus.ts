import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One benchmarked document of the corpus (read at run time, never copied). */
export interface CorpusFile {
  /** `docs/<name>` or `gt200/<name>`. */
  id: string;
  file: string;
  format: 'html' | 'md' | 'txt' | 'other';
  bytes: number;
}

function formatOf(name: string): CorpusFile['format'] {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.txt') return 'txt';
  return 'other';
}

/** Lists every document of `<corpus>/docs` and `<corpus>/gt200/docs`, sorted by id. */
export function listCorpus(corpusDir: string): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const sub of ['docs', path.join('gt200', 'docs')]) {
    const dir = path.join(corpusDir, sub);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const st = statSync(file);
      if (!st.isFile()) continue;
      const format = formatOf(name);
      if (format === 'other') continue;
      out.push({ id: `${sub.split(path.sep)[0]}/${name}`, file, format, bytes: st.size });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** Number of whitespace-separated words of a text. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
