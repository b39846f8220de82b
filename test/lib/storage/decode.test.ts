import { describe, expect, it } from "vitest";
import { decodeRecord, decodeStoredText, encodeRecord, savedAtOf } from "~/lib/storage/decode";
import { findHostileContent } from "~/lib/storage/hostile";
import { notesTool, record } from "../../support/sample-tool";

describe("decodeStoredText", () => {
  it.each([
    ["version 1", record(1, { items: ["a", "b"] })],
    ["version 2", record(2, { notes: ["a", "b"] })],
    [
      "version 3",
      record(3, {
        notes: [
          { text: "a", stars: 0 },
          { text: "b", stars: 0 },
        ],
      }),
    ],
  ])("migrates %s to the current format", (_, text) => {
    const result = decodeStoredText(notesTool, text);
    expect(result).toMatchObject({
      ok: true,
      version: 3,
      data: {
        notes: [
          { text: "a", stars: 0 },
          { text: "b", stars: 0 },
        ],
      },
    });
  });

  it("says when data was migrated", () => {
    expect(decodeStoredText(notesTool, record(1, { items: [] }))).toMatchObject({ ok: true, migrated: true });
    expect(decodeStoredText(notesTool, record(3, { notes: [] }))).toMatchObject({ ok: true, migrated: false });
  });

  it.each([
    ["not JSON", "{oops", "unreadable"],
    ["a bare number", "42", "invalid"],
    ["another app's record", JSON.stringify({ app: "other", tool: "notes", version: 1, savedAt: 1, data: {} }), "invalid"],
    ["another tool's record", record(3, { notes: [] }, 1, "risks"), "invalid"],
    ["a newer version", record(4, { notes: [] }), "newer"],
    ["version 0", record(0, { notes: [] }), "invalid"],
    ["data that fails the schema", record(3, { notes: [{ text: 5, stars: 0 }] }), "invalid"],
    ["data a migration cannot read", record(1, { nothing: true }), "invalid"],
    ["text over the limit", record(3, { notes: [{ text: "x".repeat(51), stars: 0 }] }), "invalid"],
    ["a prototype key", `{"app":"pivotpath","tool":"notes","version":3,"savedAt":1,"data":{"notes":[],"__proto__":{"x":1}}}`, "invalid"],
    ["a control character", record(3, { notes: [{ text: "a\u0000b", stars: 0 }] }), "invalid"],
  ])("refuses %s", (_, text, reason) => {
    const result = decodeStoredText(notesTool, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/^Notes/);
    }
  });

  it("keeps HTML and script text as ordinary text", () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script> שלום 🎉';
    const result = decodeStoredText(notesTool, record(3, { notes: [{ text: text.slice(0, 50), stars: 1 }] }));
    expect(result).toMatchObject({ ok: true, data: { notes: [{ text: text.slice(0, 50) }] } });
  });
});

describe("encodeRecord", () => {
  it("writes an envelope that decodes back to the same data", () => {
    const data = { notes: [{ text: "hello", stars: 2 }] };
    const encoded = encodeRecord(notesTool, data, 1234);
    expect(encoded.ok).toBe(true);
    if (encoded.ok) {
      expect(JSON.parse(encoded.text)).toEqual({ app: "pivotpath", tool: "notes", version: 3, savedAt: 1234, data });
      expect(decodeRecord(notesTool, JSON.parse(encoded.text))).toMatchObject({ ok: true, data, savedAt: 1234 });
    }
  });

  it("never stores a control character, which loading would refuse: a pasted office line break becomes a space", () => {
    const data = {
      notes: [
        { text: "Riverside\u000BFood Bank", stars: 1 },
        { text: "bell\u0007 and\u0085 next line", stars: 2 },
      ],
    };
    const encoded = encodeRecord(notesTool, data, 1);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    const decoded = decodeStoredText(notesTool, encoded.text);
    expect(decoded).toMatchObject({
      ok: true,
      data: {
        notes: [
          { text: "Riverside Food Bank", stars: 1 },
          { text: "bell and next line", stars: 2 },
        ],
      },
    });
    // The data in memory is left as it was.
    expect(data.notes[0]?.text).toBe("Riverside\u000BFood Bank");
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("refuses to store %s", (stars) => {
    expect(encodeRecord(notesTool, { notes: [{ text: "a", stars }] }, 1).ok).toBe(false);
  });
});

describe("savedAtOf", () => {
  it.each([
    [record(3, {}, 77), 77],
    ["{bad", null],
    [null, null],
    ['{"savedAt":"soon"}', null],
  ])("reads %s as %s", (text, expected) => {
    expect(savedAtOf(text)).toBe(expected);
  });
});

describe("findHostileContent", () => {
  it.each([
    [{ a: "plain", b: ["<b>bold</b>", "tab\there", "line\nbreak"] }, null],
    [JSON.parse('{"constructor":1}'), 'it holds a field named "constructor", which this guide never writes'],
    [["\u001b[31m"], "a text holds invisible control characters, which this guide never writes"],
  ])("judges %j", (value, expected) => {
    expect(findHostileContent(value)).toBe(expected);
  });

  it("refuses nesting deeper than any export", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(findHostileContent(deep)).toMatch(/nested deeper/);
  });
});
