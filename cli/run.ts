/** Input -> Report, shared by the CLI and the evaluation: read errors become error reports. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText, errorReport } from '../analyzers/pipeline';
import type { Report } from '../analyzers/types';
import { LoadError, loadInput, type LoadedInput } from './load';

/** One analysed input: the report, and the loaded text when it could be read. */
export interface AnalyzedInput {
  report: Report;
  loaded: LoadedInput | null;
}

/** The `file://` URL (or the URL) an unreadable input is reported under. */
function inputUrl(input: string): string {
  if (/^(?:https?|file):\/\//i.test(input)) return input;
  return pathToFileURL(resolve(input)).href;
}

/** Reads and analyses one input; never throws: failures give `errorReport(url, message)`. */
export async function analyzeInput(input: string, now?: () => Date): Promise<AnalyzedInput> {
  let loaded: LoadedInput;
  try {
    loaded = await loadInput(input);
  } catch (e) {
    const message = e instanceof LoadError ? e.message : `cannot read ${input}: ${(e as Error).message}`;
    return { report: errorReport(inputUrl(input), message, now), loaded: null };
  }
  try {
    const report = await analyzeText({ text: loaded.text, url: loaded.url, title: loaded.title, now });
    return { report, loaded };
  } catch (e) {
    return { report: errorReport(loaded.url, `analysis failed: ${(e as Error).message}`, now), loaded };
  }
}
