// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import KpiTool from "~/islands/KpiTool";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { liveStore } from "~/lib/storage/live-stores";
import { largestKpis } from "../support/largest/kpis";
import { watchRenders } from "../support/renders";

const label = (text: string) => screen.getByLabelText(text, { exact: true });
const type = (text: string, value: string) => fireEvent.input(label(text), { target: { value } });

function addKpi(fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    const field = label(name);
    if (field instanceof HTMLSelectElement) fireEvent.change(field, { target: { value } });
    else fireEvent.input(field, { target: { value } });
  }
  fireEvent.click(screen.getByRole("button", { name: "Add KPI" }));
}

function addMeasurement(date: string, value: string) {
  type("Date", date);
  type("Actual value", value);
  fireEvent.click(screen.getByRole("button", { name: "Add measurement" }));
}

const households = {
  "KPI name": "Households served",
  Unit: "households",
  Baseline: "0",
  Target: "400",
  "Start date": "2027-03-01",
  "Target date": "2028-02-29",
};

async function tracker() {
  return within(await screen.findByRole("table", { name: /KPI tracker/ }, { timeout: 5000 }));
}

// A test's pending save must not land in the next test's storage.
afterEach(() => liveStore(kpisTool).dispose());

const stored = () => JSON.parse(localStorage.getItem(`pivotpath:${kpisTool.id}`) ?? "null")?.data;

describe("KPI tracker", { timeout: 15_000 }, () => {
  it("adds a KPI and a measurement and shows progress, expected progress and status", async () => {
    render(<KpiTool />);
    addKpi(households);
    expect(screen.getByText("Added KPI 1, “Households served”.")).toBeTruthy();
    const table = await tracker();
    expect(table.getByRole("rowheader", { name: /Households served/ })).toBeTruthy();
    expect(table.getByText("No data")).toBeTruthy();
    addMeasurement("2027-06-30", "200");
    await waitFor(() => expect(table.getByText("50%")).toBeTruthy());
    // 121 of the plan's 365 days have passed on 30 June 2027: 33% expected, so 17 points ahead.
    const cells = table.getAllByRole("cell").map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(["0", "400"]);
    expect(cells[2]).toMatch(/^200 .*2027$/);
    expect(cells.slice(3)).toEqual(["50%", "33%", "On track 17 points ahead"]);
    await waitFor(() => expect(stored()?.kpis?.[0]?.measurements).toHaveLength(1), { timeout: 4000 });
  });

  it("shows the value expected by each measurement in the KPI's unit, rounded as its figures are", async () => {
    render(<KpiTool />);
    addKpi(households);
    addMeasurement("2027-06-30", "200");
    fireEvent.click(await screen.findByRole("button", { name: "Table of the 1 measurement of KPI 1" }));
    const table = within(screen.getByRole("table", { name: /Measurements of KPI 1/ }));
    // 121 / 365 of the way from 0 to 400 is 132.6: a KPI counted in whole households expects 133 households.
    expect(table.getAllByRole("cell").map((c) => c.textContent)).toEqual([
      "200 households",
      "133 households",
      "50%",
      "",
      "Delete the measurement of Jun 30, 2027 from KPI 1",
    ]);
  });

  it("says a KPI a point from its expected progress is about as expected, not behind", async () => {
    render(<KpiTool />);
    addKpi({ ...households, Target: "100", "Target date": "2027-12-27" });
    // 146 of 301 days: 48.5% expected; 48 households is 48%.
    addMeasurement("2027-07-25", "48");
    const table = await tracker();
    await waitFor(() =>
      expect(
        table
          .getAllByRole("cell")
          .map((c) => c.textContent)
          .slice(3),
      ).toEqual(["48%", "49%", "On track about as expected"]),
    );
  });

  it("refuses bad input at the field, with a message, and adds nothing", async () => {
    render(<KpiTool />);
    addKpi({ ...households, "KPI name": "  ", Baseline: "lots", "Target date": "2027-02-01" });
    const name = label("KPI name");
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(name.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Give the KPI a name.");
    expect(label("Baseline").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("The target date must not be before the start date.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(screen.queryByRole("table", { name: /KPI tracker/ })).toBeNull();
  });

  it("refuses a measurement dated outside any sane range", () => {
    render(<KpiTool />);
    addKpi(households);
    addMeasurement("2400-01-01", "12");
    expect(screen.getByText("Enter a date between 1990 and 2100.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Table of the/ })).toBeNull();
  });

  it("flags a decrease KPI whose target is above its baseline, in the form and in the tracker", async () => {
    render(<KpiTool />);
    addKpi({ ...households, "KPI name": "Travel distance", Direction: "decrease", Baseline: "1", Target: "2" });
    const table = await tracker();
    expect(table.getByText(/should decrease, but its target is above its baseline/)).toBeTruthy();
    fireEvent.change(label("Direction"), { target: { value: "decrease" } });
    type("Baseline", "1");
    type("Target", "3");
    expect(screen.getByText(/Check the direction or the figures/)).toBeTruthy();
  });

  it("shows text as text, never as markup", async () => {
    render(<KpiTool />);
    addKpi({ ...households, "KPI name": "<img src=x onerror=alert(1)>" });
    const table = await tracker();
    expect(table.getByRole("rowheader").textContent).toContain("<img src=x onerror=alert(1)>");
    expect(document.querySelector("img")).toBeNull();
  });

  it("edits a KPI as the reader types, through labels of its own, and refuses a target date before the start date there", async () => {
    render(<KpiTool />);
    addKpi(households);
    fireEvent.click(await screen.findByRole("button", { name: "Edit KPI 1" }));
    type("Target of KPI 1", "200");
    const table = await tracker();
    await waitFor(() => expect(table.getAllByRole("cell")[1]?.textContent).toBe("200"));
    await waitFor(() => expect(stored()?.kpis?.[0]?.target).toBe(200), { timeout: 4000 });
    type("Target date of KPI 1", "2027-01-31");
    const date = label("Target date of KPI 1");
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(date.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "The target date must not be before the start date.",
    );
    expect((date as HTMLInputElement).value).toBe("2027-01-31");
    type("Baseline of KPI 1", `-1${"0".repeat(20)}`);
    fireEvent.click(screen.getByRole("button", { name: "Done editing KPI 1" }));
    await waitFor(() => expect(stored()?.kpis?.[0]).toMatchObject({ targetDate: "2028-02-29", target: 200 }), { timeout: 4000 });
  });

  it("deletes a KPI and brings it back with Undo", async () => {
    render(<KpiTool />);
    addKpi(households);
    fireEvent.click(await screen.findByRole("button", { name: "Delete KPI 1" }));
    await waitFor(() => expect(screen.queryByRole("table", { name: /KPI tracker/ })).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("table", { name: /KPI tracker/ })).toBeTruthy();
  });

  it("loads the example with every status word and clears only after asking", async () => {
    render(<KpiTool />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    const table = await tracker();
    for (const word of ["Achieved", "On track", "At risk", "Off track", "No data"])
      expect(table.getAllByText(word).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(screen.getByRole("table", { name: /KPI tracker/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Yes, delete all/ }));
    await waitFor(() => expect(screen.queryByRole("table", { name: /KPI tracker/ })).toBeNull());
  });

  it("offers the tracker and the measurements as CSV, and a printout, in the toolbar", () => {
    render(<KpiTool />);
    for (const name of ["Download the KPI tracker (CSV)", "Download the measurements (CSV)", "Print"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
    expect(screen.queryByRole("button", { name: /health check/i })).toBeNull();
  });
});

describe("at the largest size (50 KPIs with 60 measurements each)", { timeout: 30_000 }, () => {
  const renders = watchRenders();
  beforeEach(() => {
    localStorage.setItem(`pivotpath:${kpisTool.id}`, largestKpis());
  });

  it("draws no measurement table until one is asked for", async () => {
    render(<KpiTool />);
    await screen.findByRole("heading", { name: /^KPI 50:/ });
    expect(document.querySelectorAll("tr").length).toBe(2 * 51);
    fireEvent.click(screen.getByRole("button", { name: "Table of the 60 measurements of KPI 7" }));
    expect(within(screen.getByRole("table", { name: /Measurements of KPI 7/ })).getAllByRole("row")).toHaveLength(61);
  });

  it("re-renders only the card of the KPI that changed", async () => {
    render(<KpiTool />);
    await screen.findByRole("heading", { name: /^KPI 50:/ });
    renders.start();
    fireEvent.change(label("KPI"), { target: { value: "largest-kpi-7" } });
    addMeasurement("2031-12-31", "480");
    await screen.findByRole("button", { name: "Table of the 61 measurements of KPI 7" });
    fireEvent.click(screen.getByRole("button", { name: "Edit KPI 12" }));
    type("Unit of KPI 12", "homes");
    await waitFor(() => expect(screen.getByRole("heading", { name: /^KPI 12:/ }).parentElement?.textContent).toContain("homes"));
    const cards = renders.rendered().filter((r) => r.name === "KpiCard");
    expect(new Set(cards.map((r) => r.id))).toEqual(new Set(["largest-kpi-7", "largest-kpi-12"]));
  });
});
