import type { Extractor } from '../analyzer';
import type { PolicyDocument } from '../document';
import { compile } from '../lexicon';
import { patternsOf } from '../match';

const SCAN_CHARS = 60_000;

/** Indicator and counter-indicator counts of a text, the inputs of the decision. */
export interface PolicySignals {
  indicators: number;
  counters: number;
  /** Distinct indicator phrases (lower-cased), so one phrase repeated does not make a policy. */
  distinct: number;
  /** Indicator matches per 1,000 characters. */
  density: number;
}

function countMatches(re: RegExp, text: string, distinct?: Set<string>): number {
  let n = 0;
  for (const m of text.matchAll(re)) {
    n++;
    distinct?.add(m[0].toLowerCase());
  }
  return n;
}

/** Counts privacy-policy indicators against counter-indicators (terms of use, cookie-only wording). */
export function policySignals(doc: PolicyDocument): PolicySignals {
  const indicators = compile(patternsOf(doc, (l) => l.policy.indicators, true), 'giu');
  const counters = compile(patternsOf(doc, (l) => l.policy.counterIndicators, true), 'giu');
  const distinct = new Set<string>();
  // What a page is shows in its first pages of text; long policies need not be read to the end.
  const text = doc.text.length > SCAN_CHARS ? doc.text.slice(0, SCAN_CHARS) : doc.text;
  const i = countMatches(indicators, text, distinct);
  const c = countMatches(counters, text);
  const density = text.length ? (1000 * i) / text.length : 0;
  return { indicators: i, counters: c, distinct: distinct.size, density };
}

// A privacy policy talks about personal data, controllers and rights more than about cookies or
// contract terms, and at a steady rate over its length: a page that only mentions them in passing
// (a footer link, a cookie notice) stays below these rates.
// The share is indicators / (indicators + counter-indicators): terms of use and cookie policies
// mention personal data too, but far less than contract or cookie wording.
const MIN_DISTINCT = 2;
const MIN_DENSITY = 0.5;
const MIN_SHARE = 0.3;

/** Decides whether the text is a privacy policy at all. */
const extractor: Extractor<'isPrivacyPolicy'> = {
  meta: { id: 'is-privacy-policy', fact: 'isPrivacyPolicy', description: 'Decides whether the text is a privacy policy at all.' },
  extract(doc) {
    if (doc.text.trim().length === 0) return false;
    const s = policySignals(doc);
    if (s.distinct < MIN_DISTINCT) return false;
    const share = s.indicators / (s.indicators + s.counters);
    return s.density >= MIN_DENSITY && share >= MIN_SHARE;
  },
};

export default extractor;
