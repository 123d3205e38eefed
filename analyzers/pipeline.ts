import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { formatMessage, type Facts } from './analyzer';
import { CHECKLIST } from './checklist';
import { buildDocument, type PolicyDocument } from './document';
import { EXTRACTORS } from './extractors';
import { computeScore } from './score';
import { SCHEMA_VERSION, type ChecklistItem, type Lang, type Report } from './types';

/** What the pipeline needs to know about where a text came from. */
export interface AnalysisInput {
  /** The analysed text: evidence offsets point into it. */
  text: string;
  url: string;
  title?: string;
  /** Forces a language instead of detecting it. */
  language?: Lang;
  /** Clock, injectable for stable tests. */
  now?: () => Date;
}

/**
 * sha256 hex of a string (its UTF-8 bytes). Synchronous (@noble/hashes): WebCrypto's digest is
 * asynchronous, and waiting for it cost the analysis a turn of the event loop, longer than hashing.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Runs every extractor over a parsed document. */
export function extractFacts(doc: PolicyDocument): Facts {
  const facts = {} as Facts;
  for (const key of Object.keys(EXTRACTORS) as Array<keyof Facts>) {
    (facts as unknown as Record<string, unknown>)[key] = EXTRACTORS[key].extract(doc);
  }
  return facts;
}

/** Runs the 14 checklist analyzers over a document and its facts. */
export function runChecklist(doc: PolicyDocument, facts: Facts): ChecklistItem[] {
  return CHECKLIST.map((analyzer) => {
    const result = analyzer.analyze(doc, facts);
    const template = analyzer.meta.messages[result.messageId] ?? result.messageId;
    return {
      id: analyzer.meta.id,
      article: analyzer.meta.article,
      status: result.status,
      evidence: result.evidence,
      note: formatMessage(template, result.data),
    };
  });
}

/** The synchronous core: text in, report out (contentHash left empty). */
export function analyzeDocument(doc: PolicyDocument, input: Omit<AnalysisInput, 'text'>): Report {
  const facts = extractFacts(doc);
  const checklist = runChecklist(doc, facts);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      url: input.url,
      title: input.title ?? '',
      analyzedAt: (input.now?.() ?? new Date()).toISOString(),
      contentHash: '',
    },
    language: doc.language,
    isPrivacyPolicy: facts.isPrivacyPolicy,
    controller: facts.controller,
    dpo: facts.dpo,
    legalBases: facts.legalBases,
    rights: facts.rights,
    retention: facts.retention,
    transfers: facts.transfers,
    recipients: facts.recipients,
    checklist,
    score: computeScore(checklist),
  };
}

/** Analyses a policy text into a full Report. Pure apart from the clock. */
export async function analyzeText(input: AnalysisInput): Promise<Report> {
  const doc = buildDocument(input.text, input.language);
  const report = analyzeDocument(doc, input);
  report.source.contentHash = sha256Hex(input.text);
  return report;
}

/** A report for an input that could not be read: same shape, empty findings, the reason in `error`. */
export function errorReport(url: string, message: string, now: () => Date = () => new Date()): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { url, title: '', analyzedAt: now().toISOString(), contentHash: '' },
    language: 'und',
    isPrivacyPolicy: false,
    controller: { name: null, address: null, emails: [], phones: [], registrationNumber: null, evidence: [] },
    dpo: { mentioned: false, emails: [], evidence: [] },
    legalBases: [],
    rights: [],
    retention: [],
    transfers: { outsideEEA: null, countries: [], safeguards: [], evidence: [] },
    recipients: [],
    checklist: [],
    score: 0,
    error: message,
  };
}
