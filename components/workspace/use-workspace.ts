import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type ReportRow } from '../../storage/db';
import type { ItemOverride, VendorInfo } from '../../workspace/types';
import { latestReports } from './store';

/** Everything the list views need, live: newest version of each page, vendors, overrides. */
export interface WorkspaceData {
  latest: Array<ReportRow & { versions: number }>;
  vendors: VendorInfo[];
  overrides: ItemOverride[];
}

/** Live view of the workspace (undefined while loading). */
export function useWorkspace(): WorkspaceData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [latest, vendors, overrides] = await Promise.all([latestReports(db), db.vendors.toArray(), db.overrides.toArray()]);
    return { latest, vendors, overrides };
  }, []);
}
