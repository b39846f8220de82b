// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import BusinessCaseTool from "~/islands/BusinessCaseTool";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { resourcesTool } from "~/lib/resources/resources-tool";
import type { AnyTool } from "~/lib/storage/tool";
import { goalsExample } from "~/lib/goals/goals-example";
import { goalsTool } from "~/lib/goals/goals-tool";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { resourcesExample } from "~/lib/resources/resources-example";
import { risksExample } from "~/lib/risks/risks-example";
import { risksTool } from "~/lib/risks/risks-tool";

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));
/** The text beside a result's name in the results list. */
const result = (name: string) => {
  const term = Array.from(document.querySelectorAll(".case-results dt")).find((dt) => dt.textContent === name);
  return term?.nextElementSibling?.textContent ?? null;
};

/** Saves another step's data as that step's tool would. */
const store = (tool: AnyTool, data: unknown) =>
  localStorage.setItem(
    `pivotpath:${tool.id}`,
    JSON.stringify({ app: "pivotpath", tool: tool.id, version: tool.version, savedAt: 1, data }),
  );

function addBenefit(name: string, value: string, basis = "") {
  type("Benefit", name);
  type("Yearly value", value);
  type("Basis", basis);
  click("Add benefit");
}

describe("BusinessCaseTool", () => {
  it("starts with a “Do nothing” option and saves the case fields as the reader types", async () => {
    render(<BusinessCaseTool />);
    expect(screen.getByRole("group", { name: /Option 1: Do nothing/ })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Delete option 1" })).toBeNull();
    type("Problem or opportunity", "No grocery within a mile");
    type("Purpose", "A weekly market in the park");
    await waitFor(() => expect(localStorage.getItem("pivotpath:business-case")).toContain("A weekly market in the park"), {
      timeout: 2000,
    });
  });

  it("adds an option, marks the chosen one, and refuses a name twice", () => {
    render(<BusinessCaseTool />);
    type("Option", "Weekly market");
    click("Add option");
    expect(screen.getByRole("group", { name: /Option 2: Weekly market/ })).toBeTruthy();
    type("Option", " weekly  MARKET");
    click("Add option");
    expect(screen.getByLabelText("Option").getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(screen.getByRole("radio", { name: "Weekly market" }));
    expect(screen.getByRole("group", { name: /Option 2: Weekly market \(chosen\)/ })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Option 1: Do nothing (baseline)" })).toBeTruthy();
  });

  it("refuses to rename an option to another option's name, and saves a new name tidied", () => {
    render(<BusinessCaseTool />);
    type("Option", "Weekly market");
    click("Add option");
    type("Name of option 2", "do  NOTHING");
    expect(screen.getByLabelText("Name of option 2").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByRole("group", { name: /Option 2: Weekly market/ })).toBeTruthy();
    type("Name of option 2", "  Market  in the park ");
    expect(screen.getByRole("group", { name: /Option 2: Market in the park/ })).toBeTruthy();
    expect(screen.getAllByRole("radio", { name: "Do nothing" })).toHaveLength(1);
  });

  it("keeps four SWOT lists, each point one line, reorderable", () => {
    render(<BusinessCaseTool />);
    for (const [label, text] of [
      ["Strength", "Trusted food bank"],
      ["Weakness", "No market experience"],
      ["Opportunity", "Grant round"],
      ["Threat", "Bad weather"],
    ] as const) {
      type(label, text);
      click(`Add ${label.toLowerCase()}`);
    }
    type("Threat", "Volunteers tiring");
    click("Add threat");
    expect((screen.getByLabelText("Threat 2") as HTMLInputElement).value).toBe("Volunteers tiring");
    click("Move threat 2 up");
    expect((screen.getByLabelText("Threat 1") as HTMLInputElement).value).toBe("Volunteers tiring");
    expect((screen.getByLabelText("Strength 1") as HTMLInputElement).value).toBe("Trusted food bank");
    expect((screen.getByLabelText("Opportunity 1") as HTMLInputElement).value).toBe("Grant round");
    expect((screen.getByLabelText("Weakness 1") as HTMLInputElement).value).toBe("No market experience");
  });

  it("works out net benefit, the ratio and cost per outcome, and shows each benefit's basis", async () => {
    store(kpisTool, kpisExample());
    render(<BusinessCaseTool />);
    expect(result("Net benefit")).toBe("Not worked out yet: the case has no total cost.");
    type("Total cost", "10,000");
    addBenefit("Food costs saved", "12500.50", "Store prices less market prices");
    expect(value("Basis of benefit 1")).toBe("Store prices less market prices");
    expect(result("Net benefit")).toBe("$2,500.50");
    expect(result("Benefit–cost ratio")).toBe("1.25");
    expect(result("Cost per outcome")).toBe("Not worked out yet: no KPI is chosen as the outcome the cost pays for.");
    const select = await waitFor(() => {
      const s = screen.getByLabelText("Outcome KPI") as HTMLSelectElement;
      expect(within(s).getByRole("option", { name: /Different households shopping/ })).toBeTruthy();
      return s;
    });
    fireEvent.change(select, { target: { value: "example-kpi-1" } });
    expect(result("Cost per outcome")).toMatch(/^\$25\.00 per unit of change/);
    expect(screen.getAllByText(/social benefits are estimates/)[0]!.textContent).toContain("SROI");
  });

  it("refuses a benefit without a yearly value at the field", () => {
    render(<BusinessCaseTool />);
    addBenefit("Park use", "");
    const value = screen.getByLabelText("Yearly value");
    expect(value.getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByRole("table", { name: /^Benefits, each/ })).toBeNull();
  });

  it("takes the total cost from step 7's costing with one click, saying so", async () => {
    store(resourcesTool, resourcesExample());
    render(<BusinessCaseTool />);
    const use = await screen.findByRole("button", { name: "Use step 7's total" });
    fireEvent.click(use);
    // Shown as the reader's locale writes amounts (the tests run in en-US), as the text beside it shows them.
    expect((screen.getByLabelText("Total cost") as HTMLInputElement).value).toBe("101,015.20");
    expect(screen.getByText("Taken from step 7's costing.")).toBeTruthy();
    expect(screen.getByText(/The total cost is step 7's budget total/)).toBeTruthy();
    type("Total cost", "5000");
    expect(screen.queryByText("Taken from step 7's costing.")).toBeNull();
  });

  it("offers step 1's goals as objectives and step 2's organizations as key players", async () => {
    store(goalsTool, goalsExample());
    store(organizationsTool, organizationsExample());
    render(<BusinessCaseTool />);
    const goal = await screen.findByRole("checkbox", { name: /Put fresh produce within walking distance/ });
    fireEvent.click(goal);
    fireEvent.click(screen.getByRole("checkbox", { name: "Greenleaf Grocers" }));
    await waitFor(
      () => {
        const saved = JSON.parse(localStorage.getItem("pivotpath:business-case") ?? "{}").data;
        expect(saved.objectiveGoalIds).toEqual(["example-goal-1"]);
        expect(saved.keyPlayerIds).toEqual(["example-org-greenleaf"]);
      },
      { timeout: 2000 },
    );
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect((screen.getByRole("checkbox", { name: "Greenleaf Grocers" }) as HTMLInputElement).checked).toBe(false);
  });

  it("adds a comparable program with its figure and source, and refuses one without a name", () => {
    render(<BusinessCaseTool />);
    click("Add benchmark");
    expect(screen.getByLabelText("Program").getAttribute("aria-invalid")).toBe("true");
    type("Program", "Eastside Fresh Market, 2024");
    type("Figure", "$14 per household");
    type("Source", "Annual report");
    click("Add benchmark");
    expect([value("Program of benchmark 1"), value("Figure of benchmark 1"), value("Source of benchmark 1")]).toEqual([
      "Eastside Fresh Market, 2024",
      "$14 per household",
      "Annual report",
    ]);
    expect((screen.getByLabelText("Program") as HTMLInputElement).value).toBe("");
  });

  it("shows names typed as markup as text", () => {
    render(<BusinessCaseTool />);
    type("Option", '<img src=x onerror="alert(1)">');
    click("Add option");
    expect(document.querySelector("#business-case-tool img")).toBeNull();
  });

  it("edits a benefit line in place, as one undoable step per field, and keeps its last value while the field is empty", () => {
    render(<BusinessCaseTool />);
    type("Total cost", "10000");
    addBenefit("Food costs saved", "12500", "Store prices");
    type("Benefit 1", "Food costs saved by households");
    type("Yearly value of benefit 1", "15000");
    type("Basis of benefit 1", "Store prices less market prices");
    expect(result("Net benefit")).toBe("$5,000.00");
    type("Yearly value of benefit 1", "");
    expect(screen.getByLabelText("Yearly value of benefit 1").getAttribute("aria-invalid")).toBe("true");
    expect(result("Net benefit")).toBe("$5,000.00");
    type("Benefit 1", "");
    expect(screen.getByLabelText("Benefit 1").getAttribute("aria-invalid")).toBe("true");
    click("Undo");
    expect(value("Basis of benefit 1")).toBe("Store prices");
    click("Undo");
    expect(result("Net benefit")).toBe("$2,500.00");
    click("Undo");
    expect(value("Benefit 1")).toBe("Food costs saved");
  });

  it("edits a comparable program in place, and refuses an empty program name there", async () => {
    render(<BusinessCaseTool />);
    type("Program", "Eastside Fresh Market");
    click("Add benchmark");
    type("Figure of benchmark 1", "$14 per household");
    type("Program of benchmark 1", "");
    expect(screen.getByLabelText("Program of benchmark 1").getAttribute("aria-invalid")).toBe("true");
    await waitFor(
      () => {
        const saved = JSON.parse(localStorage.getItem("pivotpath:business-case") ?? "{}").data;
        expect(saved.benchmarks).toEqual([
          { id: expect.any(String), program: "Eastside Fresh Market", figure: "$14 per household", source: "" },
        ]);
      },
      { timeout: 2000 },
    );
  });

  it("sums the case up on one page with step 5's top residual risks and step 8's KPIs", async () => {
    store(kpisTool, kpisExample());
    store(risksTool, { ...risksTool.empty(), risks: risksExample() });
    render(<BusinessCaseTool />);
    const summary = screen.getByRole("region", { name: "The business case on one page" });
    const risks = await within(summary).findByRole("table", { name: /^Top 5 residual risks/ });
    expect(within(risks).getAllByRole("row")).toHaveLength(6);
    expect(within(summary).getByRole("table", { name: "KPIs (step 8)" }).textContent).toContain(kpisExample().kpis[0]!.name);
    expect(within(summary).getByText(/^Purpose: not written yet\.$/)).toBeTruthy();
  });
});
