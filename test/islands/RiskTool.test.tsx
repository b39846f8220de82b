// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import RiskTool from "~/islands/RiskTool";
import { toolState } from "~/islands/shared/tool-state";
import { risksTool } from "~/lib/risks/risks-tool";
import { risksExample } from "~/lib/risks/risks-example";
import { aRisk, storeRisks } from "../support/risk-fixtures";

const register = () => screen.getByRole("table", { name: /^Risk register/ });
const bodyRows = () => within(register()).getAllByRole("row").slice(1);
const rowNumbers = () => bodyRows().map((row) => within(row).queryByRole("rowheader")?.textContent);
const stored = () => JSON.parse(localStorage.getItem("pivotpath:risks") ?? "null")?.data;

async function withExample() {
  storeRisks(risksExample());
  render(<RiskTool />);
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
    const row = bodyRows()[0] as HTMLElement;
    expect(within(row).getByText("<script>alert(1)</script> 🌧️")).toBeTruthy();
    expect(document.querySelector("script")).toBeNull();
    expect(within(row).getAllByText("20 Extreme")).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Likelihood 4 Likely, impact 5 Severe: Extreme, 1 risk" })).toBeTruthy();
    expect(screen.getByText("Added risk 1: <script>alert(1)</script> 🌧️.")).toBeTruthy();
  });

  it("shows each risk as a row of text with one button that opens its fields, one risk at a time", async () => {
    await withExample();
    expect(register().querySelectorAll("input, select, textarea")).toHaveLength(0);
    expect(within(register()).getAllByRole("button", { name: /^Edit risk \d+$/ })).toHaveLength(10);
    fireEvent.click(screen.getByRole("button", { name: "Edit risk 2" }));
    expect(screen.getByRole("button", { name: "Edit risk 2" }).getAttribute("aria-expanded")).toBe("true");
    expect((screen.getByLabelText("Title of risk 2") as HTMLInputElement).value).toBe("Bad weather closes the park market");
    fireEvent.click(screen.getByRole("button", { name: "Edit risk 5" }));
    expect(screen.queryByLabelText("Title of risk 2")).toBeNull();
    expect(screen.getByLabelText("Title of risk 5")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.queryByLabelText("Title of risk 5")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Edit risk 5" }));
  });

  it("saves an edit as the reader types, rescores the row and keeps it in place while it is open", async () => {
    await withExample();
    fireEvent.click(screen.getByRole("button", { name: /Inherent score/ }));
    // Ties on 12 break on the residual score: 8 (9), 10 (8), 1 and 2 (6); on 10: 6 (6), 4 (5).
    expect(rowNumbers()).toEqual(["5", "8", "10", "1", "2", "6", "4", "3", "9", "7"]);
    fireEvent.click(screen.getByRole("button", { name: "Edit risk 1" }));
    fireEvent.input(screen.getByLabelText("Title of risk 1"), { target: { value: "Vendors cancel" } });
    fireEvent.change(screen.getByLabelText("Likelihood of risk 1"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("Residual impact of risk 1"), { target: { value: "5" } });
    const row = bodyRows()[3] as HTMLElement;
    expect(within(row).getByText("Vendors cancel")).toBeTruthy();
    expect(within(row).getByText("4 Moderate")).toBeTruthy();
    expect(within(row).getByText("Mitigation increases this risk?")).toBeTruthy();
    expect(rowNumbers().slice(0, 4)).toEqual(["5", "8", "10", "1"]);
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(rowNumbers()).toEqual(["5", "8", "10", "2", "6", "4", "3", "9", "1", "7"]);
    await waitFor(() => expect(stored()?.risks[0]).toMatchObject({ title: "Vendors cancel", likelihood: 1, residualImpact: 5 }), {
      timeout: 2000,
    });
  });

  it("keeps the last title while the title field is blank, and says so", async () => {
    await withExample();
    fireEvent.click(screen.getByRole("button", { name: "Edit risk 3" }));
    const title = screen.getByLabelText("Title of risk 3");
    fireEvent.input(title, { target: { value: "  " } });
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Name the risk; until you do, the register keeps its last title.")).toBeTruthy();
    expect(within(bodyRows()[2] as HTMLElement).getByText(/^Partners disagree/)).toBeTruthy();
  });

  it("filters the register to a matrix cell and shows all again", async () => {
    await withExample();
    fireEvent.click(screen.getByRole("button", { name: "Likelihood 3 Possible, impact 4 Major: High, 3 risks" }));
    expect(rowNumbers()).toEqual(["1", "2", "10"]);
    expect(register().querySelector("caption")?.textContent).toBe("Risk register, filtered: 3 of 10 risks");
    fireEvent.click(screen.getByRole("button", { name: "Show all risks" }));
    expect(bodyRows()).toHaveLength(10);
  });

  it("shows a long register a page at a time", async () => {
    storeRisks(Array.from({ length: 70 }, (_, i) => aRisk({ title: `Risk number ${i + 1}`, likelihood: i < 50 ? 2 : 5 })));
    render(<RiskTool />);
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    expect(screen.getByText("Showing 1–25 of 70 risks. Page 1 of 3.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Previous" }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(rowNumbers()[0]).toBe("26");
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText("Showing 51–70 of 70 risks. Page 3 of 3.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Likelihood 5 Almost certain, impact 3 Moderate: Extreme, 20 risks" }));
    expect(rowNumbers()[0]).toBe("51");
    expect(screen.getByText("Showing all 20 risks.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
  });

  it("deletes a risk from its fields and brings it back with Undo", async () => {
    await withExample();
    fireEvent.click(screen.getByRole("button", { name: "Edit risk 3" }));
    fireEvent.click(screen.getByRole("button", { name: "Delete risk 3" }));
    expect(bodyRows()).toHaveLength(9);
    expect(screen.getByText(/Last change: Delete risk 3 “Partners disagree/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(bodyRows()).toHaveLength(10);
    expect(within(bodyRows()[2] as HTMLElement).getByText(/^Partners disagree/)).toBeTruthy();
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

  it("saves band limits as they are typed, and refuses limits that do not rise at the field", async () => {
    render(<RiskTool />);
    const moderate = screen.getByLabelText("Moderate band: scores up to") as HTMLInputElement;
    fireEvent.input(moderate, { target: { value: "2" } });
    expect(moderate.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Use a number above the band below it (3).")).toBeTruthy();
    fireEvent.input(screen.getByLabelText("High band: scores up to"), { target: { value: "16" } });
    fireEvent.input(moderate, { target: { value: "10" } });
    expect(moderate.getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByRole("list", { name: "Bands" }).textContent).toMatch(/High: scores 12–16Extreme: scores 20–25$/);
    expect(toolState(risksTool).data.value.limits).toEqual({ low: 3, moderate: 10, high: 16 });
  });

  it("offers the partners stored by the costing tool, then the owners used, each name once", async () => {
    localStorage.setItem(
      "pivotpath:resources",
      JSON.stringify({ app: "pivotpath", tool: "resources", version: 1, savedAt: 1, data: { partners: [{ name: "Greenleaf Grocers" }] } }),
    );
    storeRisks([aRisk({ owner: "greenleaf  grocers" }), aRisk({ owner: "Market coordinator" })]);
    render(<RiskTool />);
    const list = () => [...document.querySelectorAll("#risk-owner-options option")].map((o) => (o as HTMLOptionElement).value);
    await waitFor(() => expect(list()).toEqual(["Greenleaf Grocers", "Market coordinator"]));
    fireEvent.input(screen.getByLabelText("Risk", { exact: true }), { target: { value: "Late deliveries" } });
    fireEvent.input(screen.getByLabelText("Owner", { exact: true }), { target: { value: "GREENLEAF GROCERS" } });
    fireEvent.click(screen.getByRole("button", { name: "Add risk" }));
    expect(toolState(risksTool).data.value.risks[2]?.owner).toBe("Greenleaf Grocers");
  });
});
