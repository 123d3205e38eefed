import type { ChecklistAnalyzer, ChecklistResult } from '../analyzer';
import { sentenceEvidence, type PolicyDocument, type Sentence } from '../document';
import { compile } from '../lexicon';
import { findSentences, patternsOf } from '../match';

/**
 * Art. 13(2)(f): whether automated decision-making, including profiling, takes
 * place and, if it does, the logic involved and its significance and consequences.
 * Met: a statement that it does not happen, or a description with logic or
 * consequences. Partial: it is only mentioned (or only listed as a right), or
 * profiling is described without being named (WP260: grouping or profiling
 * people by their interests or behaviour is profiling).
 */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'automated_decisions',
    article: '13(2)(f)',
    weight: 3,
    description: 'Automated decision-making and profiling, with the logic involved.',
    messages: {
      metNone: 'States that no automated decision-making or profiling takes place.',
      metLogic: 'Describes automated decision-making or profiling with its logic or consequences.',
      partial:
        'Automated decision-making or profiling is mentioned, but neither ruled out nor explained (looked for: the logic involved, significance, consequences, human review, or "we do not ...").',
      partialDescribed:
        'Profiling is described (people grouped or profiled by interests or behaviour) without being named, and neither its logic nor its consequences are given (looked for: profiling, automated decisions, the logic involved, consequences).',
      missing:
        'Nothing says whether automated decision-making or profiling takes place (looked for: automated decision(-making), profiling, Art. 22).',
    },
  },
  analyze(doc) {
    const ignore = compile(patternsOf(doc, (l) => l.obligations.automatedIgnore));
    // Cookie profiling and "with or without automated means" (the definition of processing) are not Art. 22 decisions.
    const mentions = findSentences(doc, patternsOf(doc, (l) => l.obligations.automated)).filter((m) => !ignore.test(m.sentence.text));
    const none = compile(patternsOf(doc, (l) => l.obligations.automatedNone));
    if (mentions.length === 0) return profilingDescribed(doc, ignore, none);
    const logic = compile(patternsOf(doc, (l) => l.obligations.automatedLogic));
    const rights = compile(patternsOf(doc, (l) => l.rights.context));
    const right = compile(patternsOf(doc, (l) => l.rights.rights.automated_decision));
    // A right "not to be subject to automated decisions" says nothing about whether they happen.
    const statements = mentions.filter((m) => !rights.test(m.sentence.text) && !right.test(m.sentence.text));
    // "We do not make decisions based solely on automated processing" borrows the
    // right's wording but is a statement about practice: only a rights framing excludes it.
    const negated = mentions.find((m) => none.test(m.sentence.text) && !rights.test(m.sentence.text));
    if (negated) return { status: 'met', evidence: [sentenceEvidence(negated.sentence, 'automated_decisions')], messageId: 'metNone' };
    // Under a rights heading, "the logic involved" is the Art. 15 access right restated, not a description.
    // A heading after body text ("Automated decisions" right after the rights section) starts its own topic.
    const newTopic = (s: Sentence) => s.heading && doc.sentences[s.index - 1]?.heading === false;
    const described = statements.filter((m) => newTopic(m.sentence) || !(m.sentence.section && rights.test(m.sentence.section)));
    const explained = described.find((m) => {
      if (logic.test(m.sentence.text)) return true;
      const next = doc.sentences[m.sentence.index + 1];
      return next !== undefined && logic.test(next.text);
    });
    if (explained) return { status: 'met', evidence: [sentenceEvidence(explained.sentence, 'automated_decisions')], messageId: 'metLogic' };
    return { status: 'partial', evidence: mentions.slice(0, 3).map((m) => sentenceEvidence(m.sentence, 'automated_decisions')), messageId: 'partial' };
  },
};

/**
 * No sentence names automated decisions or profiling. One that does it in substance ("we group users
 * with similar interests", "interest profiles", "customer segments") still tells the reader that
 * profiling happens, without the logic or consequences Art. 13(2)(f) asks for: partial. Saying it is
 * not done ("we do not build interest profiles") answers the question.
 */
function profilingDescribed(doc: PolicyDocument, ignore: RegExp, none: RegExp): ChecklistResult {
  const found = findSentences(doc, patternsOf(doc, (l) => l.obligations.automatedProfiling)).filter((m) => !ignore.test(m.sentence.text));
  if (found.length === 0) return { status: 'missing', evidence: [], messageId: 'missing' };
  const negated = found.find((m) => none.test(m.sentence.text));
  if (negated) return { status: 'met', evidence: [sentenceEvidence(negated.sentence, 'automated_decisions')], messageId: 'metNone' };
  return { status: 'partial', evidence: found.slice(0, 3).map((m) => sentenceEvidence(m.sentence, 'automated_decisions')), messageId: 'partialDescribed' };
}

export default analyzer;
