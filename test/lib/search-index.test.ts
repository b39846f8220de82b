import { describe, expect, it } from "vitest";
import { INDEX_VERSION, canRead, excerpt, excerptStart, queryTerms, withoutDiacritics } from "~/lib/search-index";

describe("queryTerms", () => {
  it("lower-cases, drops punctuation and collapses spaces, as the index stores words", () => {
    expect(queryTerms("  Risk,   MATRIX! ")).toEqual({ typed: "risk matrix", term: "risk matrix" });
    expect(queryTerms("cost-sharing (fair)")).toEqual({ typed: "costsharing fair", term: "costsharing fair" });
  });

  it("looks up words without accents and keeps the typed spelling for ranking", () => {
    expect(queryTerms("Café résumé")).toEqual({ typed: "café résumé", term: "cafe resume" });
  });

  it("keeps characters the index keeps inside words", () => {
    expect(queryTerms("e-mail", ["-"])).toEqual({ typed: "e-mail", term: "e-mail" });
    expect(queryTerms("e-mail")).toEqual({ typed: "email", term: "email" });
  });

  it("gives nothing to look up for punctuation alone", () => {
    expect(queryTerms(" ?! … ").term).toBe("");
  });
});

describe("withoutDiacritics", () => {
  it("takes accents off but keeps the kana voicing marks, which change the word", () => {
    expect(withoutDiacritics("naïve")).toBe("naive");
    expect(withoutDiacritics("が")).toBe("が");
  });
});

const found = (...locations: number[]) => locations.map((location) => ({ location, score: 1 }));

describe("excerptStart", () => {
  it("starts at the first word when the text is short or nothing was found", () => {
    expect(excerptStart([], 30)).toBe(0);
    expect(excerptStart(found(3, 10), 30)).toBe(0);
  });

  it("starts the window that holds the most found words", () => {
    // Words 100, 104 and 108 in one place, one word at 40: the window starts after 40 and takes in all three.
    const start = excerptStart(found(40, 100, 104, 108), 30);
    expect(start).toBeGreaterThan(40);
    expect(start).toBeLessThanOrEqual(100);
    expect(start + 30).toBeGreaterThan(108);
  });
});

describe("excerpt", () => {
  const words = Array.from({ length: 50 }, (_, i) => `w${i}`).join(" ");

  it("gives `length` words from the start, the found words marked", () => {
    expect(excerpt(words, 10, 4, [11, 12])).toEqual([
      { text: "w10 ", mark: false },
      { text: "w11", mark: true },
      { text: " ", mark: false },
      { text: "w12", mark: true },
      { text: " w13", mark: false },
    ]);
  });

  it("moves back from the end to give a whole excerpt, and takes all of a shorter text", () => {
    expect(excerpt(words, 48, 3, []).map((p) => p.text)).toEqual(["w47 w48 w49"]);
    expect(excerpt("only two", 0, 30, [1])).toEqual([
      { text: "only ", mark: false },
      { text: "two", mark: true },
    ]);
  });

  it("counts words between zero-width spaces where the index split them so, and joins them without spaces", () => {
    expect(excerpt("一\u200B二\u200B三", 0, 30, [1])).toEqual([
      { text: "一", mark: false },
      { text: "二", mark: true },
      { text: "三", mark: false },
    ]);
  });

  it("keeps markup in the text as text", () => {
    expect(excerpt("a <b>bold</b> claim", 0, 30, [])).toEqual([{ text: "a <b>bold</b> claim", mark: false }]);
  });
});

describe("canRead", () => {
  const entry = (version: string) => ({ version, languages: { en: { hash: "en_1", wasm: "en", page_count: 8 } } });

  it("reads the index of the pinned pagefind version only", () => {
    expect(canRead(entry(INDEX_VERSION))).toBe(true);
    expect(canRead(entry("1.7.0"))).toBe(false);
  });
});
