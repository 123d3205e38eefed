/**
 * `compileNow` only changes when V8 compiles a regex, never what it matches: the same regex
 * comes back, ready to use from the start of a string.
 */
import { describe, expect, it } from 'vitest';
import { compileNow, oneByteAll } from '../../analyzers/native-regex';
import { buildDocument } from '../../analyzers/document';

describe('compileNow', () => {
  it('returns the regex itself with lastIndex 0, even when its run matched', () => {
    const re = /\buse\b/giu; // matches the long warm-up text
    expect(compileNow(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    expect([...'we use it, you use it'.matchAll(re)].map((m) => m.index)).toEqual([3, 15]);
  });

  it('leaves sticky and plain regexes matching as before', () => {
    const sticky = compileNow(/\p{Lu}\p{Ll}+/uy);
    expect(sticky.exec('Name here')?.[0]).toBe('Name');
    const plain = compileNow(/(?<![\p{L}\p{N}])données(?![\p{L}\p{N}])/iu);
    expect(plain.exec('Vos DONNÉES personnelles')?.index).toBe(4);
  });
});

describe('one-byte sentences', () => {
  it('keep their characters and offsets when the text holds wider characters elsewhere', () => {
    const text = 'We don’t sell data.\nYou may ask for a copy. Données à caractère personnel.\n“Quoted” line here.';
    const doc = buildDocument(text, 'en');
    expect(doc.sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of doc.sentences) expect(s.text).toBe(text.slice(s.start, s.end));
  });
});

describe('oneByteAll', () => {
  it('returns equal strings, one per input, lone surrogates and wide characters included', () => {
    const list = ['plain', 'Données', 'don’t', '', '\ud835', '\udc00x', '\u{1d400}', 'a"b\\c\n\t\u0000', '€ 5'];
    const out = oneByteAll(list);
    expect(out).toEqual(list);
    expect(out).toHaveLength(list.length);
    expect(out.every((s, i) => s === list[i])).toBe(true);
  });
});
