import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findByName, nameProblem, namesAreUnique, nameKey, sameName, tidyName } from "~/lib/organizations/names";

describe("nameKey", () => {
  it.each([
    ["plain", "Greenleaf Grocers", "greenleaf grocers"],
    ["spaces collapsed and trimmed", "  Harbor \t City\n Parks  ", "harbor city parks"],
    ["full-width letters (NFKC)", "ＧＲＥＥＮＬＥＡＦ", "greenleaf"],
    ["a ligature (NFKC)", "ﬁsh co-op", "fish co-op"],
    ["zero-width space", "Green\u200Bleaf", "greenleaf"],
    ["byte-order mark and word joiner", "\uFEFFGreen\u2060leaf", "greenleaf"],
    ["soft hyphen", "Green\u00ADleaf", "greenleaf"],
    ["bidirectional controls", "\u202EGreenleaf\u202C", "greenleaf"],
    ["zero-width joiners", "Green\u200Dleaf\u200C", "greenleaf"],
    ["no-break space", "Harbor\u00A0City", "harbor city"],
    ["German sharp s folds like SS", "Straße", "strasse"],
    ["composed and decomposed accents", "Cafe\u0301", "café"],
    ["only invisible characters", "\u200B\u200D ", ""],
  ])("%s", (_, name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("matches names that differ only in case, width and hidden characters", () => {
    expect(sameName("STRASSE", "straße")).toBe(true);
    expect(sameName("Eastside Food Bank", "eastside  food\u200B bank ")).toBe(true);
    expect(sameName("Eastside Food Bank", "Westside Food Bank")).toBe(false);
  });
});

describe("tidyName", () => {
  it.each([
    ["  Harbor   City\tParks ", "Harbor City Parks"],
    ["Green\u200Bleaf\uFEFF", "Greenleaf"],
    ["\u202Eevil\u202C", "evil"],
    ["می\u200Cخواهم", "می\u200Cخواهم"],
    ["ＡＢＣ", "ＡＢＣ"],
  ])("%j → %j", (name, tidy) => {
    expect(tidyName(name)).toBe(tidy);
  });
});

const items = [
  { id: "a", name: "Greenleaf Grocers" },
  { id: "b", name: "Harbor City Parks Department" },
];

describe("findByName and namesAreUnique", () => {
  it("finds a name whatever its case or spacing, leaving out the item being renamed", () => {
    expect(findByName(items, " greenleaf  GROCERS")?.id).toBe("a");
    expect(findByName(items, "Greenleaf Grocers", "a")).toBeUndefined();
  });

  it.each([
    [[], true],
    [items, true],
    [[...items, { id: "c", name: "GREENLEAF grocers" }], false],
  ])("%j unique: %s", (list, unique) => {
    expect(namesAreUnique(list)).toBe(unique);
  });
});

describe("nameProblem", () => {
  const rule = { noun: "organization", max: 20, limit: { count: 3, plural: "organizations" } };
  it.each([
    ["New Partner", items, undefined, null],
    ["  ", items, undefined, "Write the name of the organization."],
    ["\u200B", items, undefined, "Write the name of the organization."],
    ["x".repeat(21), items, undefined, "Keep the name to 20 characters or fewer."],
    ["greenleaf grocers", items, undefined, "“Greenleaf Grocers” is already in the list."],
    ["greenleaf grocers", items, "a", null],
    ["Third", [...items, { id: "c", name: "C" }], undefined, "The list holds at most 3 organizations; remove one before adding another."],
    ["Renamed", [...items, { id: "c", name: "C" }], "c", null],
  ] as const)("%j", (name, list, exceptId, problem) => {
    expect(nameProblem(name, list, rule, exceptId)).toBe(problem);
  });
});

describe("name properties", () => {
  const tricky = fc.constantFrom(
    "A",
    "a",
    "ß",
    "SS",
    " ",
    "\t",
    "\u200B",
    "\u200D",
    "\uFEFF",
    "\u202E",
    "Ａ",
    "ﬁ",
    "e\u0301",
    "é",
    "İ",
    "Σ",
    "ς",
  );
  const names = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join("")),
  );

  it("nameKey and tidyName are idempotent, and a tidy name matches what was typed", () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(nameKey(nameKey(name))).toBe(nameKey(name));
        expect(tidyName(tidyName(name))).toBe(tidyName(name));
        expect(sameName(tidyName(name), name)).toBe(true);
        expect(nameKey(name)).toBe(nameKey(name).trim());
      }),
      { numRuns: 2000 },
    );
  });

  it("a name that tidies to nothing is refused; any other is either new or a named twin", () => {
    const rule = { noun: "organization", max: 120, limit: { count: 30, plural: "organizations" } };
    fc.assert(
      fc.property(fc.array(names, { maxLength: 5 }), names, (existing, name) => {
        const items = existing.map((n, i) => ({ id: `i${i}`, name: n }));
        const problem = nameProblem(name, items, rule);
        if (tidyName(name) === "") expect(problem).toBe("Write the name of the organization.");
        else if (findByName(items, name)) expect(problem).toMatch(/is already in the list/);
        else if (tidyName(name).length <= 120) expect(problem).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
