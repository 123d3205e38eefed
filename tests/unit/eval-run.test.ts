import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docLanguage, runEvaluation } from '../../scripts/eval/run';
import { formatResult } from '../../scripts/eval/format';

const fixtures = join(__dirname, '..', 'fixtures', 'cli');

/** A throwaway corpus with the shared layout but no gt200/, odd labels, and strays. */
function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lacuna-eval-'));
  mkdirSync(join(dir, 'docs'));
  mkdirSync(join(dir, 'labels'));
  copyFileSync(join(fixtures, 'policy.md'), join(dir, 'docs', 'en-sample.md'));
  copyFileSync(join(fixtures, 'policy.txt'), join(dir, 'docs', 'plain-sample.txt'));
  copyFileSync(join(fixtures, 'policy.html'), join(dir, 'docs', 'stray.html'));
  const label = (id: string, body: object): void => writeFileSync(join(dir, 'labels', `${id}.json`), JSON.stringify({ id, ...body }));
  label('en-sample', {
    isPrivacyPolicy: true,
    language: 'en',
    controller: { name: 'Sample Tools BV' },
    rights: [{ right: 'access' }, { right: 'erasure' }],
  });
  label('plain-sample', { isPrivacyPolicy: true }); // no language, no other field
  label('ghost', { isPrivacyPolicy: true }); // no document
  writeFileSync(join(dir, 'labels', 'broken.json'), '{');
  return dir;
}

describe('runEvaluation on a corpus with the shared layout', () => {
  const corpus = makeCorpus();

  it('evaluates labelled documents, warns about strays, and tolerates a missing gt200/ and sparse labels', async () => {
    const r = await runEvaluation({ corpus, now: () => new Date(0) });
    expect(r.docs.map((d) => d.comparison.id).sort()).toEqual(['en-sample', 'plain-sample']);
    expect(r.warnings.join('\n')).toMatch(/ghost: label without a document/);
    expect(r.warnings.join('\n')).toMatch(/stray: document without a label/);
    expect(r.warnings.join('\n')).toMatch(/broken\.json: unreadable label/);
    expect(Object.keys(r.groups)).not.toContain('set:gt200');
    const sparse = r.docs.find((d) => d.comparison.id === 'plain-sample')!.comparison;
    expect(sparse.controllerName).toBeUndefined();
    expect(sparse.sets).toEqual({});
    expect(r.groups.all!.controllerName.total).toBe(1);
    expect(r.groups.all!.rights.tp + r.groups.all!.rights.fn).toBe(2);
    expect(formatResult(r, { verbose: true })).toContain('━━ en-sample [docs · en · markdown');
    // --only: a field no label grades shows no document block at all.
    expect(formatResult(r, { verbose: true, only: new Set(['dpo.emails']) })).not.toContain('━━');
  });

  it('filters by document and language', async () => {
    expect((await runEvaluation({ corpus, doc: 'en-sample' })).docs).toHaveLength(1);
    expect((await runEvaluation({ corpus, lang: 'fr' })).docs).toHaveLength(0);
    expect((await runEvaluation({ corpus, set: 'gt200' })).docs).toHaveLength(0);
  });

  it('takes the language from the label, else the id prefix', () => {
    expect(docLanguage('x', { language: 'DE' })).toBe('de');
    expect(docLanguage('nl-something', {})).toBe('nl');
    expect(docLanguage('seed-x', {})).toBe('und');
  });
});
