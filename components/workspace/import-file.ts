/**
 * The dashboard's import of an export file, apart from the component so it can
 * be tested on a database: validate, import in one transaction, and turn the
 * outcome into the message shown to people.
 */
import { getDb, type LacunaDb } from '../../storage/db';
import { isQuotaError } from '../../storage/errors';
import { parseBundle } from '../../workspace/validate';
import { t } from '../i18n';
import { importAll } from './store';

/** What the dashboard shows after an import. */
export interface ImportOutcome {
  ok: boolean;
  text: string;
}

/** The message for a failed import: a full storage is named as such, with what to do (the import wrote nothing). */
export function importFailureMessage(error: unknown): string {
  if (isQuotaError(error)) return t('export_import_storage_full');
  return t('export_import_failed', error instanceof Error ? error.message : String(error));
}

/** Imports the text of an export file; never throws. */
export async function importFile(json: string, db: LacunaDb = getDb()): Promise<ImportOutcome> {
  const parsed = parseBundle(json);
  if (!parsed.ok) return { ok: false, text: parsed.error };
  try {
    const s = await importAll(parsed.bundle, db);
    return { ok: true, text: t('export_imported', s.reportsAdded, s.reportsSkipped, s.vendors, s.overrides) };
  } catch (error) {
    return { ok: false, text: importFailureMessage(error) };
  }
}
