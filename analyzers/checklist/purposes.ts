import type { ChecklistAnalyzer } from '../analyzer';
import { findSentences, evidenceOf, patternsOf } from '../match';
import { compile } from '../lexicon';
import { sentenceEvidence } from '../document';

/** Two distinct purpose statements make a description; one vague phrase does not (WP260 §§ 10-11). */
const MET_MIN = 2;
/** ... or one full sentence of this many words (short layered notices: "Purpose: managing ..."). */
const MET_WORDS = 8;
/** A purposes column header or list title is this short ("Purpose", "Purposes of processing") ... */
const TABLE_HEADER_WORDS = 4;
/** ... and has at least this many short lines (cells or list items) right under it. */
const TABLE_CELLS_MIN = 6;

/** Art. 13(1)(c): Purposes of the processing. */
const analyzer: ChecklistAnalyzer = {
  meta: {
    id: 'purposes',
    article: '13(1)(c)',
    weight: 10,
    description: 'Purposes of the processing.',
    messages: {
      met: 'The purposes of the processing are described ({count} statements).',
      partial: 'Purposes are stated only vaguely (e.g. "to provide our services").',
      missing:
        'No purpose of the processing was found (looked for: "purposes", "we use your data to", "in order to", "finalités", "afin de", "Zweck", "um ... zu", "doeleinden", "finalità", "finalidad").',
    },
  },
  analyze(doc) {
    const patterns = patternsOf(doc, (l) => l.purposes.statements);
    const statements = findSentences(doc, patterns);
    if (statements.length === 0) return { status: 'missing', evidence: [], messageId: 'missing' };
    const vague = compile(patternsOf(doc, (l) => l.purposes.vague));
    const statementRe = compile(patterns);
    // Items listed under a purposes heading ("Purposes and legal bases" / "Gestione della prenotazione: contratto")
    // describe purposes even when they are noun phrases with no purpose wording of their own.
    const listed = doc.sentences
      .filter((s) => !s.heading && s.section !== null && statementRe.test(s.section) && !statementRe.test(s.text))
      .filter((s) => s.text.split(/\s+/u).length >= MET_WORDS)
      .flatMap((sentence) => {
        const match = statementRe.exec(sentence.section ?? '');
        return match ? [{ sentence, match }] : [];
      });
    const specific = [...statements, ...listed]
      .filter((m) => !m.sentence.heading && !vague.test(m.sentence.text))
      .sort((a, b) => a.sentence.index - b.sentence.index);
    const long = specific.some((m) => m.sentence.text.split(/\s+/u).length >= MET_WORDS);
    // A table or list under a short "Purpose(s)" title or column header: its short lines (cells, items) are the purposes.
    const header = statements.find((m) => {
      const s = m.sentence;
      if (!s.heading || s.text.split(/\s+/u).length > TABLE_HEADER_WORDS || vague.test(s.text)) return false;
      const cells = doc.sentences.slice(s.index + 1, s.index + 1 + TABLE_CELLS_MIN);
      return cells.length === TABLE_CELLS_MIN && cells.every((c) => c.heading || c.text.split(/\s+/u).length < MET_WORDS);
    });
    if (header && specific.length < MET_MIN && !long) {
      const cells = doc.sentences.slice(header.sentence.index + 1, header.sentence.index + 3);
      const evidence = [header.sentence, ...cells].map((s) => sentenceEvidence(s, 'purposes'));
      return { status: 'met', evidence, messageId: 'met', data: { count: specific.length + 1 } };
    }
    if (specific.length >= MET_MIN || long) {
      return { status: 'met', evidence: evidenceOf(specific, 'purposes'), messageId: 'met', data: { count: specific.length } };
    }
    return { status: 'partial', evidence: evidenceOf(statements, 'purposes-vague', 2), messageId: 'partial' };
  },
};

export default analyzer;
