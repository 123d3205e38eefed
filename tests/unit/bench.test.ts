/** The benchmark's own helpers: statistics and the built-extension inspector (scripts/bench/**). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countWords, listCorpus } from '../../scripts/bench/corpus';
import { inspectExtension, MODEL_SIGNATURES } from '../../scripts/bench/extension';
import { median, quantile, summarize } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it.each([
    [[5], 0.9, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 0.5, 5],
    [[3, 1, 2], 1, 3],
  ])('quantile(%j, %d) is %d (nearest rank)', (values, q, expected) => {
    expect(quantile(values, q)).toBe(expected);
  });

  it('takes the mean of the two middle values for an even median, and NaN for nothing', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarises times and words into median, p90, max and words per second', () => {
    const s = summarize([10, 20, 30, 40], [100, 100, 100, 100]);
    expect(s).toMatchObject({ docs: 4, medianMs: 25, p90Ms: 40, maxMs: 40, totalMs: 100 });
    expect(s.wordsPerSecond).toBeCloseTo(4000);
  });

  it('counts words as runs of non-space', () => {
    expect(countWords('  We keep\tdata\nfor 3 years. ')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});

describe('inspectExtension on a fake build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lacuna-bench-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'chunks'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, background: { service_worker: 'background.js' }, action: { default_popup: 'popup.html' } }));
  writeFileSync(join(dir, 'background.js'), `var m={${MODEL_SIGNATURES[0]}:16};`);
  writeFileSync(join(dir, 'popup.html'), '<script type="module" src="/chunks/popup-1.js"></script><link rel="stylesheet" href="/assets/popup.css">');
  writeFileSync(join(dir, 'chunks/popup-1.js'), 'import{a as e}from"./shared-2.js";e();');
  writeFileSync(join(dir, 'chunks/shared-2.js'), 'export function a(){}');
  writeFileSync(join(dir, 'assets/popup.css'), 'body{margin:0}');
  writeFileSync(join(dir, 'extract-page.js'), 'var x=1;');

  it('follows the popup page into its chunks and styles, and finds the model only in the background', () => {
    const r = inspectExtension(dir)!;
    const byName = Object.fromEntries(r.entrypoints.map((e) => [e.name, e]));
    expect(byName.popup!.files).toEqual(['assets/popup.css', 'chunks/popup-1.js', 'chunks/shared-2.js', 'popup.html']);
    expect(byName.background!.modelIn).toEqual(['background.js']);
    expect(byName['injected extract-page.js']!.files).toEqual(['extract-page.js']);
    expect(r.popupModelFree).toBe(true);
    expect(r.modelOnlyInBackground).toBe(true);
  });

  it('flags a popup chunk that carries the model', () => {
    writeFileSync(join(dir, 'chunks/shared-2.js'), `export function a(){throw Error("${MODEL_SIGNATURES[1]}")}`);
    const r = inspectExtension(dir)!;
    expect(r.popupModelFree).toBe(false);
    expect(r.modelOnlyInBackground).toBe(false);
  });

  it('returns null without a build', () => {
    expect(inspectExtension(join(dir, 'nothing-here'))).toBeNull();
  });
});

describe('listCorpus', () => {
  it('lists docs/ and gt200/docs/ files by format, and nothing for a missing folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'lacuna-corpus-'));
    try {
      mkdirSync(join(root, 'docs'));
      mkdirSync(join(root, 'gt200/docs'), { recursive: true });
      writeFileSync(join(root, 'docs/b.html'), '<p>x</p>');
      writeFileSync(join(root, 'docs/a.txt'), 'x');
      writeFileSync(join(root, 'docs/notes.json'), '{}');
      writeFileSync(join(root, 'gt200/docs/c.md'), '# x');
      expect(listCorpus(root).map((f) => [f.id, f.format])).toEqual([
        ['docs/a.txt', 'txt'],
        ['docs/b.html', 'html'],
        ['gt200/c.md', 'md'],
      ]);
      expect(listCorpus(join(root, 'missing'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
