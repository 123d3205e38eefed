/** `compile` finds the regex of a list built on the fly by its content, never by its ends alone. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../analyzers/lexicon';

describe('compile cache for lists built on the fly', () => {
  it('gives the same regex for the same patterns in a new array', () => {
    const a = compile(['alpha one', 'beta two', 'gamma three']);
    expect(compile(['alpha one', 'beta two', 'gamma three'])).toBe(a);
    expect(compile(['alpha one', 'beta two', 'gamma three'], 'giu')).not.toBe(a);
  });

  it('tells apart lists with the same length and ends but another middle', () => {
    const a = compile(['first word', 'middle one', 'last word']);
    const b = compile(['first word', 'middle two', 'last word']);
    expect(b).not.toBe(a);
    expect(b.test('the middle two here')).toBe(true);
    expect(a.test('the middle two here')).toBe(false);
    expect(compile(['first word', 'middle one', 'last word'])).toBe(a);
  });
});
