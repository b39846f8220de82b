import { describe, expect, it } from "vitest";
import { csvLabel, exportFileName } from "~/lib/exports";
import { kpisExports } from "~/lib/kpis/kpis-exports";
import type { KpisData } from "~/lib/kpis/kpis-tool";
import { kpisExample } from "~/lib/kpis/kpis-example";

describe("the tracker's downloads", () => {
  it("are the KPI tracker and the measurements, and a printout", () => {
    expect(kpisExports.csv.map((t) => csvLabel(t.name))).toEqual(["Download the KPI tracker (CSV)", "Download the measurements (CSV)"]);
    expect(kpisExports.csv.map((t) => exportFileName(t.name, "2027-07-01", "csv"))).toEqual([
      "pivotpath-kpi-tracker-2027-07-01.csv",
      "pivotpath-measurements-2027-07-01.csv",
    ]);
    expect(kpisExports.print).toBe(true);
  });

  it("offer nothing while there is nothing to download", () => {
    const empty: KpisData = { kpis: [] };
    const unmeasured: KpisData = { kpis: kpisExample().kpis.map((k) => ({ ...k, measurements: [] })) };
    expect(kpisExports.csv.map((t) => t.csv(empty))).toEqual([null, null]);
    expect(kpisExports.csv.map((t) => t.csv(unmeasured) === null)).toEqual([false, true]);
    expect(kpisExports.csv.every((t) => typeof t.csv(kpisExample()) === "string")).toBe(true);
    for (const data of [empty, unmeasured, kpisExample()]) {
      expect(kpisExports.csv.map((t) => t.available?.(data))).toEqual(kpisExports.csv.map((t) => t.csv(data) !== null));
    }
  });
});
