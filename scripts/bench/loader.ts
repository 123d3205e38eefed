import { loadInput } from '../../cli/load';

/** Text of one input, as the CLI would analyse it. */
export interface LoadedText {
  text: string;
  title: string;
}

/** Reads one corpus file into analysable text (throws the loader's LoadError when it cannot). */
export type Loader = (file: string) => Promise<LoadedText | null>;

/** What the benchmark loads with, by name, for the printed header. */
export interface LoaderInfo {
  name: string;
  load: Loader;
}

/** The CLI's own loader (`cli/load.ts#loadInput`): bytes -> charset -> linkedom -> Readability/pruned text. */
export async function findLoader(_repoRoot: string): Promise<LoaderInfo> {
  return {
    name: 'cli/load.ts#loadInput (the CLI loader)',
    load: async (file) => {
      const loaded = await loadInput(file);
      return { text: loaded.text, title: loaded.title };
    },
  };
}
