/** Offers `text` to the reader as a downloaded file. */
export function downloadText(filename: string, text: string, type = "application/json"): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Offers a file's contents (a Word document made in the browser) to the reader as a download. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "2026-11-26" for file names, in the reader's own calendar day. */
export function todayStamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
