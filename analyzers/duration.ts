import type { RetentionLexicon } from './lexicon/types';
import { compileNow } from './native-regex';

/** ISO 8601 designators of the units a retention period is written in. */
export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H';

const UNITS: readonly DurationUnit[] = ['Y', 'M', 'W', 'D', 'H'];

/** A period found in a text: its ISO 8601 form and where it was written. */
export interface DurationMatch {
  /** ISO 8601 duration as written: "P10Y", "P24M", "P2W", "P90D", "PT72H". */
  duration: string;
  amount: number;
  unit: DurationUnit;
  /** Offsets of the whole phrase ("ten (10) years") in the scanned string. */
  start: number;
  end: number;
}

/**
 * The ISO 8601 duration of an amount of a unit, as written: "24 months" stays P24M and
 * "2 weeks" P2W (the gold labels keep the written unit: P12M, P13M, P72M); hours go after
 * the T designator (PT72H). One length written in two units is merged by `durationKey`.
 */
export function parseDuration(amount: number, unit: DurationUnit): string {
  return unit === 'H' ? `PT${amount}H` : `P${amount}${unit}`;
}

/** The next smaller unit and its factor, for writing a half in whole units: 1.5 years = 18 months. */
const SMALLER: Partial<Record<DurationUnit, readonly [DurationUnit, number]>> = { Y: ['M', 12], W: ['D', 7], D: ['H', 24] };

/**
 * A length with a half ("one and a half years", "half a day") in whole units of the next smaller
 * unit (P18M, PT12H); a half month stays a decimal fraction, which ISO 8601 allows on the last
 * component (P1.5M).
 */
export function wholeUnits(amount: number, unit: DurationUnit): { amount: number; unit: DurationUnit } {
  if (Number.isInteger(amount)) return { amount, unit };
  const smaller = SMALLER[unit];
  if (smaller && Number.isInteger(amount * smaller[1])) return { amount: amount * smaller[1], unit: smaller[0] };
  return { amount, unit };
}

/**
 * A comparable length for de-duplicating one period written in two units
 * ("24 months" and "two years"; "14 days" and "two weeks").
 */
export function durationKey(amount: number, unit: DurationUnit): string {
  if (unit === 'Y') return `M${amount * 12}`;
  if (unit === 'M') return `M${amount}`;
  if (unit === 'W') return `D${amount * 7}`;
  if (unit === 'D') return `D${amount}`;
  return `H${amount}`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new WeakMap<RetentionLexicon, { re: RegExp; words: Map<string, number> }>();

function durationRegex(lex: RetentionLexicon): { re: RegExp; words: Map<string, number> } {
  let hit = cache.get(lex);
  if (hit) return hit;
  const words = new Map<string, number>();
  for (const [w, n] of Object.entries(lex.numbers)) words.set(w.toLowerCase().replace(/[\s-]+/g, ' '), n);
  // Longest words first so "twenty-four" wins over "twenty"; hyphen or space between parts.
  const wordAlts = [...words.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, '[\\s-]+'));
  const wordSource = wordAlts.length ? wordAlts.join('|') : '(?!)';
  // "1.5 years", "1,5 Jahre": a half written in digits (only halves: "17.30 hours" is a clock time).
  const number = `(?<digits>\\d{1,3}(?:[.,]5(?!\\d))?)|(?<word>${wordSource})${lex.oneUnitLeads.length ? `|(?<one>${lex.oneUnitLeads.join('|')})` : ''}`;
  const halves = [...lex.halves.map((h) => `(?:${h})`), '½'].join('|');
  const joiners = lex.joiners.length ? lex.joiners.map((j) => `(?:${j})`).join('|') : '(?!)';
  // "6 or 10 years", "6 bzw. 10 Jahre": the first number of a pair shares the unit.
  // "2-3 years": a dash joins digits only (a hyphen inside "twenty-four" does not).
  // ("twee en een half jaar" is one length: a joiner that starts a half does not join two numbers.)
  const first = `(?:(?:(?<digits1>\\d{1,3})|(?<word1>${wordSource}))\\s*(?!${halves})(?:${joiners})\\s*|(?<dash1>\\d{1,3})\\s*[-–]\\s*(?=\\d))?`;
  const unitAlts = UNITS.filter((u) => lex.units[u].length > 0).map((u) => `(?<u${u}>${lex.units[u].join('|')})`);
  // "ten (10) years", "5 (cinco) años", "12-month", "30 days": number, optional number in brackets, unit.
  const source =
    `(?<![\\p{L}\\p{N}]|\\d[.,])${first}(?:${number})(?:\\s*\\(\\s*(?:\\d{1,3}|${wordSource})\\s*\\))?(?<half1>[\\s\\u00a0]*(?:${halves}))?[\\s\\u00a0-]*` +
    `(?:${unitAlts.length ? unitAlts.join('|') : '(?!)'})(?![\\p{L}\\p{N}])(?<half2>[\\s\\u00a0]+(?:${halves})(?![\\p{L}\\p{N}]))?`;
  hit = { re: new RegExp(source, 'giu'), words };
  compileNow(hit.re); // machine code at once (see ./native-regex.ts)
  cache.set(lex, hit);
  return hit;
}

/** Every period ("10 years", "dix ans", "zwei Wochen", "thirty (30) days") in a string, in order. */
export function findDurations(text: string, lex: RetentionLexicon): DurationMatch[] {
  const { re, words } = durationRegex(lex);
  const out: DurationMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {};
    const written = g.digits !== undefined ? Number(g.digits.replace(',', '.')) : g.one !== undefined ? 1 : words.get((g.word ?? '').toLowerCase().replace(/[\s-]+/g, ' '));
    const writtenUnit = UNITS.find((u) => g[`u${u}`] !== undefined);
    if (written === undefined || !writtenUnit || written <= 0) continue;
    const { amount, unit } = wholeUnits(written + (g.half1 !== undefined || g.half2 !== undefined ? 0.5 : 0), writtenUnit);
    const start = m.index;
    const end = m.index + m[0].length;
    const firstDigits = g.digits1 ?? g.dash1;
    const firstAmount =
      firstDigits !== undefined ? Number(firstDigits) : g.word1 !== undefined ? words.get(g.word1.toLowerCase().replace(/[\s-]+/g, ' ')) : undefined;
    if (firstAmount !== undefined && firstAmount > 0 && firstAmount !== written) {
      const f = wholeUnits(firstAmount, writtenUnit);
      out.push({ duration: parseDuration(f.amount, f.unit), amount: f.amount, unit: f.unit, start, end });
    }
    out.push({ duration: parseDuration(amount, unit), amount, unit, start, end });
  }
  return out;
}
