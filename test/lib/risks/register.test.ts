import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ENTRY_ORDER,
  type RiskRow,
  bandCounts,
  cellNumbers,
  describePage,
  filterRows,
  firstNumbers,
  keepInPlace,
  meetingList,
  mitigationIncreases,
  nextOrder,
  numbered,
  pageOf,
  scoreIn,
  sortRows,
} from "~/lib/risks/register";
import { DEFAULT_LIMITS } from "~/lib/risks/scoring";
import { aRisk } from "../../support/risk-fixtures";

// Inherent scores 6, 20, 6, 1; residual scores 4, 12, 2, 1.
const rows = numbered([
  aRisk({ likelihood: 2, impact: 3, residualLikelihood: 2, residualImpact: 2 }),
  aRisk({ likelihood: 4, impact: 5, residualLikelihood: 3, residualImpact: 4 }),
  aRisk({ likelihood: 3, impact: 2, residualLikelihood: 1, residualImpact: 2 }),
  aRisk({ likelihood: 1, impact: 1, residualLikelihood: 1, residualImpact: 1 }),
]);
const order = (sorted: { number: number }[]) => sorted.map((r) => r.number);

describe("numbered", () => {
  it("numbers risks from 1 in entry order", () => {
    expect(order(rows)).toEqual([1, 2, 3, 4]);
  });
});

describe("sortRows", () => {
  it.each([
    [ENTRY_ORDER, [1, 2, 3, 4]],
    [{ key: "number", direction: "descending" }, [4, 3, 2, 1]],
    // 1 and 3 tie on 6; 1 has the higher residual score (4 against 2).
    [{ key: "inherent", direction: "descending" }, [2, 1, 3, 4]],
    [{ key: "inherent", direction: "ascending" }, [4, 3, 1, 2]],
    [{ key: "residual", direction: "descending" }, [2, 1, 3, 4]],
    [{ key: "residual", direction: "ascending" }, [4, 3, 1, 2]],
  ] as const)("%j → %j", (sortOrder, expected) => {
    expect(order(sortRows(rows, sortOrder))).toEqual(expected);
  });

  it("returns a permutation ordered by score, whatever the risks", () => {
    const level = fc.integer({ min: 1, max: 5 });
    const arbitraryRisk = fc
      .record({ likelihood: level, impact: level, residualLikelihood: level, residualImpact: level })
      .map((r) => aRisk(r));
    fc.assert(
      fc.property(fc.array(arbitraryRisk, { maxLength: 30 }), fc.constantFrom("inherent" as const, "residual" as const), (risks, key) => {
        const sorted = sortRows(numbered(risks), { key, direction: "descending" });
        expect(order(sorted).sort((a, b) => a - b)).toEqual(risks.map((_, i) => i + 1));
        for (let i = 1; i < sorted.length; i++) {
          const [before, after] = [sorted[i - 1], sorted[i]];
          if (before && after) expect(scoreIn(before.risk, key)).toBeGreaterThanOrEqual(scoreIn(after.risk, key));
        }
      }),
    );
  });
});

describe("nextOrder", () => {
  it.each([
    [ENTRY_ORDER, "inherent", { key: "inherent", direction: "descending" }],
    [{ key: "inherent", direction: "descending" }, "inherent", { key: "inherent", direction: "ascending" }],
    [{ key: "inherent", direction: "ascending" }, "residual", { key: "residual", direction: "descending" }],
    [{ key: "residual", direction: "descending" }, "number", { key: "number", direction: "ascending" }],
    [ENTRY_ORDER, "number", { key: "number", direction: "descending" }],
  ] as const)("from %j, sorting by %s gives %j", (current, key, expected) => {
    expect(nextOrder(current, key)).toEqual(expected);
  });
});

describe("filterRows", () => {
  it.each([
    [null, [1, 2, 3, 4]],
    [{ view: "inherent", likelihood: 4, impact: 5 }, [2]],
    [{ view: "inherent", likelihood: 3, impact: 4 }, []],
    [{ view: "residual", likelihood: 3, impact: 4 }, [2]],
    [{ view: "residual", likelihood: 1, impact: 1 }, [4]],
  ] as const)("%j keeps %j", (cell, expected) => {
    expect(order(filterRows(rows, cell))).toEqual(expected);
  });
});

describe("cellNumbers", () => {
  it("lists each cell's risk numbers in a view", () => {
    const twoInOneCell = numbered([
      aRisk({ likelihood: 4, impact: 5 }),
      aRisk({ likelihood: 1, impact: 2 }),
      aRisk({ likelihood: 4, impact: 5 }),
    ]);
    const cells = cellNumbers(twoInOneCell, "inherent");
    expect(cells.get("4-5")).toEqual([1, 3]);
    expect(cells.get("1-2")).toEqual([2]);
    expect(cells.get("5-5")).toBeUndefined();
  });

  it("places risks by their residual levels in the residual view", () => {
    expect(cellNumbers(rows, "residual").get("3-4")).toEqual([2]);
  });
});

describe("bandCounts", () => {
  it("counts risks per band before and after mitigation", () => {
    expect(
      bandCounts(
        rows.map((r) => r.risk),
        DEFAULT_LIMITS,
      ),
    ).toEqual([
      { band: "low", inherent: 1, residual: 2 },
      { band: "moderate", inherent: 2, residual: 1 },
      { band: "high", inherent: 0, residual: 1 },
      { band: "extreme", inherent: 1, residual: 0 },
    ]);
  });

  it("follows custom limits", () => {
    const counts = bandCounts(
      rows.map((r) => r.risk),
      { low: 1, moderate: 2, high: 4 },
    );
    expect(counts.map((c) => c.inherent)).toEqual([1, 0, 0, 3]);
  });
});

describe("mitigationIncreases", () => {
  it.each([
    [{ likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 2 }, false],
    [{ likelihood: 3, impact: 3, residualLikelihood: 3, residualImpact: 3 }, false],
    [{ likelihood: 3, impact: 3, residualLikelihood: 4, residualImpact: 1 }, true],
    [{ likelihood: 3, impact: 3, residualLikelihood: 1, residualImpact: 5 }, true],
  ])("%j → %s", (levels, expected) => {
    expect(mitigationIncreases(aRisk(levels))).toBe(expected);
  });
});

describe("meetingList", () => {
  const list = numbered([
    aRisk({ residualLikelihood: 2, residualImpact: 2 }),
    aRisk({ residualLikelihood: 3, residualImpact: 4, review: "2027-06-01" }),
    aRisk({ residualLikelihood: 4, residualImpact: 4, status: "closed" }),
    aRisk({ residualLikelihood: 4, residualImpact: 3, review: "2027-05-01" }),
    aRisk({ residualLikelihood: 4, residualImpact: 3 }),
    aRisk({ residualLikelihood: 5, residualImpact: 5, status: "mitigating" }),
  ]);

  it("keeps open High and Extreme residual risks, highest first, earliest review first, no date last", () => {
    expect(order(meetingList(list, DEFAULT_LIMITS))).toEqual([6, 4, 2, 5]);
  });

  it("stops at the given number", () => {
    expect(order(meetingList(list, DEFAULT_LIMITS, 2))).toEqual([6, 4]);
  });

  it("is empty when nothing open stays High after mitigation", () => {
    const calm = numbered([
      aRisk({ residualLikelihood: 5, residualImpact: 5, status: "closed" }),
      aRisk({ residualLikelihood: 2, residualImpact: 3 }),
    ]);
    expect(meetingList(calm, DEFAULT_LIMITS)).toEqual([]);
  });

  it("follows custom limits", () => {
    expect(order(meetingList(list, { low: 10, moderate: 16, high: 24 }))).toEqual([6]);
  });
});

describe("pageOf and describePage", () => {
  const many = numbered(Array.from({ length: 120 }, (_, i) => aRisk({ id: `p${i}` })));
  it.each([
    [0, 0, 1, 50, "Showing 1–50 of 120 risks."],
    [1, 1, 51, 100, "Showing 51–100 of 120 risks."],
    [2, 2, 101, 120, "Showing 101–120 of 120 risks."],
    [9, 2, 101, 120, "Showing 101–120 of 120 risks."],
    [-1, 0, 1, 50, "Showing 1–50 of 120 risks."],
  ])("page %i of 50 rows shows page %i, rows %i–%i", (asked, page, first, last, text) => {
    const shown = pageOf(many, asked, 50);
    expect(shown).toMatchObject({ page, pages: 3, first, last, total: 120 });
    expect(shown.rows[0]?.number).toBe(first);
    expect(shown.rows).toHaveLength(last - first + 1);
    expect(describePage(shown)).toBe(text);
  });

  it.each([
    [[], "No risks to show."],
    [numbered([aRisk()]), "Showing all 1 risk."],
    [numbered(Array.from({ length: 1000 }, () => aRisk())), "Showing 1–25 of 1,000 risks."],
  ])("describes %#", (rows, text) => {
    expect(describePage(pageOf(rows, 0))).toBe(text);
  });
});

describe("keepInPlace", () => {
  const rows = numbered([aRisk({ id: "k1" }), aRisk({ id: "k2" }), aRisk({ id: "k3" })]);
  const ids = (list: RiskRow[]) => list.map((r) => r.risk.id);
  it.each([
    ["moved in the order", [rows[1], rows[2], rows[0]], "k1", 0, ["k1", "k2", "k3"]],
    ["filtered out", [rows[1], rows[2]], "k1", 0, ["k1", "k2", "k3"]],
    ["already there", rows, "k2", 1, ["k1", "k2", "k3"]],
    ["past the end", [rows[0]], "k3", 5, ["k1", "k3"]],
    ["deleted", [rows[0]], "gone", 0, ["k1"]],
  ])("keeps the edited row where it was when %s", (_, shown, id, index, expected) => {
    expect(ids(keepInPlace(shown as RiskRow[], rows, id, index))).toEqual(expected);
  });
});

describe("firstNumbers", () => {
  it.each([
    [[1, 2, 3], 8, [1, 2, 3], 0],
    [[1, 2, 3, 4, 5], 3, [1, 2, 3], 2],
  ])("%j with at most %i shown", (numbers, max, shown, more) => {
    expect(firstNumbers(numbers, max)).toEqual({ shown, more });
  });
});
