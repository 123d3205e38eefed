/**
 * Storage failures people can act on, recognised without importing Dexie: the
 * background's save and the dashboard's import both name a full storage as such.
 */

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * True when a storage failure means the browser's storage for the extension is
 * full. The error arrives as the DOMException itself (a failed write request),
 * as Dexie's wrapper of it (same name, the DOMException in `inner`), as an
 * AbortError whose `inner` is the quota error (the transaction aborted at
 * commit), or inside a BulkError's `failures`; old Firefox names it
 * NS_ERROR_DOM_QUOTA_REACHED.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}
