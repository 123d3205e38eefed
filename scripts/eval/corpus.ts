/** Where the labelled corpus lives. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/corpus` relative to the repository root, resolved from this file (not the cwd). */
export function defaultCorpusDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
}
