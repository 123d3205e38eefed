/** The dashboard's pages, addressed by the URL fragment so links and the back button work. */
export type Route =
  | { page: 'vendors' }
  | { page: 'compare'; ids: number[] }
  | { page: 'report'; id: number }
  | { page: 'history'; url: string };

/** Reads a route from a location hash (#/report/12, #/compare/1,2, #/history/<encoded url>). */
export function parseRoute(hash: string): Route {
  const m = hash.replace(/^#\/?/, '').match(/^([^/]*)\/?(.*)$/s);
  const page = m?.[1] ?? '';
  const arg = m?.[2] ?? '';
  if (page === 'report' && /^\d+$/.test(arg)) return { page: 'report', id: Number(arg) };
  if (page === 'compare') return { page: 'compare', ids: arg.split(',').filter((x) => /^\d+$/.test(x)).map(Number) };
  if (page === 'history' && arg) {
    try {
      return { page: 'history', url: decodeURIComponent(arg) };
    } catch {
      return { page: 'vendors' };
    }
  }
  return { page: 'vendors' };
}
