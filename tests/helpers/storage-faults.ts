/**
 * Storage faults for the data-safety tests (fake-indexeddb + Dexie): what a full
 * browser storage does to a write, and a snapshot to check that nothing changed.
 */
import type { CreatingHookContext, Table, Transaction } from 'dexie';
import type { LacunaDb } from '../../storage/db';

/** Everything the database holds, ids included: "nothing changed" means this is deep-equal before and after. */
export async function snapshot(db: LacunaDb) {
  return {
    sites: await db.sites.orderBy('id').toArray(),
    reports: await db.reports.orderBy('id').toArray(),
    vendors: await db.vendors.orderBy('origin').toArray(),
    overrides: await db.overrides.toArray(),
  };
}

/** The error a browser raises when the origin's storage quota is used up. */
export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * After a write to `table` succeeds, the browser aborts its transaction for lack of space
 * (transaction.error = QuotaExceededError, through fake-indexeddb's own abort steps, as the spec
 * runs them). Returns the function that removes the fault.
 */
export function abortAfterWrite<T, K>(table: Table<T, K>): () => void {
  const hook = function (this: CreatingHookContext<T, K>, _key: unknown, _row: unknown, tx: Transaction) {
    this.onsuccess = () => (tx.idbtrans as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
  };
  table.hook('creating', hook);
  return () => table.hook('creating').unsubscribe(hook);
}
