import type { ChartConfiguration } from "chart.js";
import { describe, expect, it } from "vitest";
import { legendItems } from "~/lib/charts/legend";
import { loadChart } from "~/lib/charts/load-chart";

const chart = (datasets: object[], options: object = {}) =>
  ({ type: "bar", data: { labels: [], datasets }, options }) as unknown as ChartConfiguration;

describe("legendItems", () => {
  it.each([
    ["line colours first", [{ label: "Actual", borderColor: "#111", backgroundColor: "#222" }], [{ label: "Actual", color: "#111" }]],
    ["fill colours otherwise", [{ label: "Inherent", backgroundColor: "#333" }], [{ label: "Inherent", color: "#333" }]],
    ["the first of per-bar colours", [{ label: "Cash", backgroundColor: ["#444", "#555"] }], [{ label: "Cash", color: "#444" }]],
    ["no unnamed series", [{ backgroundColor: "#666" }], []],
  ])("takes %s", (_, datasets, expected) => {
    expect(legendItems(chart(datasets))).toEqual(expected);
  });

  it("gives no legend where the chart turns it off", () => {
    expect(legendItems(chart([{ label: "A", borderColor: "#000" }], { plugins: { legend: { display: false } } }))).toEqual([]);
  });
});

describe("loadChart", () => {
  it("refuses chart types whose parts are not registered", async () => {
    await expect(loadChart("pie")).rejects.toThrow(/No chart.js parts/);
  });
});
