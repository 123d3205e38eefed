/**
 * Rewrites scripts/eval/floors.json from a fresh evaluation: each guarded metric's
 * floor is set a little under today's value (MARGIN), so quality can only go up.
 * Usage: npx tsx scripts/eval/write-floors.ts   (then review the diff and commit it)
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCorpusDir } from './corpus';
import { flattenMetrics } from './metrics';
import { runEvaluation } from './run';

const MARGIN = 0.02;
const MAE_MARGIN = 1;
const GROUPS = ['all', 'set:docs', 'set:gt200', 'lang:en', 'lang:fr', 'lang:de', 'lang:nl', 'lang:it', 'lang:es'];
const FIELDS = [
  'isPrivacyPolicy.accuracy',
  'controllerName.accuracy',
  'dpoMentioned.accuracy',
  'outsideEEA.accuracy',
  'dpoEmails.f1',
  'legalBases.f1',
  'rights.f1',
  'retention.f1',
  'countries.f1',
  'safeguards.f1',
  'checklist.overall.status.accuracy',
  'checklist.overall.addressed.f1',
  'checklist.overall.gap.precision',
  'checklist.overall.gap.recall',
  'checklist.overall.gap.f1',
];
const ITEM_METRICS = ['status.accuracy', 'addressed.f1', 'gap.f1'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const result = await runEvaluation({ corpus: defaultCorpusDir(), now: () => new Date(0) });
const metrics = flattenMetrics(result.groups);
const floors: Record<string, unknown> = {
  $comment: `Minimum of each metric (paths as in \`npm run eval -- --json\` .metrics), ${MARGIN} under the value reached when written by scripts/eval/write-floors.ts; \`$max\` holds ceilings for error metrics.`,
};
const add = (path: string) => {
  const v = metrics[path];
  if (typeof v === 'number' && Number.isFinite(v)) floors[path] = Math.max(0, Math.floor((v - MARGIN) * 100) / 100);
};
for (const g of GROUPS) for (const f of FIELDS) add(`${g}.${f}`);
const items = new Set(Object.keys(metrics).filter((k) => k.startsWith('all.checklist.items.')).map((k) => k.split('.')[3]!));
for (const g of ['set:docs', 'set:gt200']) for (const item of items) for (const m of ITEM_METRICS) add(`${g}.checklist.items.${item}.${m}`);
const max: Record<string, number> = {};
for (const g of GROUPS) {
  const v = metrics[`${g}.score.mae`];
  if (typeof v === 'number' && Number.isFinite(v)) max[`${g}.score.mae`] = Math.round((v + MAE_MARGIN) * 10) / 10;
}
floors.$max = max;
writeFileSync(join(root, 'scripts', 'eval', 'floors.json'), `${JSON.stringify(floors, null, 2)}\n`);
console.log(`wrote ${Object.keys(floors).length - 2} floors and ${Object.keys(max).length} ceilings`);
