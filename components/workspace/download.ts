/** Offers text as a file download from an extension page (no network, a blob URL revoked right after). */
export function downloadText(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe date stamp: 2026-11-22. */
export function dateStamp(d = new Date()): string {
  return d.toISOString().slice(0, 10);
}
