import type { ChecklistAnalyzer } from '../analyzer';
import { lineBreakBetween, sentenceEvidence, type Sentence } from '../document';
import { findBasisHits } from '../extractors/legal-bases';
import { compile } from '../lexicon';
import { patternsOf } from '../match';

/** Table cells naming legitimate interest next to purposes count as interests described (one per purpose row). */
const TABLE_CELLS_MIN = 2;
/** Sentences after the one naming the basis that may state the interest. */
const NEXT_SENTENCES = 2;

/**
 * Art. 13(1)(d): where processing rests on Art. 6(1)(f), the legitimate
 * interests pursued. Met when a sentence says what the interest is ("our
 * legitimate interest in preventing fraud"); partial when the basis is only invoked.
 */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'legitimate_interests',
    article: '13(1)(d)',
    weight: 5,
    description: 'Legitimate interests pursued.',
    messages: {
      met: 'The legitimate interests pursued are described.',
      partial:
        'Legitimate interest is invoked, but no sentence says which interest is pursued (looked for: "legitimate interest in/to/of ...", "our interest is ...").',
      not_applicable: 'Legitimate interest is not stated as a legal basis.',
    },
  },
  analyze(doc, facts) {
    const li = facts.legalBases.find((b) => b.basis === 'legitimate_interests');
    if (!li) return { status: 'not_applicable', evidence: [], messageId: 'not_applicable' };
    const described = compile(patternsOf(doc, (l) => l.bases.interestsDescribed));
    const hits = findBasisHits(doc).filter((h) => h.basis === 'legitimate_interests' && !h.hypothetical);
    const rights = compile(patternsOf(doc, (l) => Object.values(l.rights.rights).flat()));
    const cues = compile(patternsOf(doc, (l) => l.bases.cues));
    // "You may object to processing based on our legitimate interest in ..." restates Art. 21, it does not describe an interest;
    // under a legal-basis heading the sentence states the basis and adds the right ("... interest in X, you may object").
    const restatesRight = (s: Sentence) => rights.test(s.text) && !(s.section !== null && cues.test(s.section));
    const describes = (s: Sentence) => described.test(s.text) && !restatesRight(s);
    // "We collect crash reports because our interest is that the app runs well. We do this on the basis of our
    // legitimate interest." / "... | legitimate interest |" + "Our interest in this is that ...": the interest is
    // stated next to the sentence naming the basis: the sentence before it in the same paragraph, or one of the
    // next two sentences before any heading.
    const sameLine = (a: Sentence, b: Sentence) => !lineBreakBetween(doc.text, a.end, b.start);
    const neighbour = (h: (typeof hits)[number]): Sentence | undefined => {
      const i = h.sentence.index;
      const prev = doc.sentences[i - 1];
      if (prev !== undefined && !prev.heading && sameLine(prev, h.sentence) && describes(prev)) return prev;
      for (const next of doc.sentences.slice(i + 1, i + 1 + NEXT_SENTENCES)) {
        if (next.heading) break;
        if (describes(next)) return next;
      }
      return undefined;
    };
    const describing = hits
      .map((h) => (describes(h.sentence) ? h.sentence : neighbour(h)))
      .filter((s): s is Sentence => s !== undefined);
    const cells = hits.filter((h) => h.sentence.heading);
    if (describing.length > 0 || cells.length >= TABLE_CELLS_MIN) {
      const best = (describing.length ? [...new Set(describing)] : cells.map((h) => h.sentence)).slice(0, 3);
      return { status: 'met', evidence: best.map((s) => sentenceEvidence(s, 'legitimate_interests')), messageId: 'met' };
    }
    return { status: 'partial', evidence: li.evidence.slice(0, 3), messageId: 'partial' };
  },
};

export default analyzer;
