/** Offers `text` to the reader as a downloaded file. */
export function downloadText(filename: string, text: string, type = "application/json"): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/**
 * How long the file's temporary address stays valid after the click. The browser reads the file from it after the
 * click has returned, later still on a busy or slow device; released too soon, the download silently never starts.
 * FileSaver.js waits 40 s for the same reason.
 */
export const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/** Offers `blob` to the reader as a downloaded file. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}

/** "2026-11-26" for file names, in the reader's own calendar day. */
export function todayStamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
