import { storageKey } from "./storage/keys";

/** Summary of what storage holds for a set of tools, without loading their schemas. */
export function describeSaved(texts: readonly (string | null)[], locale?: string): string {
  let latest = 0;
  let found = false;
  for (const text of texts) {
    if (text === null) continue;
    found = true;
    try {
      const at = (JSON.parse(text) as { savedAt?: unknown }).savedAt;
      if (typeof at === "number" && Number.isFinite(at)) latest = Math.max(latest, at);
    } catch {
      // Unreadable data still counts as saved work; the tool itself explains it.
    }
  }
  if (!found) return "Tool: not started";
  if (latest === 0) return "Tool: work saved";
  const date = new Date(latest).toLocaleDateString(locale, { day: "numeric", month: "short", year: "numeric" });
  return `Tool: work saved, last changed ${date}`;
}

/** Fills every [data-step-status] element with the saved status of the tools it names. */
export function showStepStatus(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-step-status]")) {
    const ids = (element.dataset["stepStatus"] ?? "").split(" ").filter(Boolean);
    try {
      element.textContent = describeSaved(ids.map((id) => localStorage.getItem(storageKey(id))));
    } catch {
      element.textContent = "Tool: saved status unavailable (browser storage is blocked)";
    }
  }
}
