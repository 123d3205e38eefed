// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST_IDS, STATUSES } from '../../analyzers/types';
import { formatMessage, t, type LocaleMessages } from '../../components/i18n';
import { ReportView } from '../../components/ReportView';
import { VendorTable } from '../../components/workspace/VendorTable';
import { FACT_KINDS } from '../../workspace/facts';
import { sampleReport } from '../../workspace/sample';
import type { TableRow } from '../../workspace/table';

const ROOT = resolve(__dirname, '../..');
const LOCALES = ['en', 'fr', 'de'] as const;
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')) as LocaleMessages]),
) as Record<(typeof LOCALES)[number], LocaleMessages>;

/** Every .ts/.tsx file of the interface: popup, dashboard, background, shared components. */
function uiSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(path);
    }
  };
  walk(join(ROOT, 'components'));
  walk(join(ROOT, 'entrypoints'));
  return out;
}

/** Message ids a source file asks for: `t('id')`, and `t(\`prefix_${x}\`)` expanded over the values x can take. */
function usedIds(source: string): string[] {
  const ids = [...source.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]!);
  const expansions: Record<string, readonly string[]> = {
    item_: CHECKLIST_IDS,
    item_short_: CHECKLIST_IDS,
    status_: STATUSES,
    badge_: STATUSES,
    fact_: FACT_KINDS,
  };
  for (const m of source.matchAll(/\bt\(\s*`([a-z_]+)\$\{/g)) {
    const values = expansions[m[1]!];
    if (!values) throw new Error(`t(\`${m[1]}\${…}\`): unknown message family, add it to the test`);
    ids.push(...values.map((v) => m[1] + v));
  }
  return ids;
}

/** `$NAME$` references of a message, lower-cased (Chrome ignores their case). */
const refs = (text: string) => [...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locale files', () => {
  it('every message id the interface uses exists in en, fr and de', () => {
    const files = uiSources();
    const used = new Set(files.flatMap((f) => usedIds(readFileSync(f, 'utf8'))));
    expect(used.size).toBeGreaterThan(150);
    for (const lang of LOCALES) {
      const missing = [...used].filter((id) => !(id in messages[lang]));
      expect(missing, `missing in ${lang}`).toEqual([]);
    }
  });

  it('the manifest name and description are messages', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("name: '__MSG_ext_name__'");
    expect(config).toContain("description: '__MSG_ext_description__'");
    expect(config).toContain("default_locale: 'en'");
    // Chrome refuses a description over 132 characters.
    for (const lang of LOCALES) expect(messages[lang].ext_description!.message.length).toBeLessThanOrEqual(132);
  });

  it('the three files have the same keys, valid names and no empty message', () => {
    const keys = Object.keys(messages.en).sort();
    for (const lang of LOCALES) {
      expect(Object.keys(messages[lang]).sort(), lang).toEqual(keys);
      for (const [id, entry] of Object.entries(messages[lang])) {
        expect(id, `${lang}:${id}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${lang}:${id}`).not.toBe('');
      }
    }
  });

  it('placeholders are declared, used and numbered the same way in every language', () => {
    for (const [id, en] of Object.entries(messages.en)) {
      const declared = Object.keys(en.placeholders ?? {}).sort();
      expect(refs(en.message), `en:${id}`).toEqual([...new Set(refs(en.message))]); // each once
      for (const lang of LOCALES) {
        const entry = messages[lang][id]!;
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang}:${id}`).toEqual(declared);
        expect([...new Set(refs(entry.message))].sort(), `${lang}:${id} uses its placeholders`).toEqual(declared);
        for (const name of declared) expect(entry.placeholders![name]!.content, `${lang}:${id}:${name}`).toBe(en.placeholders![name]!.content);
        // A stray "$" that is neither "$$", "$NAME$" nor in a placeholder would be shown as is.
        expect(entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, ''), `${lang}:${id}`).not.toContain('$');
      }
      const numbers = declared.map((n) => en.placeholders![n]!.content).sort();
      expect(numbers, id).toEqual(declared.map((_, i) => `$${i + 1}`));
    }
  });

  it('French and German are translations, not copies of the English', () => {
    // Words that are the same in all three (names, formats, the article reference).
    const same = new Set(['ext_name', 'ui_locale_code', 'export_csv', 'export_md', 'report_article', 'col_score', 'compare_score', 'history_score_change', 'history_option', 'history_score', 'report_version', 'history_version', 'vendor_tags', 'col_tags', 'tag_aria', 'filter_aria', 'override_status', 'col_versions', 'vendor_notes', 'nav_vendors', 'dash_title']);
    for (const lang of ['fr', 'de'] as const) {
      const copies = Object.keys(messages.en).filter((id) => !same.has(id) && messages[lang][id]!.message === messages.en[id]!.message);
      expect(copies, lang).toEqual([]);
    }
  });

  it('GDPR terms use the official French and German vocabulary', () => {
    expect(messages.fr.item_controller_identity!.message).toContain('responsable du traitement');
    expect(messages.fr.item_dpo_contact!.message).toContain('délégué à la protection des données');
    expect(messages.fr.item_complaint!.message).toMatch(/réclamation.*autorité de contrôle/);
    expect(messages.de.item_controller_identity!.message).toContain('Verantwortlichen');
    expect(messages.de.item_dpo_contact!.message).toContain('Datenschutzbeauftragten');
    expect(messages.de.item_complaint!.message).toMatch(/Beschwerde.*Aufsichtsbehörde/);
  });
});

describe('t()', () => {
  it('falls back to English when there is no browser.i18n (unit tests, Node)', () => {
    expect(t('popup_analyse')).toBe('Analyse this page');
    expect(t('export_imported', 3, 1, 2, 0)).toBe('Imported 3 report version(s) (1 already here), 2 vendor(s), 0 override(s).');
  });

  it('formats like getMessage: named placeholders, $1.., $$ and substitutions in another order', () => {
    const m: LocaleMessages = {
      a: { message: 'de $FROM$ à $TO$ : $$5', placeholders: { from: { content: '$1' }, to: { content: '$2' } } },
      b: { message: '$TO$ ← $FROM$', placeholders: { from: { content: '$1' }, to: { content: '$2' } } },
    };
    expect(formatMessage(m, 'a', ['1', '2'])).toBe('de 1 à 2 : $5');
    expect(formatMessage(m, 'b', ['x', 'y'])).toBe('y ← x');
    expect(formatMessage(m, 'nope')).toBe('');
  });

  it('uses the browser when it knows the message, English when it answers ""', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((id: string) => (id === 'popup_analyse' ? 'Analyser cette page' : '')) as never);
    expect(t('popup_analyse')).toBe('Analyser cette page');
    expect(t('popup_reanalyse')).toBe('Re-analyse');
    vi.restoreAllMocks();
  });
});

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Makes the fake browser answer like a browser whose UI language is `lang`. */
function speak(lang: 'fr' | 'de') {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((id: string, subs?: string | string[]) =>
    formatMessage(messages[lang], id, typeof subs === 'string' ? [subs] : (subs ?? []))) as never);
}

describe('components in the UI language', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    fakeBrowser.reset();
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.restoreAllMocks();
  });
  const render = (node: React.ReactNode) => act(async () => root.render(node));

  it('the popup report is in French when the browser speaks French, analysis quotes untouched', async () => {
    speak('fr');
    const report = sampleReport({ url: 'https://vendor.example/privacy' });
    await render(<ReportView report={report} version={2} />);
    const text = container.textContent!;
    expect(text).toContain('Identité du responsable du traitement');
    expect(text).toContain("Droit d'introduire une réclamation auprès d'une autorité de contrôle");
    expect(text).toContain('Satisfait');
    expect(text).toContain('Responsable du traitement');
    expect(text).toContain('version 2');
    expect(text).not.toContain('Identity of the controller');
    expect(container.querySelector('[data-testid=score]')!.getAttribute('aria-label')).toBe(`Score de ${report.score} sur 100`);
    // The analysis's own words (quotes, notes) are shown as produced.
    const quote = report.checklist.flatMap((i) => i.evidence)[0]!.quote;
    expect(text).toContain(quote);
    expect(container.querySelector('[data-testid=language]')!.textContent).toMatch(/^anglais \(en\)$/i);
  });

  it('the dashboard vendor table is in German when the browser speaks German', async () => {
    speak('de');
    const row: TableRow = {
      reportId: 1, label: 'Example', url: 'https://vendor.example/privacy', origin: 'https://vendor.example', score: 80, computedScore: 80,
      missing: 2, language: 'en', analyzedAt: '2026-01-01T00:00:00.000Z', versions: 1, tags: [], isPrivacyPolicy: false, overridden: false,
    };
    await render(<VendorTable rows={[row]} onCompare={() => undefined} />);
    const text = container.textContent!;
    expect(text).toContain('Anbieter');
    expect(text).toContain('Lücken');
    expect(text).toContain('keine Datenschutzerklärung');
    expect(text).toContain('Auswahl vergleichen (0)');
    expect(text).toContain('1 von 1 Seite(n)');
  });

  it('English stays the default', async () => {
    await render(<ReportView report={sampleReport({ url: 'https://vendor.example/privacy' })} />);
    expect(container.textContent).toContain('Identity of the controller');
  });
});
