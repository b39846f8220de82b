/**
 * Reads the search index pagefind writes, without pagefind's 11 KB browser script: the index's own WebAssembly does the
 * searching, the browser's DecompressionStream unpacks the files, and this module passes words in and results out.
 * It speaks the index format of one pagefind version (INDEX_VERSION); for any other, or a browser without
 * DecompressionStream, openSearch loads pagefind's own script instead.
 */

/** The pagefind version whose index this module reads; package.json pins pagefind to it exactly. */
export const INDEX_VERSION = "1.6.0";
/** How many words an excerpt holds, as pagefind's own script gives them. */
export const EXCERPT_WORDS = 30;

/** A run of an excerpt's text, marked when it is a word the reader searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One page found: its address, its title and a short excerpt around the words found. */
export interface SearchResult {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

export interface SearchHits {
  /** Every page that matched, best first; each one's text is fetched when asked for. */
  pages: (() => Promise<SearchResult>)[];
}

export interface SearchIndex {
  search(query: string): Promise<SearchHits>;
}

/** pagefind-entry.json: the index's version, and one index per language. */
export interface IndexEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
  include_characters?: string[];
}

/** Whether this module can read the index `entry` describes in this browser. */
export function canRead(entry: IndexEntry): boolean {
  return entry.version === INDEX_VERSION && typeof DecompressionStream === "function" && typeof WebAssembly === "object";
}

// ---- Words: the query made into the terms the index holds, as pagefind's own script does it. ----

// pagefind's own pattern, kept exactly (anchors and all) so that both read a query alike.
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/** Accents taken off, as the index stores words; kana voicing marks are kept (they change the word). */
export function withoutDiacritics(word: string): string {
  const bare = word.normalize("NFD").replace(/(?![\u3099\u309A])\p{M}/gu, "");
  return /[\u3099\u309A]/.test(bare) ? bare.normalize("NFC") : bare;
}

/**
 * The query as the index reads it: lower case, punctuation out (unless the index keeps that character in words),
 * spaces collapsed. `typed` keeps accents, for ranking exact spellings first; `term` is what is looked up.
 */
export function queryTerms(query: string, keep: readonly string[] = []): { typed: string; term: string } {
  const graphemes =
    typeof Intl.Segmenter === "function"
      ? Array.from(new Intl.Segmenter("en", { granularity: "grapheme" }).segment(query), (s) => s.segment)
      : Array.from(query);
  const kept = graphemes.map((g) => (keep.includes(g) ? g : PUNCTUATION.test(g) ? "" : g.toLocaleLowerCase()));
  const words = kept
    .join("")
    .replace(/\s{2,}/g, " ")
    .trim()
    .split(" ")
    .map((word) => [word, withoutDiacritics(word)] as const)
    .filter(([, bare]) => bare.length > 0);
  return { typed: words.map(([word]) => word).join(" "), term: words.map(([, bare]) => bare).join(" ") };
}

// ---- Excerpts: the densest run of found words in a page's text. ----

/** A found word: its position among the page's words, and how much it counts. */
export interface FoundWord {
  location: number;
  score: number;
}

/** The first word of the `length`-word window holding the most found words (the middle one of equal windows). */
export function excerptStart(found: readonly FoundWord[], length: number): number {
  if (found.length === 0) return 0;
  const weights: number[] = [];
  for (const word of found) weights[word.location] = (weights[word.location] ?? 0) + word.score;
  if (weights.length <= length) return 0;
  let best = 0;
  for (let i = 0; i < length; i += 1) best += weights[i] ?? 0;
  let sum = best;
  let bestAt = [0];
  for (let i = 0; i < weights.length; i += 1) {
    sum += (weights[i + length] ?? 0) - (weights[i] ?? 0);
    if (sum > best) {
      best = sum;
      bestAt = [i];
    } else if (sum === best && bestAt[bestAt.length - 1] === i - 1) {
      bestAt.push(i);
    }
  }
  return bestAt[Math.floor(bestAt.length / 2)] ?? 0;
}

/** `length` words of `content` from `start` (moved back if too near the end), the found words marked. */
export function excerpt(content: string, start: number, length: number, marked: readonly number[]): ExcerptPart[] {
  const byZeroWidthSpace = content.includes("\u200B");
  const words = byZeroWidthSpace ? content.split("\u200B") : content.split(/[^\S\uFEFF]+/);
  const count = Math.min(length, words.length);
  const from = Math.max(0, Math.min(start, words.length - count));
  const marks = new Set(marked);
  const parts: ExcerptPart[] = [];
  const add = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  for (let i = from; i < from + count; i += 1) {
    if (i > from && !byZeroWidthSpace) add(" ", false);
    add(words[i] ?? "", marks.has(i));
  }
  const first = parts[0];
  if (first && !first.mark) first.text = first.text.trimStart();
  const last = parts[parts.length - 1];
  if (last && !last.mark) last.text = last.text.trimEnd();
  return parts.filter((part) => part.text.length > 0);
}

// ---- The index: files, WebAssembly and the calls between them. ----

const SIGNATURE = "pagefind_dcd";

/** A file of the index: gzip-compressed (unless the server already unpacked it), starting with pagefind's signature. */
async function unpack(response: Response): Promise<Uint8Array> {
  if (!response.ok) throw new Error(`The search index answered ${response.status} for ${response.url}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (!signed(bytes)) {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  if (!signed(bytes)) throw new Error(`A search index file is damaged: ${response.url}`);
  return bytes.subarray(SIGNATURE.length);
}

function signed(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;
}

/** The functions pagefind's WebAssembly exports, as this module calls them. Pointers and lengths are numbers. */
interface Engine {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(pointer: number, size: number, align: number): void;
  __wbindgen_start(): void;
  init_pagefind(pointer: number, length: number): number;
  load_index_chunk(index: number, pointer: number, length: number): number;
  request_indexes(index: number, pointer: number, length: number): [number, number];
  search(index: number, ...args: (number | boolean)[]): [number, number];
}

/** Starts the engine; its one import fills the table of JavaScript values it starts with. */
async function startEngine(wasm: Uint8Array): Promise<Engine> {
  // Set before the engine starts, which is when it calls its import.
  const started: { engine?: Engine } = {};
  const imports = {
    "./pagefind_web_bg.js": {
      __wbindgen_init_externref_table() {
        const table = started.engine?.__wbindgen_externrefs;
        if (!table) throw new Error("The search engine started before it was set up");
        const at = table.grow(4);
        table.set(0, undefined);
        table.set(at, undefined);
        table.set(at + 1, null);
        table.set(at + 2, true);
        table.set(at + 3, false);
      },
    },
  };
  const { instance } = await WebAssembly.instantiate(wasm as BufferSource, imports);
  const engine = instance.exports as unknown as Engine;
  started.engine = engine;
  engine.__wbindgen_start();
  return engine;
}

/** Copies bytes into the engine's memory: [pointer, length]. */
function put(engine: Engine, bytes: Uint8Array): [number, number] {
  const pointer = engine.__wbindgen_malloc(bytes.length, 1) >>> 0;
  new Uint8Array(engine.memory.buffer).set(bytes, pointer);
  return [pointer, bytes.length];
}

const encoder = new TextEncoder();
const text = (engine: Engine, value: string) => put(engine, encoder.encode(value));

/** Reads a string the engine returned, and frees it. */
function take(engine: Engine, [pointer, length]: [number, number]): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(engine.memory.buffer, pointer >>> 0, length >>> 0));
  } finally {
    engine.__wbindgen_free(pointer, length, 1);
  }
}

/** A search's answer, in the engine's short field names. */
interface EngineAnswer {
  /** Each page found: its fragment's hash, the fragment group holding it (if any), the words found (location, score). */
  results: { p: string; g?: string; l: { l: number; s: number }[] }[];
}

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
}

/** Loads `key` once: later calls share the first one's promise, unless it failed (a dropped connection), when they try again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let loading = cache.get(key);
  if (!loading) {
    loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
  }
  return loading;
}

/** Opens the index at `base` (which ends in "/"), described by `entry`; rejects if a file is missing or damaged. */
export async function openIndex(base: string, entry: IndexEntry): Promise<SearchIndex> {
  const language = entry.languages["en"] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!language) throw new Error("The search index holds no pages");
  const keep = entry.include_characters ?? [];
  const [meta, wasm] = await Promise.all([
    fetch(`${base}pagefind.${language.hash}.pf_meta`).then(unpack),
    fetch(`${base}wasm.${language.wasm ?? "unknown"}.pagefind`).then(unpack),
  ]);
  const engine = await startEngine(wasm);
  let index = engine.init_pagefind(...put(engine, meta)) >>> 0;
  if (!index) throw new Error("The search index could not be read");

  const chunks = new Map<string, Promise<void>>();
  const loadChunk = (hash: string) =>
    once(chunks, hash, async () => {
      const chunk = await fetch(`${base}index/${hash}.pf_index`).then(unpack);
      index = engine.load_index_chunk(index, ...put(engine, chunk)) >>> 0;
    });
  const fragments = new Map<string, Promise<unknown>>();
  const loadFragment = (hash: string) =>
    once(fragments, hash, async () => {
      const bytes = await fetch(`${base}fragment/${hash}.pf_fragment`).then(unpack);
      return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    });

  return {
    async search(query) {
      const exact = /^\s*".+"\s*$/.test(query);
      const { typed, term } = queryTerms(query, keep);
      if (!term) return { pages: [] };
      const needed = JSON.parse(take(engine, engine.request_indexes(index, ...text(engine, term)))) as string[];
      await Promise.all(needed.filter(Boolean).map(loadChunk));
      const answer = JSON.parse(
        take(
          engine,
          engine.search(index, ...text(engine, term), ...text(engine, typed), ...text(engine, "{}"), ...text(engine, ""), exact, false),
        ),
      ) as EngineAnswer;
      const pages = answer.results.map((result) => async (): Promise<SearchResult> => {
        const loaded = result.g
          ? ((await loadFragment(result.g)) as Record<string, Fragment>)[result.p]
          : ((await loadFragment(result.p)) as Fragment);
        if (!loaded) throw new Error(`The search index has no page ${result.p}`);
        const found = result.l.map((l) => ({ location: l.l, score: l.s }));
        return {
          url: /^(https?:)?\/\//.test(loaded.url) ? loaded.url : `/${loaded.url}`.replace(/\/+/g, "/"),
          title: loaded.meta.title ?? loaded.url,
          excerpt: excerpt(
            loaded.content,
            excerptStart(found, EXCERPT_WORDS),
            EXCERPT_WORDS,
            found.map((f) => f.location),
          ),
        };
      });
      return { pages };
    },
  };
}

/**
 * Opens the index at `base` (which ends in "/"): with openIndex where it can, with pagefind's own script otherwise.
 * The entry file is revalidated each time, so an index rebuilt since the last visit is not read with stale parts.
 */
export async function openSearch(base: string): Promise<SearchIndex> {
  const response = await fetch(`${base}pagefind-entry.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`The search index answered ${response.status}`);
  const entry = (await response.json()) as IndexEntry;
  return canRead(entry) ? openIndex(base, entry) : openWithPagefind(base);
}

/** The parts of pagefind's own browser script used where openIndex cannot read the index. */
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>;
}

/** The same searches through pagefind's own script. */
async function openWithPagefind(base: string): Promise<SearchIndex> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
  // The index is small: searching on the page costs less than fetching pagefind's 12 KB worker.
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  return {
    async search(query) {
      const { results } = await pagefind.search(query);
      const pages = results.map((result) => async (): Promise<SearchResult> => {
        const data = await result.data();
        return { url: data.url, title: data.meta.title ?? data.url, excerpt: excerptParts(data.excerpt) };
      });
      return { pages };
    },
  };
}

/** pagefind's excerpt (HTML with <mark> round the words found) as text runs, keeping nothing else of the markup. */
function excerptParts(html: string): ExcerptPart[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  return Array.from(doc.body.firstChild?.childNodes ?? [], (node) => ({ text: node.textContent ?? "", mark: node.nodeName === "MARK" }));
}
