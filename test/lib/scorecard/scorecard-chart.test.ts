import { describe, expect, it } from "vitest";
import { SERIES } from "~/lib/charts/theme";
import { standings } from "~/lib/scorecard/ranking";
import { scoreBars, scoreChartConfig } from "~/lib/scorecard/scorecard-chart";
import { criterion, scorecard } from "./fixtures";

const theme = { text: "#111", grid: "#ccc", series: SERIES, font: "system-ui" };

describe("scoreBars", () => {
  it("gives ranked candidates a bar in ranking order, rounded as shown, and none to the others", () => {
    const criteria = [criterion("p", { weight: 2 }), criterion("q"), criterion("gate", { nonNegotiable: true })];
    const data = scorecard(
      criteria,
      { a: [3, 5], b: [4, 4], c: [5, 5], d: [2, null] },
      { a: { gate: true }, b: { gate: true }, d: { gate: true } },
    );
    const list = standings(
      data,
      ["a", "b", "c", "d"].map((id) => ({ id, name: id.toUpperCase() })),
    );
    expect(scoreBars(list)).toEqual([
      { name: "B", score: 4 },
      { name: "A", score: 3.67 },
    ]);
  });
});

describe("scoreChartConfig", () => {
  const config = scoreChartConfig(
    [
      { name: "Greenleaf Grocers", score: 4.4 },
      { name: "Harbor City Parks", score: 4 },
    ],
    theme,
  );

  it("draws one horizontal bar per candidate on the 1–5 scale", () => {
    expect(config.type).toBe("bar");
    expect(config.options?.indexAxis).toBe("y");
    expect(config.data.labels).toEqual(["Greenleaf Grocers", "Harbor City Parks"]);
    expect(config.data.datasets[0]?.data).toEqual([4.4, 4]);
    expect(config.options?.scales?.["x"]).toMatchObject({ min: 1, max: 5 });
  });

  it("fills its box, without animation or legend, in the theme's colours", () => {
    expect(config.options?.maintainAspectRatio).toBe(false);
    expect(config.options?.animation).toBe(false);
    expect(config.options?.plugins?.legend?.display).toBe(false);
    expect(config.data.datasets[0]?.backgroundColor).toBe(SERIES[0]);
  });

  it("cuts long names on the axis", () => {
    const long = scoreChartConfig([{ name: "Harbor City Farmers Market Association of the East Side", score: 3 }], theme);
    expect(long.data.labels).toEqual(["Harbor City Farmers Market Asso…"]);
  });
});
