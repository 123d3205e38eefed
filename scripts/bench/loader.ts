import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Text of one input, as the CLI would analyse it. */
export interface LoadedText {
  text: string;
  title: string;
}

/** Reads one corpus file into analysable text; null when this loader cannot read that format. */
export type Loader = (file: string) => Promise<LoadedText | null>;

/** What the benchmark loads with: the CLI's own loader once it exists, else a plain-text stand-in. */
export interface LoaderInfo {
  name: string;
  load: Loader;
}

type AnyFn = (...args: unknown[]) => unknown;

/** Normalises whatever the CLI loader returns (a string or an object with `text`) into LoadedText. */
function toLoaded(value: unknown): LoadedText | null {
  if (typeof value === 'string') return { text: value, title: '' };
  if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
    const v = value as { text: string; title?: unknown; error?: unknown };
    if (typeof v.error === 'string' && v.error) return null;
    return { text: v.text, title: typeof v.title === 'string' ? v.title : '' };
  }
  return null;
}

// Names the CLI loader may give its "file path -> text" function, most specific first.
const LOADER_NAMES = ['loadInput', 'loadFile', 'loadSource', 'loadPath', 'readInput', 'loadText', 'load'];

/** Finds the CLI loader (`cli/load.ts`) and adapts it; falls back to reading .md/.txt as they are. */
export async function findLoader(repoRoot: string): Promise<LoaderInfo> {
  for (const rel of ['cli/load.ts', 'cli/loader.ts']) {
    const file = path.join(repoRoot, rel);
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const name = LOADER_NAMES.find((n) => typeof mod[n] === 'function');
    if (!name) continue;
    const fn = mod[name] as AnyFn;
    return {
      name: `${rel}#${name}`,
      load: async (f) => toLoaded(await fn(f)),
    };
  }
  return {
    name: 'plain (no CLI loader yet: .md/.txt read as they are, HTML skipped)',
    load: async (f) => {
      if (!/\.(?:md|txt)$/i.test(f)) return null;
      return { text: readFileSync(f, 'utf8'), title: '' };
    },
  };
}
