import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../analyzers/checklist';
import { EXTRACTORS } from '../../analyzers/extractors';
import { WEIGHTS } from '../../analyzers/score';
import { CHECKLIST_IDS } from '../../analyzers/types';

const root = join(__dirname, '../..');
const kebab = (id: string) => id.replace(/_/g, '-');
const filesIn = (dir: string) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

describe('checklist analyzers', () => {
  it('cover the 14 Article 13 items in the order of REPORT.md', () => {
    expect(CHECKLIST.map((a) => a.meta.id)).toEqual([...CHECKLIST_IDS]);
  });

  it('are exactly the files of analyzers/checklist, each named by its id', () => {
    expect(filesIn('analyzers/checklist').sort()).toEqual(CHECKLIST_IDS.map(kebab).sort());
  });

  it.each(CHECKLIST.map((a) => [a.meta.id, a] as const))('%s has an article, the spec weight, messages and a test', (id, a) => {
    expect(a.meta.article).toMatch(/^13\([12]\)\([a-f]\)$/);
    expect(a.meta.weight).toBe(WEIGHTS[id]);
    expect(a.meta.description.length).toBeGreaterThan(10);
    expect(Object.keys(a.meta.messages).length).toBeGreaterThan(0);
    const tests = readdirSync(join(root, 'tests/unit/analyzers')).filter((f) => f.startsWith(kebab(id)));
    expect(tests, `tests/unit/analyzers/${kebab(id)}*.test.ts`).not.toEqual([]);
  });
});

describe('extractors', () => {
  it('are exactly the files of analyzers/extractors', () => {
    expect(filesIn('analyzers/extractors').sort()).toEqual(Object.values(EXTRACTORS).map((e) => e.meta.id).sort());
  });

  it.each(Object.values(EXTRACTORS).map((e) => [e.meta.id, e] as const))('%s is described and tested', (id, e) => {
    expect(e.meta.description.length).toBeGreaterThan(10);
    expect(existsSync(join(root, 'tests/unit/analyzers')) && readdirSync(join(root, 'tests/unit/analyzers')).some((f) => f.startsWith(id))).toBe(true);
  });
});

describe('analyzers stay pure', () => {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
    );
  it.each(walk('analyzers').map((f) => [f]))('%s imports no browser, storage or Node module', (file) => {
    const src = readFileSync(join(root, file), 'utf8');
    const imports = [...src.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const spec of imports) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/^(node:|fs$|path$|dexie|wxt|#imports|webextension-polyfill)|entrypoints|components|storage/);
    }
  });
});
