import type { SearchIndex, SearchResult } from "./search-index";

const MAX_RESULTS = 8;
/**
 * How long typing pauses before the box searches. A reader who types a key every quarter of a second is still typing a
 * word, and a search on its first letters would show and announce results for a word nobody asked for.
 */
export const SETTLE_MS = 450;
let loading: Promise<SearchIndex> | null = null;

/** Opens the search index on first use only, so pages ship no search code until the reader searches. */
function loadIndex(): Promise<SearchIndex> {
  loading ??= import("./search-index").then((reader) => reader.openSearch("/pagefind/"));
  // A failed start (a dropped connection) is tried again on the next search.
  loading.catch(() => (loading = null));
  return loading;
}

interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
}

/** Wires the header search box: "/" focuses it, typing searches once it settles, Enter goes to the results, Escape closes them. */
export function startSearch(root: HTMLElement): void {
  const form = root.querySelector("form");
  const input = root.querySelector("input");
  const panel = root.querySelector<HTMLElement>(".site-search__panel");
  const status = root.querySelector<HTMLElement>(".site-search__status");
  const list = root.querySelector<HTMLElement>(".site-search__results");
  if (!form || !input || !panel || !status || !list) return;

  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest("input, textarea, select, [contenteditable]");
    if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
  input.addEventListener("focus", () => void loadIndex().catch(() => undefined), { once: true });
  root.addEventListener("focusout", (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !root.contains(next)) panel.hidden = true;
  });
  searchAsTyped({ form, input, panel, status, list });
}

/** Searches for what is typed once typing pauses for SETTLE_MS, or at once on Enter. */
function searchAsTyped({ form, input, panel, status, list }: Parts): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = "";
  const show = async (query: string) => {
    panel.hidden = false;
    status.textContent = "Searching…";
    try {
      const index = await loadIndex();
      const found = await index.search(query);
      if (input.value.trim() !== query) return;
      const results = await Promise.all(found.pages.slice(0, MAX_RESULTS).map((page) => page()));
      list.replaceChildren(...results.map(resultItem));
      const count = found.pages.length;
      status.textContent = count === 0 ? `No results for “${query}”.` : `${count} ${count === 1 ? "result" : "results"} for “${query}”.`;
      shown = query;
    } catch {
      status.textContent = "Search is not available right now. The guide's eight steps are listed on the home page.";
    }
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      panel.hidden = true;
      return;
    }
    timer = setTimeout(() => void show(query), SETTLE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    clearTimeout(timer);
    panel.hidden = true;
    input.value = "";
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const query = input.value.trim();
    if (query && (query !== shown || panel.hidden)) await show(query);
    list.querySelector("a")?.focus();
  });
}

/** One result: its page's title as a link, then the excerpt with the words found highlighted. */
function resultItem(result: SearchResult): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.title;
  const excerpt = document.createElement("p");
  for (const part of result.excerpt) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(link, excerpt);
  return item;
}
