import type { ChecklistId, Status } from '../analyzers/types';
import { t, uiLanguage } from './i18n';

/** What an Article 13 item asks for, in the words shown to the user (browser language). */
export function itemLabel(id: ChecklistId): string {
  return t(`item_${id}`);
}

/** Status name shown next to the colour, so the colour is never the only signal. */
export function statusLabel(status: Status): string {
  return t(`status_${status}`);
}

/** "English (en)" for a BCP 47 tag, named in the UI language, or the tag itself when the browser cannot name it. */
export function languageName(tag: string): string {
  if (!tag || tag === 'und') return t('language_unknown');
  try {
    const name = new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
