import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { chartPasses, overloads } from "~/lib/raci/raci-checks";
import { raciCsv } from "~/lib/raci/raci-csv";
import { raciExample } from "~/lib/raci/raci-example";
import { RaciSchema, letterAt } from "~/lib/raci/raci-tool";

/** The worked example's table in content/guide/roles.mdx, as rows of [task, letters by column]. */
function guideTable(): { columns: string[]; rows: string[][] } {
  const text = readFileSync(join(import.meta.dirname, "../../../content/guide/roles.mdx"), "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith("| Task | PD"));
  const cells = (line: string) =>
    line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
  const columns = cells(lines[start] ?? "").slice(1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(cells(line));
  }
  return { columns, rows };
}

describe("the RACI example", () => {
  it("is valid and passes its own checks", () => {
    const data = raciExample();
    expect(v.safeParse(RaciSchema, data).success).toBe(true);
    expect(chartPasses(data)).toBe(true);
    expect(data.people.find((p) => p.name === "Strategic group")?.group).toBe(true);
  });

  it("is the chart the guide prints, letter for letter", () => {
    const data = raciExample();
    const { columns, rows } = guideTable();
    expect(columns).toEqual(["PD", "SS", "PM", "MC", "NE", "SG"]);
    expect(rows).toHaveLength(data.tasks.length);
    rows.forEach(([task, ...letters], i) => {
      const row = data.tasks[i];
      expect(row?.name.split(" ")[0]).toBe(task?.split(" ")[0]);
      expect(data.people.map((p) => letterAt(data, row?.id ?? "", p.id))).toEqual(letters);
    });
  });

  it("would flag the market coordinator at the default limit of 5", () => {
    const data = { ...raciExample(), overloadLimit: 5 };
    expect(overloads(data).map((o) => [o.person.name, o.responsible])).toEqual([["Market coordinator", 6]]);
  });

  it("downloads as CSV with a row per task and no problems", () => {
    const lines = raciCsv(raciExample()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe(
      "Task,Programs director,Site supervisor,Produce manager,Market coordinator,Nutrition educator,Strategic group (group),Checks",
    );
  });
});
