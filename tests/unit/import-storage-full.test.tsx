/**
 * The dashboard's import when the browser's storage is full: a clear,
 * localised message (storage full, nothing imported, saved reports untouched,
 * what to do) instead of the raw error, for each shape a quota failure takes,
 * and the database exactly as it was.
 */
// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, type LocaleMessages } from '../../components/i18n';
import { ExportPanel } from '../../components/workspace/ExportPanel';
import { importFailureMessage, importFile } from '../../components/workspace/import-file';
import { clearAll, exportAll, latestReports, saveVendor, setOverride } from '../../components/workspace/store';
import { createDb, getDb, saveReport, type LacunaDb } from '../../storage/db';
import { bundleToJson } from '../../workspace/bundle';
import { sampleReport } from '../../workspace/sample';
import { abortAfterWrite, quotaError, snapshot } from '../helpers/storage-faults';

const ROOT = resolve(__dirname, '../..');
const locale = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as LocaleMessages;
const EN_FULL =
  "Your browser's storage for Lacuna is full: nothing was imported, and the reports already saved are unchanged. " +
  'Free up space in the browser, or export and delete old reports, then import the file again.';

let n = 0;
const freshName = () => `import-full-test-${Date.now()}-${n++}`;


/** An export file of three pages of other sites, with a vendor and an override. */
async function exportFile(): Promise<string> {
  const source = createDb(freshName());
  for (const [i, site] of ['b', 'c', 'd'].entries()) {
    await saveReport(sampleReport({ url: `https://${site}.example/privacy`, hash: String(i + 1).repeat(64) }), source);
  }
  await saveVendor({ origin: 'https://b.example', name: 'B from the file', tags: ['file'], notes: '' }, source);
  await setOverride('https://c.example/privacy', 'retention', 'partial', 'from the file', source);
  const json = bundleToJson(await exportAll(source));
  source.close();
  return json;
}

/** A database that already holds the auditor's own work. */
async function ownWorkspace(): Promise<LacunaDb> {
  const db = createDb(freshName());
  await saveReport(sampleReport({ url: 'https://a.example/privacy', hash: 'f'.repeat(64) }), db);
  await saveVendor({ origin: 'https://a.example', name: 'Mine', tags: ['mine'], notes: 'keep' }, db);
  await setOverride('https://a.example/privacy', 'rights', 'missing', 'mine', db);
  return db;
}

// The ways a full storage shows up in a write (see storage/errors.ts).
const SHAPES: Array<[string, (db: LacunaDb) => () => void]> = [
  [
    'the write request fails with QuotaExceededError (Chromium, Firefox)',
    (db) => {
      const hook = () => {
        throw quotaError();
      };
      db.reports.hook('creating', hook);
      return () => db.reports.hook('creating').unsubscribe(hook);
    },
  ],
  [
    'every write succeeds, then the browser aborts the transaction at commit (AbortError whose cause is QuotaExceededError; Chromium)',
    (db) => {
      // The import's last write is the file's override: once it succeeded, abort as a failed commit does.
      return abortAfterWrite(db.overrides);
    },
  ],
  [
    'the browser aborts the transaction for lack of space while writes are still queued (they then fail with InvalidStateError)',
    (db) => abortAfterWrite(db.reports),
  ],
  [
    'old Firefox names it NS_ERROR_DOM_QUOTA_REACHED',
    (db) => {
      const hook = () => {
        throw Object.assign(new Error('Persistent storage maximum size reached'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' });
      };
      db.reports.hook('creating', hook);
      return () => db.reports.hook('creating').unsubscribe(hook);
    },
  ],
];

describe('importing a file when the storage is full', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(SHAPES)('%s: says so and what to do, and the database is unchanged', async (_shape, failWrites) => {
    const json = await exportFile();
    const db = await ownWorkspace();
    const before = await snapshot(db);

    const restore = failWrites(db);
    const outcome = await importFile(json, db);
    restore();
    expect(outcome).toEqual({ ok: false, text: EN_FULL });
    expect(await snapshot(db)).toEqual(before);

    // Once space is freed the same file imports whole.
    expect(await importFile(json, db)).toEqual({ ok: true, text: expect.stringContaining('3') });
    expect(await db.reports.count()).toBe(4);
    db.close();
  });

  it('is shown in the browser language (French, German)', async () => {
    const json = await exportFile();
    for (const lang of ['fr', 'de']) {
      const messages = locale(lang);
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((id: string, subs?: string | string[]) =>
        formatMessage(messages, id, typeof subs === 'string' ? [subs] : (subs ?? []))) as never);
      const db = await ownWorkspace();
      const before = await snapshot(db);
      const restore = SHAPES[0]![1](db);
      const outcome = await importFile(json, db);
      restore();
      expect(outcome).toEqual({ ok: false, text: messages.export_import_storage_full!.message });
      expect(outcome.text).not.toBe(EN_FULL);
      expect(outcome.text).toMatch(lang === 'fr' ? /plein.*rien n'a été importé/ : /voll.*nichts importiert/);
      expect(await snapshot(db)).toEqual(before);
      db.close();
      vi.restoreAllMocks();
    }
  });

  it("the dashboard's import button shows it as an alert, not the raw error", async () => {
    (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const json = await exportFile();
    const db = getDb();
    await clearAll(db);
    await saveReport(sampleReport({ url: 'https://a.example/privacy', hash: 'f'.repeat(64) }), db);
    const before = await snapshot(db);
    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    const latest = await latestReports(db);
    await act(async () => root.render(<ExportPanel data={{ latest, vendors: [], overrides: [] }} />));
    const restore = SHAPES[0]![1](db);
    const input = container.querySelector('[data-testid="import-file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([json], 'export.json', { type: 'application/json' })], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await act(async () => new Promise((r) => setTimeout(r, 100)));
    restore();
    const message = container.querySelector('[data-testid="import-message"]')!;
    expect(message.textContent).toBe(EN_FULL);
    expect(message.getAttribute('role')).toBe('alert');
    expect(await snapshot(db)).toEqual(before);
    act(() => root.unmount());
    container.remove();
  });

  it('keeps the generic message, with the cause, for other failures', () => {
    expect(importFailureMessage(new DOMException('Database has been closed', 'InvalidStateError'))).toBe(
      'Import failed, nothing was changed: Database has been closed',
    );
    expect(importFailureMessage({ name: 'AbortError', message: 'Transaction aborted', inner: new DOMException('x', 'ConstraintError') })).toMatch(
      /^Import failed, nothing was changed/,
    );
  });

  it('reports an invalid file as before, writing nothing', async () => {
    const db = await ownWorkspace();
    const before = await snapshot(db);
    const outcome = await importFile('{"not": "an export"}', db);
    expect(outcome.ok).toBe(false);
    expect(outcome.text).not.toBe(EN_FULL);
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});
