import { useState } from 'react';
import { bundleToJson } from '../../workspace/bundle';
import { buildCsv } from '../../workspace/csv';
import type { ExportEntry } from '../../workspace/export-entry';
import { buildHtmlReport } from '../../workspace/html-report';
import { buildMarkdown } from '../../workspace/markdown';
import { buildRows } from '../../workspace/table';
import { t } from '../i18n';
import { dateStamp, downloadText } from './download';
import { importFailureMessage, importFile } from './import-file';
import { clearAll, exportAll } from './store';
import type { WorkspaceData } from './use-workspace';

/** The newest report of every page with its vendor and overrides, for the CSV/Markdown/HTML exports. */
export function exportEntries(data: WorkspaceData): ExportEntry[] {
  const rows = buildRows(data.latest, data.vendors, data.overrides);
  const vendors = new Map(data.vendors.map((v) => [v.origin, v]));
  return data.latest.map((r, i) => ({
    label: rows[i]!.label,
    vendor: vendors.get(rows[i]!.origin),
    report: r.report,
    overrides: data.overrides.filter((o) => o.url === r.url),
  }));
}

/** Exports (JSON of everything, CSV, Markdown, printable HTML), import with validation, and delete-all. */
export function ExportPanel({ data }: { data: WorkspaceData }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const stamp = dateStamp();
  const run = (f: () => Promise<void> | void) => async () => {
    try {
      await f();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };
  const onImport = async (file: File) => {
    try {
      setMessage(await importFile(await file.text()));
    } catch (e) {
      // Only reading the file itself can fail here; importFile turns every import failure into a message.
      setMessage({ ok: false, text: importFailureMessage(e) });
    }
  };
  return (
    <section className="ws-export" aria-label={t('export_aria')}>
      <div className="ws-toolbar">
        <button type="button" data-testid="export-json" onClick={run(async () => downloadText(`lacuna-${stamp}.json`, 'application/json', bundleToJson(await exportAll())))}>
          {t('export_json')}
        </button>
        <button type="button" data-testid="export-csv" onClick={run(() => downloadText(`lacuna-${stamp}.csv`, 'text/csv', buildCsv(exportEntries(data))))}>
          {t('export_csv')}
        </button>
        <button type="button" data-testid="export-md" onClick={run(() => downloadText(`lacuna-${stamp}.md`, 'text/markdown', buildMarkdown(exportEntries(data))))}>
          {t('export_md')}
        </button>
        <button type="button" data-testid="export-html" onClick={run(() => downloadText(`lacuna-${stamp}.html`, 'text/html', buildHtmlReport(exportEntries(data))))}>
          {t('export_html')}
        </button>
        <label className="ws-file">
          {t('export_import')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onImport(file);
            }}
          />
        </label>
        <button
          type="button"
          className="ws-danger"
          data-testid="clear-all"
          onClick={run(async () => {
            if (!window.confirm(t('export_confirm_delete'))) return;
            await clearAll();
            setMessage({ ok: true, text: t('export_deleted') });
          })}
        >
          {t('export_delete_all')}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'ws-ok' : 'ws-error'} role={message.ok ? 'status' : 'alert'} data-testid="import-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
