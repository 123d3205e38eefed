import { describe, expect, it } from 'vitest';
import { errorReport } from '../../analyzers/pipeline';
import { CHECKLIST_IDS, type ChecklistId, type Report, type Status } from '../../analyzers/types';
import { itemDiffers } from '../../scripts/eval/format';
import {
  aggregate,
  checkFloors,
  compareDoc,
  compareSets,
  flattenMetrics,
  groupDocs,
  nameMatches,
  normalizeName,
  prf,
  type GoldLabel,
} from '../../scripts/eval/metrics';

const ev = (quote: string) => [{ quote, start: 0, end: quote.length }];

/** A small hand-made report; `statuses` overrides the default `missing` of each item. */
function report(over: Partial<Report> = {}, statuses: Partial<Record<ChecklistId, Status>> = {}): Report {
  const base = errorReport('file:///x.txt', 'unused', () => new Date(0));
  delete base.error;
  return {
    ...base,
    language: 'en',
    isPrivacyPolicy: true,
    checklist: CHECKLIST_IDS.map((id) => ({ id, article: '13', status: statuses[id] ?? 'missing', evidence: [], note: '' })),
    score: 0,
    ...over,
  };
}

const meta = { id: 'doc', set: 'docs', lang: 'en' };

describe('normalizeName', () => {
  it.each([
    ['Example Widgets Ltd.', 'example widgets'],
    ['EXAMPLE WIDGETS LIMITED', 'example widgets'],
    ['Beispiel GmbH & Co. KG', 'beispiel'],
    ['Voorbeeld B.V.', 'voorbeeld'],
    ['Esempio S.p.A.', 'esempio'],
    ['Société Exemple SAS', 'societe exemple'],
    ['Verein e.V.', 'verein'],
    ['Example, Inc.', 'example'],
  ])('normalises %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  it('returns true for a match with the gold, an alternative, or two nulls', () => {
    expect(nameMatches('Example Widgets Limited', 'Example Widgets Ltd')).toBe(true);
    expect(nameMatches('Widgets', 'Example Widgets Ltd', ['Widgets'])).toBe(true);
    expect(nameMatches(null, null)).toBe(true);
  });

  it('returns false for a different name, or one null', () => {
    expect(nameMatches('Example Gadgets Ltd', 'Example Widgets Ltd')).toBe(false);
    expect(nameMatches(null, 'Example Widgets Ltd')).toBe(false);
    expect(nameMatches('Example Widgets Ltd', null)).toBe(false);
  });
});

describe('set and count metrics', () => {
  it('compares sets without duplicates', () => {
    expect(compareSets(['a', 'b', 'b'], ['b', 'c'])).toEqual({ tp: ['b'], fp: ['a'], fn: ['c'] });
  });

  it('computes P/R/F1 and leaves 0/0 undefined', () => {
    expect(prf(3, 1, 2)).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 6 / 9 });
    expect(prf(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null });
    expect(prf(0, 0, 4)).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});

describe('compareDoc', () => {
  const gold: GoldLabel = {
    isPrivacyPolicy: true,
    controller: { name: 'Example Widgets Ltd', nameAlternatives: ['Example Widgets'] },
    dpo: { mentioned: true, emails: ['DPO@example.com'] },
    legalBases: [{ basis: 'consent' }, { basis: 'contract' }],
    rights: [{ right: 'access' }],
    retention: [{ duration: 'P2Y', text: 'two years' }],
    transfers: { outsideEEA: true, countries: ['US'], safeguards: [{ mechanism: 'standard_contractual_clauses' }] },
    checklist: CHECKLIST_IDS.map((id) => ({ id, status: id === 'legitimate_interests' ? 'not_applicable' : 'met' })),
  };

  it('scores each field of a docs-style label', () => {
    const r = report(
      {
        controller: { name: 'Example Widgets Limited', address: null, emails: [], phones: [], registrationNumber: null, evidence: ev('x') },
        dpo: { mentioned: true, emails: ['dpo@example.com'], evidence: ev('dpo') },
        legalBases: [{ basis: 'consent', evidence: ev('c') }, { basis: 'legitimate_interests', evidence: ev('li') }],
        rights: [{ right: 'access', evidence: ev('a') }],
        retention: [{ duration: 'P24M', text: '24 months', evidence: ev('r') }],
        transfers: { outsideEEA: null, countries: ['us', 'GB'], safeguards: [], evidence: [] },
      },
      { controller_identity: 'met', purposes: 'partial', legitimate_interests: 'not_applicable' },
    );
    const c = compareDoc(r, gold, meta);
    expect(c.controllerName?.ok).toBe(true);
    expect(c.dpoMentioned?.ok).toBe(true);
    expect(c.sets.dpoEmails).toEqual({ tp: ['dpo@example.com'], fp: [], fn: [] });
    expect(c.sets.legalBases).toEqual({ tp: ['consent'], fp: ['legitimate_interests'], fn: ['contract'] });
    // Durations compare as written: P24M is not P2Y (REPORT.md compares duration strings).
    expect(c.sets.retention).toEqual({ tp: [], fp: ['P24M'], fn: ['P2Y'] });
    expect(c.outsideEEA).toEqual({ ours: null, gold: true, ok: false });
    expect(c.sets.countries).toEqual({ tp: ['US'], fp: ['GB'], fn: [] });
    expect(c.sets.safeguards?.fn).toEqual(['standard_contractual_clauses']);
    expect(c.checklist).toHaveLength(14);
    expect(c.checklist.every((i) => i.exact)).toBe(true);
    // Gold: 13 met items out of weight 100 - 5 (legitimate_interests n/a) -> 100.
    expect(c.score).toEqual({ ours: 0, gold: 100, error: 100 });

    const g = aggregate([c]);
    expect(g.legalBases).toMatchObject({ tp: 1, fp: 1, fn: 1, f1: 0.5 });
    expect(g.checklist.overall.status).toEqual({ correct: 2, total: 14, accuracy: 2 / 14 });
    // Ours addressed: controller_identity (met), purposes (partial): both right, 11 more addressed in the gold.
    expect(g.checklist.overall.addressed).toMatchObject({ tp: 2, fp: 0, fn: 11 });
    // Ours gaps: 11 missing items, none missing in the gold.
    expect(g.checklist.overall.gap).toMatchObject({ tp: 0, fp: 11, fn: 0, precision: 0 });
    expect(g.checklist.items.purposes?.status.accuracy).toBe(0);
    expect(g.score).toEqual({ n: 1, mae: 100 });
  });

  it('counts only isPrivacyPolicy for a negative document', () => {
    const c = compareDoc(report({ isPrivacyPolicy: true }), { ...gold, isPrivacyPolicy: false }, meta);
    expect(c.isPrivacyPolicy).toEqual({ ours: true, gold: false, ok: false });
    expect(c.controllerName).toBeUndefined();
    expect(c.sets).toEqual({});
    expect(c.checklist).toEqual([]);
    const g = aggregate([c]);
    expect(g.isPrivacyPolicy.accuracy).toBe(0);
    expect(g.checklist.overall.status.total).toBe(0);
  });

  it('grades a gt200-style label on addressed/missing only, and skips fields it lacks', () => {
    const label: GoldLabel = {
      isPrivacyPolicy: true,
      rights: [{ right: 'access' }],
      checklist: [
        { id: 'controller_identity', status: 'addressed' },
        { id: 'dpo_contact', status: 'missing' },
        { id: 'complaint', status: 'addressed' },
      ],
    };
    const c = compareDoc(report({}, { controller_identity: 'partial', dpo_contact: 'missing' }), label, { ...meta, set: 'gt200' });
    expect(c.controllerName).toBeUndefined();
    expect(c.dpoMentioned).toBeUndefined();
    expect(c.sets.legalBases).toBeUndefined();
    expect(c.sets.rights).toEqual({ tp: [], fp: [], fn: ['access'] });
    expect(c.score).toBeUndefined();
    expect(c.checklist.map(itemDiffers)).toEqual([false, false, true]);
    const g = aggregate([c]);
    expect(g.checklist.overall.status.total).toBe(0);
    expect(g.checklist.overall.addressed).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(g.checklist.overall.gap).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('counts an error report as wrong everywhere (its items are absent, i.e. gaps)', () => {
    const c = compareDoc(errorReport('file:///x', 'cannot read'), gold, meta);
    expect(c.error).toBe('cannot read');
    expect(c.isPrivacyPolicy?.ok).toBe(false);
    expect(c.checklist.every((i) => i.ours === 'absent')).toBe(true);
    expect(aggregate([c]).checklist.overall.gap.fp).toBe(14);
  });
});

describe('groups and floors', () => {
  const docs = [
    compareDoc(report(), { isPrivacyPolicy: true, rights: [{ right: 'access' }] }, { id: 'a', set: 'docs', lang: 'fr' }),
    compareDoc(report(), { isPrivacyPolicy: false }, { id: 'b', set: 'gt200', lang: 'en' }),
  ];

  it('splits by set and language', () => {
    const groups = groupDocs(docs);
    expect(Object.keys(groups).sort()).toEqual(['all', 'lang:en', 'lang:fr', 'set:docs', 'set:gt200']);
    expect(groups.all?.isPrivacyPolicy).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
    expect(groups['lang:fr']?.rights.fn).toBe(1);
  });

  it('flattens metrics to paths and checks floors and ceilings', () => {
    const flat = flattenMetrics(groupDocs(docs));
    expect(flat['all.isPrivacyPolicy.accuracy']).toBe(0.5);
    expect(flat['all.rights.f1']).toBe(0);
    expect(flat['all.score.mae']).toBeNull();
    expect(checkFloors(flat, { 'all.isPrivacyPolicy.accuracy': 0.5, 'all.rights.f1': 0 })).toEqual([]);
    expect(checkFloors(flat, { $comment: 'x', 'all.isPrivacyPolicy.accuracy': 0.6 })).toEqual([
      { path: 'all.isPrivacyPolicy.accuracy', value: 0.5, bound: 0.6, kind: 'min' },
    ]);
    // A null metric fails a positive floor; a group the corpus lacks is not checked.
    expect(checkFloors(flat, { 'all.score.mae': 1, 'lang:it.rights.f1': 0.9 })).toHaveLength(1);
    expect(checkFloors({ 'all.score.mae': 12 }, { $max: { 'all.score.mae': 10 } })).toEqual([
      { path: 'all.score.mae', value: 12, bound: 10, kind: 'max' },
    ]);
  });
});
