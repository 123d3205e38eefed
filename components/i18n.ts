import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

/** One entry of a WebExtension `messages.json`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole `messages.json`. */
export type LocaleMessages = Record<string, LocaleMessage>;

/** Every message id of the interface (the English file is the reference). */
export type MessageId = keyof typeof en;

/**
 * Formats a message the way `browser.i18n.getMessage` does: `$NAME$` takes its
 * placeholder's content, `$1`..`$9` take the substitutions, `$$` is a dollar sign.
 */
export function formatMessage(messages: LocaleMessages, id: string, substitutions: readonly string[] = []): string {
  const entry = messages[id];
  if (!entry) return '';
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  // First the named placeholders (their content is "$1".."$9"), then the substitutions and "$$".
  const named = entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (m, name?: string) => (name ? (placeholders.get(name.toLowerCase()) ?? m) : m));
  return named.replace(/\$\$|\$([1-9])/g, (m, n?: string) => (n ? (substitutions[Number(n) - 1] ?? '') : '$'));
}

/**
 * The interface text for `id` in the browser's UI language (fr, de, else en),
 * through the standard WebExtension i18n. Where there is no `browser.i18n` (unit
 * tests, Node) or it does not know the id, the English messages file answers.
 */
export function t(id: MessageId, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  try {
    // Chrome takes at most 9 substitutions; an unknown id gives ''.
    // Cast: WXT types the ids from the locale files only after `wxt prepare`.
    const text = (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(id, subs);
    if (text) return text;
  } catch {
    // No i18n API here (tests, the CLI): fall back to English.
  }
  return formatMessage(en as LocaleMessages, id, subs);
}

/** Sets the page's title and `lang` to the UI language (the HTML files are written in English). */
export function localizeDocument(titleId: MessageId): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleId);
}

/**
 * The language the interface is shown in (en, fr, de): the locale file the
 * browser picked says it, since getUILanguage() may name another (headless
 * Chromium on Linux answers en-US while serving the French messages).
 */
export function uiLanguage(): string {
  return t('ui_locale_code');
}
