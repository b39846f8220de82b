import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "~/lib/dates";
import type { Kpi } from "~/lib/kpis/kpis-tool";
import {
  type Status,
  byDate,
  expectedProgress,
  expectedValue,
  formatPercent,
  kpiReport,
  latestMeasurement,
  progress,
  statusOf,
} from "~/lib/kpis/progress";

const margins = { onTrackMargin: 10, atRiskMargin: 25 };

function kpi(change: Partial<Kpi> = {}): Kpi {
  return {
    id: "k",
    name: "Households served",
    level: "output",
    unit: "households",
    direction: "increase",
    baseline: 0,
    target: 400,
    startDate: "2027-03-01",
    targetDate: "2028-02-29",
    source: "",
    method: "",
    frequency: "weekly",
    responsible: "",
    responsibleOrganizationId: null,
    onTrackMargin: 10,
    atRiskMargin: 25,
    measurements: [],
    ...change,
  };
}

describe("progress", () => {
  it.each([
    ["increase, halfway", 0, 400, 200, 0.5],
    ["reference example: 5 → 25, actual 15", 5, 25, 15, 0.5],
    ["decrease: 30 → 10, actual 25", 30, 10, 25, 0.25],
    ["decrease reached", 30, 10, 10, 1],
    ["decrease overshot", 30, 10, 5, 1.25],
    ["worse than baseline", 30, 10, 36, -0.3],
    ["beyond the target", 0, 400, 500, 1.25],
    ["negative values", -10, 10, 0, 0.5],
    ["at baseline", 12, 35, 12, 0],
  ])("%s", (_, baseline, target, actual, expected) => {
    expect(progress(baseline, target, actual)).toBeCloseTo(expected, 12);
  });

  it("has no ratio when the target equals the baseline", () => {
    expect(progress(7, 7, 9)).toBeNull();
    expect(kpiReport(kpi({ baseline: 7, target: 7, measurements: [{ id: "m", date: "2027-06-01", value: 9, note: "" }] }))).toMatchObject({
      progress: null,
      gap: null,
      status: "no-ratio",
    });
  });

  it("is never NaN or infinite, whatever finite figures come in", () => {
    const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, (baseline, target, actual) => {
        const ratio = progress(baseline, target, actual);
        expect(ratio === null || Number.isFinite(ratio)).toBe(true);
        if (target === baseline) expect(ratio).toBeNull();
        // A gap too small to divide by (denormal numbers) also gives no ratio rather than Infinity.
        if (Math.abs(target - baseline) >= 1e-6 && Math.abs(actual - baseline) <= 1e9) expect(ratio).not.toBeNull();
      }),
    );
  });

  it("is 0 at the baseline and 1 at the target, for increases and decreases alike", () => {
    const value = fc.integer({ min: -1_000_000, max: 1_000_000 });
    fc.assert(
      fc.property(value, value, (baseline, target) => {
        fc.pre(baseline !== target);
        expect(progress(baseline, target, baseline)).toBe(0);
        expect(progress(baseline, target, target)).toBe(1);
      }),
    );
  });

  it("grows as the actual moves in the target's direction, for increases and decreases alike", () => {
    const value = fc.integer({ min: -10_000, max: 10_000 });
    fc.assert(
      fc.property(value, value, value, value, (baseline, target, a, b) => {
        fc.pre(baseline !== target && a !== b);
        const towards = (a - b) * (target - baseline) > 0;
        const [pa, pb] = [progress(baseline, target, a) ?? 0, progress(baseline, target, b) ?? 0];
        expect(pa > pb).toBe(towards);
      }),
    );
  });
});

describe("expected progress", () => {
  it.each([
    ["on the start date", "2027-03-01", "2028-02-29", "2027-03-01", 0],
    ["before the start date", "2027-03-01", "2028-02-29", "2026-12-31", 0],
    ["on the target date (29 February of a leap year)", "2027-03-01", "2028-02-29", "2028-02-29", 1],
    ["after the target date", "2027-03-01", "2028-02-29", "2028-03-01", 1],
    ["half of a 365-day plan is not exactly 0.5", "2027-03-01", "2028-02-29", "2027-08-30", 182 / 365],
    ["across 29 February 2028", "2028-02-01", "2028-03-31", "2028-03-01", 29 / 59],
    ["across 28 February 2027 (no leap day)", "2027-02-01", "2027-03-31", "2027-03-01", 28 / 58],
    ["from the last day of a month", "2027-01-31", "2027-03-31", "2027-02-28", 28 / 59],
    ["to the last day of a 31-day month", "2027-07-01", "2027-07-31", "2027-07-16", 15 / 30],
    ["over a century year that is not a leap year", "2099-12-31", "2100-12-31", "2100-03-01", 60 / 365],
    ["over 2000, a leap year", "1999-12-31", "2000-12-31", "2000-03-01", 61 / 366],
  ])("%s", (_, start, end, at, expected) => {
    expect(expectedProgress(start, end, at)).toBeCloseTo(expected, 12);
  });

  it.each([
    ["before", "2027-05-31", 0],
    ["on", "2027-06-01", 1],
    ["after", "2027-06-02", 1],
  ])("start date equal to the target date: %s it", (_, at, expected) => {
    expect(expectedProgress("2027-06-01", "2027-06-01", at)).toBe(expected);
  });

  it.each([["2027-02-30"], ["2027-13-01"], [""], ["1 March 2027"]])("refuses %j as a date", (bad) => {
    expect(expectedProgress("2027-03-01", "2028-02-29", bad)).toBeNull();
    expect(expectedProgress(bad, "2028-02-29", "2027-06-01")).toBeNull();
  });

  it("does not depend on the time zone", () => {
    const zone = process.env["TZ"];
    try {
      for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"]) {
        process.env["TZ"] = tz;
        expect(expectedProgress("2027-03-01", "2028-02-29", "2027-03-02")).toBe(1 / 365);
      }
    } finally {
      process.env["TZ"] = zone;
    }
  });

  it("stays within 0–1 and grows with the date", () => {
    const day = fc.integer({ min: 7305, max: 47_481 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, day, (start, end, a, b) => {
        fc.pre(start <= end);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const e1 = expectedProgress(start, end, early) ?? Number.NaN;
        const e2 = expectedProgress(start, end, late) ?? Number.NaN;
        expect(e1).toBeGreaterThanOrEqual(0);
        expect(e2).toBeLessThanOrEqual(1);
        expect(e2).toBeGreaterThanOrEqual(e1);
        if (start < end && early > start && early < end)
          expect(e1).toBeCloseTo((daysBetween(start, early) ?? 0) / (daysBetween(start, end) ?? 1), 12);
      }),
    );
  });
});

describe("status", () => {
  it.each<[string, number | null, number, Status]>([
    ["achieved at exactly 100%", 1, 0.2, "achieved"],
    ["achieved above 100%, even early", 1.3, 0, "achieved"],
    ["on track ahead of plan", 0.8, 0.5, "on-track"],
    ["on track exactly 10 points behind", 0.4, 0.5, "on-track"],
    ["on track exactly 10 points behind (0.7 − 0.1 rounding)", 0.6, 0.7, "on-track"],
    ["at risk 11 points behind", 0.39, 0.5, "at-risk"],
    ["at risk exactly 25 points behind", 0.25, 0.5, "at-risk"],
    ["off track 26 points behind", 0.24, 0.5, "off-track"],
    ["off track when worse than the baseline", -0.2, 0.1, "off-track"],
    ["on track before the start date at 0%", 0, 0, "on-track"],
    ["no ratio when target equals baseline", null, 0.5, "no-ratio"],
  ])("%s", (_, ratio, expected, status) => {
    expect(statusOf(ratio, expected, margins)).toBe(status);
  });

  it("uses each KPI's own margins", () => {
    expect(statusOf(0.45, 0.5, { onTrackMargin: 0, atRiskMargin: 5 })).toBe("at-risk");
    expect(statusOf(0.2, 0.5, { onTrackMargin: 30, atRiskMargin: 40 })).toBe("on-track");
    expect(statusOf(0.44, 0.5, { onTrackMargin: 5, atRiskMargin: 5 })).toBe("off-track");
  });

  it("follows the rule for random progress, expected progress and margins", () => {
    const points = fc.integer({ min: -200, max: 300 });
    fc.assert(
      fc.property(
        points,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (p, e, a, b) => {
          const m = { onTrackMargin: Math.min(a, b), atRiskMargin: Math.max(a, b) };
          const status = statusOf(p / 100, e / 100, m);
          const expected: Status =
            p >= 100 ? "achieved" : p >= e - m.onTrackMargin ? "on-track" : p >= e - m.atRiskMargin ? "at-risk" : "off-track";
          expect(status).toBe(expected);
        },
      ),
    );
  });

  it("never gets better when progress falls, for random KPIs", () => {
    const rank: Record<Status, number> = { achieved: 4, "on-track": 3, "at-risk": 2, "off-track": 1, "no-data": 0, "no-ratio": 0 };
    const value = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(value, value, value, value, fc.integer({ min: 0, max: 365 }), (baseline, target, a, b, day) => {
        fc.pre(baseline !== target);
        const date = new Date(Date.UTC(2027, 2, 1 + day)).toISOString().slice(0, 10);
        const report = (actual: number) => kpiReport(kpi({ baseline, target, measurements: [{ id: "m", date, value: actual, note: "" }] }));
        const [ra, rb] = [report(a), report(b)];
        if ((ra.progress ?? 0) <= (rb.progress ?? 0)) expect(rank[ra.status]).toBeLessThanOrEqual(rank[rb.status]);
        else expect(rank[ra.status]).toBeGreaterThanOrEqual(rank[rb.status]);
      }),
    );
  });
});

describe("KPI report", () => {
  it("says No data before the first measurement", () => {
    expect(kpiReport(kpi())).toEqual({ latest: null, progress: null, expected: null, gap: null, status: "no-data" });
  });

  it("uses the latest measurement by date, not by entry", () => {
    const report = kpiReport(
      kpi({
        measurements: [
          { id: "b", date: "2027-08-30", value: 200, note: "" },
          { id: "a", date: "2027-04-01", value: 50, note: "" },
        ],
      }),
    );
    expect(report.latest?.id).toBe("b");
    expect(report.progress).toBe(0.5);
    expect(report.expected).toBeCloseTo(182 / 365, 12);
    expect(report.gap).toBeCloseTo(50 - (182 / 365) * 100, 9);
    expect(report.status).toBe("on-track");
  });

  it("takes the measurement entered last among several on the same day", () => {
    const same = [
      { id: "first", date: "2027-05-01", value: 1, note: "" },
      { id: "second", date: "2027-05-01", value: 2, note: "" },
      { id: "older", date: "2027-04-01", value: 3, note: "" },
    ];
    expect(latestMeasurement(same)?.id).toBe("second");
    expect(byDate(same).map((m) => m.id)).toEqual(["older", "first", "second"]);
  });

  it("reads the decrease example right: baseline 30, target 10, actual 25 is 25%", () => {
    const report = kpiReport(
      kpi({ direction: "decrease", baseline: 30, target: 10, measurements: [{ id: "m", date: "2027-06-01", value: 25, note: "" }] }),
    );
    expect(formatPercent(report.progress ?? 0)).toBe("25%");
  });

  it("gives the value expected on a date along the straight path", () => {
    expect(expectedValue(kpi(), "2027-03-01")).toBe(0);
    expect(expectedValue(kpi(), "2028-02-29")).toBe(400);
    expect(expectedValue(kpi({ baseline: 30, target: 10 }), "2030-01-01")).toBe(10);
  });
});

describe("formatPercent", () => {
  it.each([
    [0.5, "50%"],
    [0.25, "25%"],
    [1.25, "125%"],
    [-0.3, "-30%"],
    [-0.004, "0%"],
    [0.125, "13%"],
    [0, "0%"],
  ])("%d → %s", (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });
});
