import { describe, expect, it } from "vitest";
import { csvWhen } from "~/lib/exports";

describe("csvWhen", () => {
  it("offers the table while it has rows, and writes the file only then", () => {
    const written: number[][] = [];
    const table = csvWhen(
      "rows",
      (rows: number[]) => rows.length > 0,
      (rows) => (written.push(rows), rows.join("\n")),
    );
    expect(table.name).toBe("rows");
    expect(table.available?.([])).toBe(false);
    expect(table.csv([])).toBeNull();
    expect(written).toEqual([]);
    expect(table.available?.([1, 2])).toBe(true);
    expect(table.csv([1, 2])).toBe("1\n2");
    expect(written).toEqual([[1, 2]]);
  });
});
