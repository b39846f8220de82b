import { describe, expect, it } from "vitest";
import { giveDuplicatesNewIds } from "~/lib/storage/repair";

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe("giveDuplicatesNewIds", () => {
  it("leaves data whose ids are all different as it is, the same object", () => {
    const data = { risks: [{ id: "a" }, { id: "b" }], partners: [{ id: "c", rows: [{ id: "d" }] }] };
    const result = giveDuplicatesNewIds(data, ids());
    expect(result.renamed).toBe(0);
    expect(result.data).toBe(data);
  });

  it("gives the second and later rows of a repeated id new ids, within a list and across the lists of one kind", () => {
    const data = {
      risks: [
        { id: "a", title: "first" },
        { id: "a", title: "second" },
        { id: "a", title: "third" },
      ],
      kpis: [
        { id: "k", measurements: [{ id: "a" }, { id: "m" }] },
        { id: "l", measurements: [{ id: "m" }] },
      ],
    };
    const result = giveDuplicatesNewIds(data, ids());
    expect(result.renamed).toBe(3);
    expect(result.data.risks.map((r) => r.id)).toEqual(["a", "new-1", "new-2"]);
    expect(result.data.risks.map((r) => r.title)).toEqual(["first", "second", "third"]);
    expect(result.data.kpis[0]?.measurements.map((m) => m.id)).toEqual(["a", "m"]);
    expect(result.data.kpis[1]?.measurements.map((m) => m.id)).toEqual(["new-3"]);
    expect(data.risks[1]?.id).toBe("a");
  });

  it("never hands out an id that is already taken", () => {
    const data = { rows: [{ id: "x" }, { id: "x" }, { id: "new-1" }] };
    const result = giveDuplicatesNewIds(data, ids());
    expect(new Set(result.data.rows.map((r) => r.id)).size).toBe(3);
  });
});
