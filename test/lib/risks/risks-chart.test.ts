import { describe, expect, it } from "vitest";
import { SERIES } from "~/lib/charts/theme";
import { bandChartConfig } from "~/lib/risks/risks-chart";

const theme = { text: "#111", grid: "#ccc", series: SERIES, font: "system-ui" };

describe("bandChartConfig", () => {
  const config = bandChartConfig(
    [
      { band: "low", inherent: 1, residual: 3 },
      { band: "moderate", inherent: 2, residual: 4 },
      { band: "high", inherent: 5, residual: 1 },
      { band: "extreme", inherent: 2, residual: 0 },
    ],
    theme,
  );

  it("draws grouped bars per band, inherent beside residual", () => {
    expect(config.type).toBe("bar");
    expect(config.data.labels).toEqual(["Low", "Moderate", "High", "Extreme"]);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [1, 2, 5, 2],
      [3, 4, 1, 0],
    ]);
  });

  it("fills its box, without animation, in the theme's colours", () => {
    expect(config.options?.maintainAspectRatio).toBe(false);
    expect(config.options?.animation).toBe(false);
    expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([SERIES[0], SERIES[1]]);
  });
});
