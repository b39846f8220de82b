import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { limitMessage, readWithSchema } from "~/lib/form-read/form-read";
import { requiredText, text } from "~/lib/schema-parts";

const Schema = v.object({ name: requiredText(10), note: text(5), kind: v.picklist(["a", "b"]) });
const labels = { name: "The name", note: "The note", kind: "The kind" };

describe("readWithSchema", () => {
  it("gives the parsed value when every field passes", () => {
    expect(readWithSchema(Schema, { name: "  Ada ", note: "", kind: "a" }, labels)).toEqual({
      ok: true,
      value: { name: "Ada", note: "", kind: "a" },
    });
  });
  it.each([
    [{ name: " ", note: "", kind: "a" }, { name: "The name must not be empty." }],
    [{ name: "Ada", note: "too long", kind: "a" }, { note: "The note must be at most 5 characters." }],
    [{ name: "Ada", note: "", kind: "z" }, { kind: "Choose the kind from the list." }],
    [
      { name: "", note: "123456", kind: "a" },
      { name: "The name must not be empty.", note: "The note must be at most 5 characters." },
    ],
  ])("words each refusal for its field: %j", (candidate, errors) => {
    expect(readWithSchema(Schema, candidate, labels)).toEqual({ ok: false, errors });
  });
  it("keeps errors found before and lets them win", () => {
    const read = readWithSchema(Schema, { name: "", note: "", kind: "a" }, labels, { name: "Mine.", note: "Also mine." });
    expect(read).toEqual({ ok: false, errors: { name: "Mine.", note: "Also mine." } });
  });
});

describe("limitMessage", () => {
  it.each([
    [49, null],
    [50, "You have 50 stakeholders, the most the map holds."],
    [51, "You have 50 stakeholders, the most the map holds."],
  ])("%d of 50 → %s", (count, expected) => expect(limitMessage(count, 50, "stakeholders", "the map")).toBe(expected));
});
