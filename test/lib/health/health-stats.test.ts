import { describe, expect, it } from "vitest";
import { healthCsv } from "~/lib/health/health-csv";
import { parseCsv } from "~/lib/csv";
import { SERIES } from "~/lib/charts/theme";
import { buildHealthRadar, radarData } from "~/lib/health/health-chart";
import { setAnswer } from "~/lib/health/health-edits";
import { healthExample } from "~/lib/health/health-example";
import {
  allPartners,
  currentByRound,
  differMost,
  formatChange,
  formatScore,
  overallAverage,
  partnerAverages,
  roundFigures,
  roundScores,
  statementStats,
  trend,
} from "~/lib/health/health-stats";
import { HealthSchema, healthTool } from "~/lib/health/health-tool";
import * as v from "valibot";

const example = healthExample();
const month3 = roundScores(example, "example-round-1");

describe("health check statistics", () => {
  it("averages each statement over the partners who answered", () => {
    const stats = statementStats(month3);
    const fairness = stats.find((s) => s.key === "fairness");
    expect(fairness).toMatchObject({ average: 11 / 3, spread: 3, count: 3 });
    expect(fairness?.scores).toEqual([
      { partner: "Eastside Food Bank", score: 4 },
      { partner: "Harbor City Parks Department", score: 5 },
      { partner: "Greenleaf Grocers", score: 2 },
    ]);
  });

  it("averages each partner over the statements it answered", () => {
    expect(partnerAverages(month3).map((p) => [p.partner, p.average, p.count])).toEqual([
      ["Eastside Food Bank", 4, 10],
      ["Harbor City Parks Department", 3.6, 10],
      ["Greenleaf Grocers", 3, 10],
    ]);
    expect(overallAverage(month3)).toBeCloseTo(106 / 30, 12);
  });

  it("finds where partners differ most, widest first", () => {
    expect(differMost(statementStats(month3)).map((s) => [s.key, s.spread])).toEqual([
      ["fairness", 3],
      ["leadership", 2],
    ]);
    const month9 = statementStats(roundScores(example, "example-round-2"));
    expect(differMost(month9).map((s) => [s.key, s.spread])).toEqual([
      ["fairness", 3],
      ["community", 3],
    ]);
    expect(differMost(month9, 1, 1)).toHaveLength(1);
  });

  it("leaves unanswered statements out and has no spread with one answer", () => {
    let data = healthTool.empty();
    data = { ...data, rounds: [{ id: "r", label: "R", date: "2027-05-01" }], partners: ["A", "B"] };
    data = setAnswer(data, "r", "A", "trust", 4, 1);
    const stats = statementStats(roundScores(data, "r"));
    expect(stats.find((s) => s.key === "trust")).toMatchObject({ average: 4, spread: null, count: 1 });
    expect(stats.find((s) => s.key === "purpose")).toMatchObject({ average: null, spread: null, count: 0 });
    expect(partnerAverages(roundScores(data, "r"))).toEqual([
      { partner: "A", average: 4, count: 1 },
      { partner: "B", average: null, count: 0 },
    ]);
  });

  it("counts a partner that answered without being listed", () => {
    const data = { ...example, partners: ["Eastside Food Bank"] };
    expect(allPartners(data)).toEqual(["Eastside Food Bank", "Harbor City Parks Department", "Greenleaf Grocers"]);
  });

  it("follows each statement over time, rounds in date order", () => {
    const reordered = { ...example, rounds: [...example.rounds].reverse() };
    const t = trend(reordered);
    expect(t.rounds.map((r) => r.label)).toEqual(["Month 3", "Month 9"]);
    const community = t.rows.find((r) => r.key === "community");
    expect(community?.averages.map(formatScore)).toEqual(["2.7", "3.7"]);
    expect(formatChange(community?.averages ?? [])).toBe("+1.0");
    expect(t.overall.map(formatScore)).toEqual(["3.5", "3.9"]);
  });

  it("gives the same trend from a kept grouping of the answers as from the data alone", () => {
    const data = { ...example, rounds: [...example.rounds, { id: "r-late", label: "Month 12", date: "2099-01-31" }] };
    const kept = currentByRound(example.answers);
    expect(trend(data, kept, allPartners(example))).toEqual(trend(data));
    expect(trend(data).overall.at(-1)).toBeNull();
  });

  it("gives the same round figures from a kept grouping of the answers as from the data alone", () => {
    const kept = currentByRound(example.answers);
    for (const round of example.rounds) {
      expect(roundFigures(example, round.id, kept.get(round.id) ?? [], allPartners(example))).toEqual(roundFigures(example, round.id));
    }
  });

  it.each([
    [[3, 2.5], "−0.5"],
    [[3, 3], "0.0"],
    [[null, 3], "–"],
    [[3], "–"],
  ])("writes the change of %j as %s", (values, text) => {
    expect(formatChange(values)).toBe(text);
  });
});

describe("health check CSV", () => {
  it("writes a row per partner and round, then averages and spreads", () => {
    const rows = parseCsv(healthCsv(example));
    expect(rows[0]).toEqual([
      "Round",
      "Round date",
      "Partner",
      "Shared purpose",
      "Trust",
      "Communication",
      "Fair sharing",
      "Decision making",
      "Accountability",
      "Community voice",
      "Learning",
      "Leadership",
      "Satisfaction",
      "Average",
    ]);
    expect(rows).toHaveLength(1 + 2 * 5);
    expect(rows[3]).toEqual(["Month 3", "2027-05-31", "Greenleaf Grocers", "4", "3", "3", "2", "3", "4", "2", "3", "3", "3", "3"]);
    expect(rows[4]?.slice(2, 7)).toEqual(["Average of all partners", "4.33", "3.67", "3.33", "3.67"]);
    expect(rows[5]?.slice(2, 7)).toEqual(["Spread (highest − lowest)", "1", "1", "1", "3"]);
  });

  it("neutralises partner names that look like formulas and leaves unanswered cells empty", () => {
    const data = { rounds: [{ id: "r", label: "=cmd", date: "2027-05-01" }], partners: ["+Evil"], answers: [] };
    const rows = parseCsv(healthCsv(setAnswer(data, "r", "+Evil", "trust", 5, 1)));
    expect(rows[1]?.slice(0, 6)).toEqual(["'=cmd", "2027-05-01", "'+Evil", "", "5", ""]);
  });
});

describe("health radar chart", () => {
  it("draws one series per answering partner, gaps for unanswered statements", () => {
    const data = setAnswer(
      { rounds: [{ id: "r", label: "R", date: "2027-05-01" }], partners: ["A", "B"], answers: [] },
      "r",
      "A",
      "purpose",
      5,
      1,
    );
    const radar = radarData(roundScores(data, "r"));
    expect(radar.labels).toHaveLength(10);
    expect(radar.series).toEqual([{ name: "A", values: [5, null, null, null, null, null, null, null, null, null] }]);
    const config = buildHealthRadar(radar, { text: "#000", grid: "#ccc", series: SERIES, font: "serif" });
    expect(config.type).toBe("radar");
    expect(config.options).toMatchObject({ maintainAspectRatio: false, animation: false, scales: { r: { min: 0, max: 5 } } });
    expect(config.data.datasets[0]).toMatchObject({ label: "A", spanGaps: true });
  });
});

describe("health check definition and example", () => {
  it("is registered for step 8 and the example passes its schema", () => {
    expect(healthTool).toMatchObject({ id: "health", step: 8, version: 1, title: "Partnership health check" });
    expect(v.safeParse(HealthSchema, example).success).toBe(true);
    expect(healthTool.summarize(example)).toBe("3 partners, 2 rounds, 60 answers");
    expect(healthTool.summarize(healthTool.empty())).toBe("");
  });

  it("refuses a score outside 1–5 and a fractional timestamp", () => {
    const [first] = example.answers;
    expect(v.safeParse(HealthSchema, { ...example, answers: [{ ...first, score: 0 }] }).success).toBe(false);
    expect(v.safeParse(HealthSchema, { ...example, answers: [{ ...first, answeredAt: 1.5 }] }).success).toBe(false);
  });

  it("matches the KPI example's partner satisfaction figures", () => {
    const satisfaction = trend(example).rows.find((r) => r.key === "satisfaction");
    expect(satisfaction?.averages.map((a) => Math.round((a ?? 0) * 100) / 100)).toEqual([3.67, 4]);
  });
});
