import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { measurementsCsv, trackingCsv } from "~/lib/kpis/kpis-csv";
import { kpisExample } from "~/lib/kpis/kpis-example";
import type { Kpi } from "~/lib/kpis/kpis-tool";

const [households, , , travel] = kpisExample().kpis as [Kpi, Kpi, Kpi, Kpi];

describe("KPI CSV", () => {
  it("writes one tracking row per KPI with progress as a number", () => {
    const rows = parseCsv(trackingCsv(kpisExample().kpis));
    expect(rows).toHaveLength(11);
    const [header, first] = rows;
    expect(header?.slice(0, 4)).toEqual(["KPI", "Level", "Unit", "Direction"]);
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect(cell("KPI")).toBe("Different households shopping at the market each month");
    expect(cell("Latest actual")).toBe("345");
    expect(cell("Progress (%)")).toBe("86.3");
    expect(cell("Status")).toBe("On track");
  });

  it("leaves progress empty before the first measurement and says No data", () => {
    const rows = parseCsv(trackingCsv([{ ...households, measurements: [] }]));
    const [header, row] = rows;
    expect(row?.[header?.indexOf("Progress (%)") ?? -1]).toBe("");
    expect(row?.[header?.indexOf("Status") ?? -1]).toBe("No data");
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    const evil = {
      ...households,
      name: '=HYPERLINK("http://x")',
      responsible: "@SUM(A1)",
      measurements: [{ id: "m", date: "2027-04-01", value: -6, note: "+cmd" }],
    };
    const tracking = trackingCsv([evil]);
    expect(tracking).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(tracking).toContain("'@SUM(A1)");
    const measurements = parseCsv(measurementsCsv([evil]));
    expect(measurements[1]).toEqual(['\'=HYPERLINK("http://x")', "2027-04-01", "-6", "households", "40.66", "-1.5", "'+cmd"]);
  });

  it("lists measurements in date order with the value expected on each date", () => {
    const rows = parseCsv(measurementsCsv([travel]));
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ["Average distance to buy fresh produce", "2027-05-31", "1.7"],
      ["Average distance to buy fresh produce", "2027-08-31", "1.6"],
    ]);
    expect(Number(rows[1]?.[4])).toBe(Math.round((1.8 - (91 / 365) * 1.2) * 100) / 100);
  });
});
