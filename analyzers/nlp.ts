import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | null = null;

/** The wink-nlp instance with the English lite model, loaded once (≈190 ms) and reused. */
export function getNlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

/** A wink entity with character offsets into the text it was read from. */
export interface TextEntity {
  type: string;
  text: string;
  start: number;
  end: number;
}

/** Longest run of non-space characters handed to wink's tokenizer in one piece. */
export const MAX_TOKEN = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN + 1},}`, 'g');
const EVERY_257TH = new RegExp(`([^]{${MAX_TOKEN}})[^]`, 'g');

/**
 * The text wink reads: every run of more than `MAX_TOKEN` non-space characters gets a space in
 * place of each (MAX_TOKEN + 1)th character. wink's tokenizer is quadratic in a token's length
 * (a 60 KB run without spaces took 7.5 s); the same length keeps every offset valid.
 */
export function breakLongTokens(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, (run) => run.replace(EVERY_257TH, '$1 ')) : text;
}

/**
 * `LONG_RUN.test(text)` without reading every character (the regex retries every start of a run: ~30 ms
 * over the corpus; a loop over every character was still 2 % of the analysis). A run of more than
 * MAX_TOKEN non-space code units holds MAX_TOKEN + 1 consecutive offsets, so one of them is a multiple
 * of MAX_TOKEN + 1: only the runs through those offsets are measured.
 */
function hasLongRun(text: string): boolean {
  const step = MAX_TOKEN + 1;
  for (let p = 0; p < text.length; p += step) {
    if (isJsSpace(text.charCodeAt(p))) continue;
    let a = p;
    while (a > 0 && !isJsSpace(text.charCodeAt(a - 1))) a--;
    let b = p + 1;
    while (b < text.length && !isJsSpace(text.charCodeAt(b))) b++;
    if (b - a > MAX_TOKEN) return true;
  }
  return false;
}

/** The characters of the regex class `\s` (WhiteSpace and LineTerminator), by code unit. */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Sentence spans and entities of an English text, as character offsets, from one `readDoc`. */
export function readEnglish(original: string): { sentences: Array<[number, number]>; entities: TextEntity[] } {
  const nlp = getNlp();
  const its = nlp.its;
  const text = breakLongTokens(original);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // wink keeps the text losslessly as precedingSpaces + value per token; rebuild offsets from that.
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += (spaces[i] ?? '').length;
    // Guard against any normalisation: find the token at or after pos.
    const v = values[i] ?? '';
    if (text.startsWith(v, pos)) {
      starts[i] = pos;
    } else {
      const found = text.indexOf(v, pos);
      starts[i] = found >= 0 ? found : pos;
    }
    ends[i] = starts[i]! + v.length;
    pos = ends[i]!;
  }
  // Spans and types read as whole collections (`out` on the collection gives each item's `out`, in
  // order, without making an item object per sentence or entity: a tenth of this function's own time).
  const sentences: Array<[number, number]> = [];
  for (const span of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const a = starts[span[0]];
    const b = ends[span[1]];
    if (a !== undefined && b !== undefined) sentences.push([a, b]);
  }
  const entities: TextEntity[] = [];
  const entitySpans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  const entityTypes = doc.entities().out(its.type) as unknown as string[];
  for (let i = 0; i < entitySpans.length; i++) {
    const span = entitySpans[i]!;
    const a = starts[span[0]];
    const b = ends[span[1]];
    if (a === undefined || b === undefined) continue;
    entities.push({ type: entityTypes[i]!, text: original.slice(a, b), start: a, end: b });
  }
  return { sentences, entities };
}
