/**
 * Postal addresses in policy text, for the controller and DPO items. Addresses are written
 * the same way in the six languages: a postal code with a place, a street line with a house
 * number, or an "Attn:" / "registered office" cue followed by a comma-separated block.
 */
import { perLanguage, type PolicyDocument, type Sentence } from './document';
import { compile } from './lexicon';
import type { TextEntity } from './nlp';
import { patternsOf } from './match';
import { compileNow } from './native-regex';

/**
 * Postal codes of the six languages' countries and of the UK, Ireland and the US, next to a
 * place name: "75001 Paris", "1097 JB Amsterdam", "WA14 2DT", "D02 PY28", "CA 90069". A place
 * name may open with the one-letter Galician article ("15001 A Coruña", "36400 O Porriño") when
 * a capitalised word follows it; other single letters are compass points of a street ("2045 W
 * Grand Ave"), and "2024 A partir de ..." is no address.
 */
export const POSTAL = compileNow(
  /(?<![\p{L}\p{N}])(?:\d{4,5}\s+(?:\p{Lu}[\p{L}'’-]+|[AO]\s+\p{Lu}[\p{L}'’-]+)|\d{4}\s?[A-Z]{2}(?![\p{L}\p{N}])(?:\s+\p{Lu}[\p{L}'’-]+)?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4}|[A-Z]{2}\s\d{5}(?:-\d{4})?)(?![\p{N}])/u,
);

// A line that is only a street and house number: "53 rue de l'Exemple", "Beispielweg 11", "Via Roma 10".
const STREET = compileNow(/^(?:\d{1,4}[a-z]?,?\s+\p{L}[\p{L}'’.-]*(?:,?\s+[\p{L}\p{N}'’.-]+){0,7}|\p{L}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}\s+\d{1,4}[a-z]?),?$/u);

/** Whether a short line is a street line of an address block. */
export function isStreetLine(text: string): boolean {
  return text.length <= 60 && STREET.test(text.trim());
}

/**
 * Whether a sentence is the street line of an address block: a street line with a short,
 * unpunctuated line (company, town, country) right before or after it. A numbered title such
 * as "12 Changes to this policy" is followed by prose, not by another address line.
 */
export function isStreetInBlock(doc: PolicyDocument, s: Sentence, title?: Sentence): boolean {
  if (!isStreetLine(s.text)) return false;
  // The block's own title ("Contact us") does not count as an address line.
  const short = (n: Sentence | undefined) => !!n && n.index !== title?.index && n.text.length <= 40 && !/[.;:!?]$/u.test(n.text);
  return short(doc.sentences[s.index - 1]) || short(doc.sentences[s.index + 1]);
}

const addressCues = perLanguage((doc) => compile(patternsOf(doc, (l) => l.controller.addressCues, true)));

/**
 * Whether a sentence gives a postal address: a postal code, or an address cue ("Attn:",
 * "registered office", "siège social") with a number and a comma-separated block. With
 * `block` (a line of a contact block), a street line within an address block counts too: alone,
 * "11 Contact us" would look like one.
 */
export function looksLikeAddress(doc: PolicyDocument, text: string, block?: Sentence, title?: Sentence): boolean {
  if (POSTAL.test(text) || (block && isStreetInBlock(doc, block, title))) return true;
  return addressCues(doc).test(text) && /\d/u.test(text) && (text.match(/,/gu)?.length ?? 0) >= 2;
}

/** Entities of the given types within [from, to) (binary search: entities are sorted by start). */
export function entitiesIn(doc: PolicyDocument, from: number, to: number, types: readonly string[]): TextEntity[] {
  const list = doc.entities;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: TextEntity[] = [];
  for (let i = lo; i < list.length && list[i]!.start < to; i++) {
    const e = list[i]!;
    if (e.end <= to && types.includes(e.type)) out.push(e);
  }
  return out;
}

/** Whether an entity of one of the types lies within [from, to). */
/**
 * An e-mail address the page hides from plain text: "[email protected]" (a site script, such as
 * Cloudflare's, swaps the address for this placeholder and restores it in the browser) or one written
 * against harvesters ("privacy [at] example [dot] com", "privacy(at)example.com"). The address exists
 * on the page, so it is a channel.
 */
const HIDDEN_EMAIL = /\[\s*email(?:\s|&#160;|\u00a0)+protected\s*\]|[\p{L}\p{N}._-]+\s*[[(]\s*at\s*[\])]\s*[\p{L}\p{N}-]+(?:\s*(?:[[(]\s*dot\s*[\])]|\.)\s*[\p{L}\p{N}-]+)+/iu;

/** Whether a text holds a hidden or obfuscated e-mail address (see HIDDEN_EMAIL). */
export function hasHiddenEmail(text: string): boolean {
  return HIDDEN_EMAIL.test(text);
}

export function hasEntity(doc: PolicyDocument, from: number, to: number, types: readonly string[]): boolean {
  return entitiesIn(doc, from, to, types).length > 0;
}
