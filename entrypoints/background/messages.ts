/**
 * The popup <-> background protocol, and the shape the injected extractor
 * returns. Everything that crosses a context boundary is checked here with
 * hand-written type guards: a message that does not match is rejected with a
 * clear error instead of being half-used. No runtime imports: the popup bundle
 * pulls this file in and must stay free of the analysis code.
 */
import type { Report } from '../../analyzers/types';

/** Ask the background to read the tab's page, analyse it and store the report. */
export interface AnalyzeTabRequest {
  type: 'analyze-tab';
  tabId: number;
}

/** Every request the background accepts. */
export type Request = AnalyzeTabRequest;

/**
 * Sent by the popup as it opens: load the model and compile the lexicons now, while the person
 * has not clicked yet (a stopped service worker otherwise pays for it in the first analysis).
 */
export interface WarmUpRequest {
  type: 'warm-up';
}

/** Whether a message is exactly a warm-up request. */
export function isWarmUpRequest(message: unknown): message is WarmUpRequest {
  return isRecord(message) && message.type === 'warm-up' && Object.keys(message).length === 1;
}

/** Why an analysis did not produce a report. */
export const ERROR_CODES = [
  'invalid-message', // the request did not match the protocol
  'restricted', // the browser forbids scripts on this page (chrome://, web stores, about:)
  'no-access', // no permission for this tab (activeTab not granted: open the popup from the toolbar)
  'empty-page', // the page holds no readable text
  'extraction-failed', // the injected extractor failed or returned something unexpected
  'analysis-failed', // the pipeline threw
  'storage-failed', // the report could not be saved
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure, with a message meant for the user. */
export interface ErrorResponse {
  ok: false;
  error: { code: ErrorCode; message: string };
}

/** A stored analysis. `created` is false when the same text was already stored (no new version). */
export interface AnalyzeTabResponse {
  ok: true;
  reportId: number;
  version: number;
  created: boolean;
  url: string;
  report: Report;
}

/** Every response the background sends. */
export type Response = AnalyzeTabResponse | ErrorResponse;

/** What the injected extractor returns from the page. */
export interface ExtractedPage {
  text: string;
  title: string;
  url: string;
  method: string;
}

/** The result of checking an unknown value. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that a message is a valid request; the error says which field is wrong. */
export function parseRequest(message: unknown): Checked<Request> {
  if (!isRecord(message)) return { ok: false, error: 'Invalid message: expected an object' };
  if (message.type !== 'analyze-tab') {
    return { ok: false, error: `Invalid message: unknown type ${JSON.stringify(message.type)}` };
  }
  const tabId = message.tabId;
  if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) {
    return { ok: false, error: 'Invalid message: tabId must be a non-negative integer' };
  }
  const extra = Object.keys(message).filter((k) => k !== 'type' && k !== 'tabId');
  if (extra.length > 0) return { ok: false, error: `Invalid message: unexpected field(s) ${extra.join(', ')}` };
  return { ok: true, value: { type: 'analyze-tab', tabId } };
}

/** Checks what the injected script returned (the page can interfere with the DOM it reads). */
export function parseExtractedPage(value: unknown): Checked<ExtractedPage> {
  if (!isRecord(value)) return { ok: false, error: 'The page reader returned no result' };
  for (const key of ['text', 'title', 'url', 'method'] as const) {
    if (typeof value[key] !== 'string') return { ok: false, error: `The page reader returned no ${key}` };
  }
  const { text, title, url, method } = value as unknown as ExtractedPage;
  return { ok: true, value: { text, title, url, method } };
}

/** Checks a response in the popup before showing it. */
export function parseResponse(value: unknown): Checked<Response> {
  if (!isRecord(value) || typeof value.ok !== 'boolean') {
    return { ok: false, error: 'No valid answer from the background (is the extension up to date?)' };
  }
  if (value.ok === false) {
    const error = value.error;
    if (
      isRecord(error) &&
      typeof error.message === 'string' &&
      (ERROR_CODES as readonly unknown[]).includes(error.code)
    ) {
      return { ok: true, value: value as unknown as ErrorResponse };
    }
    return { ok: false, error: 'Malformed error from the background' };
  }
  const report = value.report;
  if (
    typeof value.reportId !== 'number' ||
    typeof value.version !== 'number' ||
    typeof value.created !== 'boolean' ||
    typeof value.url !== 'string' ||
    !isRecord(report) ||
    typeof report.score !== 'number' ||
    !Array.isArray(report.checklist)
  ) {
    return { ok: false, error: 'Malformed report from the background' };
  }
  return { ok: true, value: value as unknown as AnalyzeTabResponse };
}

/** Builds an error response. */
export function failure(code: ErrorCode, message: string): ErrorResponse {
  return { ok: false, error: { code, message } };
}
