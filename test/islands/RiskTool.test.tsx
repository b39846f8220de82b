// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import RiskTool from "~/islands/RiskTool";
import { risksTool } from "~/lib/risks/risks-tool";
import { liveStore } from "~/lib/storage/live-stores";

// The page keeps one store per tool; start each test from an empty register.
beforeEach(() => {
  const store = liveStore(risksTool);
  store.update(() => risksTool.empty());
  store.flush();
});

const register = () => screen.getByRole("table", { name: /^Risk register/ });
const bodyRows = () => within(register()).getAllByRole("row").slice(1);
const rowNumbers = () => bodyRows().map((row) => within(row).getByRole("rowheader").textContent);

async function withExample() {
  render(<RiskTool />);
  fireEvent.click(await screen.findByRole("button", { name: "Load example" }));
  await waitFor(() => expect(bodyRows()).toHaveLength(10));
}

describe("RiskTool", () => {
  it("starts empty and adds a risk through the form", async () => {
    render(<RiskTool />);
    expect(screen.getByText(/No risks yet/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Risk", { exact: true }), { target: { value: "<script>alert(1)</script> 🌧️" } });
    fireEvent.change(screen.getByLabelText("Likelihood", { exact: true }), { target: { value: "4" } });
    fireEvent.change(screen.getByLabelText("Impact", { exact: true }), { target: { value: "5" } });
    fireEvent.click(screen.getByRole("button", { name: "Add risk" }));
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect((screen.getByLabelText("Title of risk 1") as HTMLTextAreaElement).value).toBe("<script>alert(1)</script> 🌧️");
    expect(document.querySelector("script")).toBeNull();
    expect(within(bodyRows()[0] as HTMLElement).getAllByText("20 Extreme")).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Likelihood 4 Likely, impact 5 Severe: Extreme, 1 risk" })).toBeTruthy();
  });

  it("edits a risk in place and rescores it", async () => {
    await withExample();
    fireEvent.change(screen.getByLabelText("Likelihood of risk 1"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("Residual impact of risk 1"), { target: { value: "5" } });
    // The register shows a change just after the next paint.
    const row = bodyRows()[0] as HTMLElement;
    expect(await within(row).findByText("4 Moderate")).toBeTruthy();
    expect(within(row).getByText("Mitigation increases this risk?")).toBeTruthy();
  });

  it("sorts the register by score", async () => {
    await withExample();
    fireEvent.click(screen.getByRole("button", { name: /Inherent score/ }));
    // Ties on 12 break on the residual score: 8 (9), 10 (8), 1 and 2 (6); on 10: 6 (6), 4 (5).
    expect(rowNumbers()).toEqual(["5", "8", "10", "1", "2", "6", "4", "3", "9", "7"]);
    expect(screen.getByRole("columnheader", { name: /Inherent score/ }).getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(screen.getByRole("button", { name: /Residual score/ }));
    expect(rowNumbers()[0]).toBe("8");
  });

  it("filters the register to a matrix cell and shows all again", async () => {
    await withExample();
    fireEvent.click(screen.getByRole("button", { name: "Likelihood 3 Possible, impact 4 Major: High, 3 risks" }));
    expect(rowNumbers()).toEqual(["1", "2", "10"]);
    expect(register().querySelector("caption")?.textContent).toBe("Risk register, filtered: 3 of 10 risks");
    fireEvent.click(screen.getByRole("button", { name: "Show all risks" }));
    expect(bodyRows()).toHaveLength(10);
  });

  it("undoes a deletion", async () => {
    await withExample();
    fireEvent.click(screen.getByRole("button", { name: "Delete risk 3" }));
    await waitFor(() => expect(bodyRows()).toHaveLength(9));
    expect(screen.getByText(/Deleted risk 3, “Partners disagree/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    expect((screen.getByLabelText("Title of risk 3") as HTMLTextAreaElement).value).toMatch(/^Partners disagree/);
  });

  it("lists the risks to raise at the next project group meeting", async () => {
    await withExample();
    const table = screen.getByRole("table", { name: "Still High or Extreme after mitigation" });
    const titles = within(table)
      .getAllByRole("rowheader")
      .map((th) => th.textContent);
    expect(titles).toEqual([
      "Volunteers drift away after the first summer",
      "Too few households come, so sales do not cover Greenleaf's produce",
    ]);
  });

  it("refuses band limits that do not rise, at the field", async () => {
    render(<RiskTool />);
    const moderate = screen.getByLabelText("Moderate band: scores up to") as HTMLInputElement;
    fireEvent.input(moderate, { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Save band limits" }));
    expect(moderate.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Use a number above the band below it (3).")).toBeTruthy();
    expect(liveStore(risksTool).get().data.limits).toEqual({ low: 3, moderate: 6, high: 12 });
    fireEvent.input(moderate, { target: { value: "10" } });
    fireEvent.input(screen.getByLabelText("High band: scores up to"), { target: { value: "16" } });
    fireEvent.click(screen.getByRole("button", { name: "Save band limits" }));
    expect(liveStore(risksTool).get().data.limits).toEqual({ low: 3, moderate: 10, high: 16 });
    expect(screen.getByRole("list", { name: "Bands" }).textContent).toMatch(/High: scores 12–16Extreme: scores 20–25$/);
  });
});
