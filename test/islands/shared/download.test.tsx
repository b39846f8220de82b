// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadText } from "~/islands/shared/download";

describe("downloadText", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("clicks a link to the file and keeps the file's address valid for a slow device to start the download", () => {
    vi.useFakeTimers();
    const revoked: string[] = [];
    vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:pivotpath/file");
    vi.spyOn(URL, "revokeObjectURL").mockImplementation((url) => void revoked.push(url));
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute("href") ?? "", download: this.download });
    });

    downloadText("risks-2026-11-28.csv", "Title\r\nFlood\r\n", "text/csv");

    expect(clicked).toEqual([{ href: "blob:pivotpath/file", download: "risks-2026-11-28.csv" }]);
    expect(document.querySelector("a[download]")).toBeNull();
    // A busy phone may take seconds to read the file after the click; the address must outlive that.
    vi.advanceTimersByTime(30_000);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(revoked).toEqual(["blob:pivotpath/file"]);
  });
});
