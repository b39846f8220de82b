// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import KpiTool from "~/islands/KpiTool";
import { healthExample } from "~/lib/health/health-example";
import { roundScores, trend } from "~/lib/health/health-stats";
import { healthTool } from "~/lib/health/health-tool";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { kpiReport } from "~/lib/kpis/progress";
import { liveStore } from "~/lib/storage/live-stores";

// Count the calls each render makes: a KPI card and a tracker row compute kpiReport, the health results roundScores and trend.
vi.mock("~/lib/kpis/progress", async (original) => {
  const real = await original<typeof import("~/lib/kpis/progress")>();
  return { ...real, kpiReport: vi.fn(real.kpiReport) };
});
vi.mock("~/lib/health/health-stats", async (original) => {
  const real = await original<typeof import("~/lib/health/health-stats")>();
  return { ...real, roundScores: vi.fn(real.roundScores), trend: vi.fn(real.trend) };
});

const reports = vi.mocked(kpiReport);
const healthFigures = () => vi.mocked(roundScores).mock.calls.length + vi.mocked(trend).mock.calls.length;

beforeEach(() => {
  liveStore(kpisTool).update(() => kpisExample());
  liveStore(healthTool).update(() => healthExample());
  liveStore(kpisTool).flush();
  liveStore(healthTool).flush();
});

/** Renders the tool filled with both examples and forgets the calls made so far. */
async function renderFilled() {
  render(<KpiTool />);
  await screen.findByRole("table", { name: /KPI tracker/ });
  await screen.findByRole("table", { name: /Health check scores, Month 9/ });
  vi.clearAllMocks();
}

const kpiCount = () => kpisExample().kpis.length;

describe("what a change re-renders", () => {
  it("an answer in the health check re-renders its results, not the KPI tracker", async () => {
    await renderFilled();
    const fairness = screen.getByRole("group", { name: /^4\. Fair sharing/ });
    fireEvent.click(within(fairness).getByRole("radio", { name: /^1 / }));
    const scores = screen.getByRole("table", { name: /Health check scores, Month 9/ });
    await waitFor(() =>
      expect(within(within(scores).getByRole("row", { name: /Fair sharing/ })).getAllByRole("cell")[0]?.textContent).toBe("1"),
    );
    expect(healthFigures()).toBeGreaterThan(0);
    expect(reports).not.toHaveBeenCalled();
  });

  it("a finished save re-renders neither section", async () => {
    await renderFilled();
    liveStore(kpisTool).update((d) => ({ ...d }));
    liveStore(healthTool).update((d) => ({ ...d }));
    await screen.findByText("Saving…");
    vi.clearAllMocks();
    liveStore(kpisTool).flush();
    liveStore(healthTool).flush();
    await screen.findByText("All changes saved in this browser.");
    expect(reports).not.toHaveBeenCalled();
    expect(healthFigures()).toBe(0);
  });

  it("typing in the Add KPI form re-renders only the form", async () => {
    await renderFilled();
    fireEvent.input(screen.getByLabelText("Baseline", { exact: true }), { target: { value: "12" } });
    fireEvent.input(screen.getByLabelText("On track within (points)", { exact: true }), { target: { value: "15" } });
    await waitFor(() => expect((screen.getByLabelText("Baseline", { exact: true }) as HTMLInputElement).value).toBe("12"));
    expect(reports).not.toHaveBeenCalled();
    expect(healthFigures()).toBe(0);
  });

  it("adding a partner to the health check re-renders no KPI card", async () => {
    await renderFilled();
    fireEvent.input(screen.getByLabelText("Partner name"), { target: { value: "Riverside Library" } });
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    await screen.findByRole("option", { name: "Riverside Library" });
    expect(reports).not.toHaveBeenCalled();
  });

  it("a new measurement recomputes only the KPI it belongs to", async () => {
    await renderFilled();
    const kpi = kpisExample().kpis.at(-1);
    fireEvent.input(screen.getByLabelText("Date", { exact: true }), { target: { value: "2027-12-31" } });
    fireEvent.input(screen.getByLabelText("Actual value", { exact: true }), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Add measurement" }));
    await waitFor(() => expect(reports).toHaveBeenCalled());
    expect(new Set(reports.mock.calls.map(([k]) => k.id))).toEqual(new Set([kpi?.id]));
    // Its tracker row and its card, not one call per KPI.
    expect(reports.mock.calls.length).toBeLessThan(kpiCount());
  });
});
