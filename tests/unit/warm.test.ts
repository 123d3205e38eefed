/**
 * The warm-up the popup asks for when it opens (analyzers/warm.ts): its text must make the
 * lexicon regexes run, so that V8 compiles them before the first real page.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../analyzers/lexicon';
import { mayMatch, PrefilteredRegExp } from '../../analyzers/prefilter';
import { LANGUAGES } from '../../analyzers/types';
import { warmUp, warmUpText } from '../../analyzers/warm';
import { lexiconPatternLists } from '../helpers/lexicon-lists';

describe('warm-up', () => {
  it.each(LANGUAGES)('the %s text makes most lexicon sections run at least twice (where V8 compiles them)', (lang) => {
    const lines = warmUpText(lang).split('\n');
    const filtered = lexiconPatternLists()
      .filter((list) => list.lang === lang)
      .map((list) => compile(list.patterns))
      .filter((re): re is PrefilteredRegExp => re instanceof PrefilteredRegExp);
    const runTwice = filtered.filter((re) => lines.filter((line) => mayMatch(re.filter, line)).length >= 2);
    expect(runTwice.length / filtered.length).toBeGreaterThan(0.8);
  });

  it('is made of short lines of lexicon words, nothing else', () => {
    const text = warmUpText('fr');
    for (const line of text.split('\n')) expect(line.split(' ').length).toBeLessThanOrEqual(10);
    expect(text).toContain('responsable');
  });

  it('runs once per language in a process', () => {
    expect(warmUp(['it', 'it'])).toEqual(['it']);
    expect(warmUp(['it', 'nl'])).toEqual(['nl']);
  });
});
