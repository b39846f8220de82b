// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import PlanManager from "~/islands/PlanManager";
import { goalsExample } from "~/lib/goals/goals-example";
import { STEPS } from "../support/plan-fixtures";

const goalsRecord = (organization = "Eastside Food Bank") =>
  JSON.stringify({ app: "pivotpath", tool: "goals", version: 1, savedAt: Date.UTC(2027, 2, 1), data: { ...goalsExample(), organization } });

function chooseFile(text: string) {
  const input = screen.getByLabelText("Import a plan file") as HTMLInputElement;
  const file = new File([text], "plan.json", { type: "application/json" });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

describe("PlanManager", () => {
  it("lists what each tool has saved", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord());
    render(<PlanManager steps={STEPS} />);
    const table = await screen.findByRole("table", { name: "Saved work per step" });
    const row = within(table).getByRole("row", { name: /Goals worksheet/ });
    expect(row.textContent).toContain("3 goals");
  });

  it("says the tools cannot save, not that nothing is saved yet, when the browser blocks storage", async () => {
    const blocked = vi.spyOn(window, "localStorage", "get").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    try {
      render(<PlanManager steps={STEPS} />);
      const alert = await screen.findByText(/The tools cannot save your work in this browser/);
      expect(alert.textContent).toContain("private mode or a privacy setting");
      expect(screen.queryByText(/Nothing is saved in this browser yet/)).toBeNull();
    } finally {
      blocked.mockRestore();
    }
  });

  it("says when saved data cannot be read", async () => {
    localStorage.setItem("pivotpath:goals", "{nope");
    render(<PlanManager steps={STEPS} />);
    const row = await screen.findByRole("row", { name: /Goals worksheet/ });
    expect(row.textContent).toContain("Could not be read");
  });

  it("deletes a tool's data only after confirmation", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord());
    render(<PlanManager steps={STEPS} />);
    fireEvent.click(await screen.findByRole("button", { name: "Delete Goals worksheet" }));
    expect(localStorage.getItem("pivotpath:goals")).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Yes, delete it" }));
    expect(localStorage.getItem("pivotpath:goals")).toBeNull();
    await waitFor(() => expect(screen.getByRole("row", { name: /Goals worksheet/ }).textContent).toContain("Nothing yet"));
  });

  it.each([
    [
      "saved by a newer version",
      JSON.stringify({ app: "pivotpath", tool: "goals", version: 99, savedAt: 1, data: { from: "the future" } }),
    ],
    ["damaged", '{"app":"pivotpath","tool":"goals","version":1,"savedAt":1,"data":{"broken":'],
  ])("keeps a copy to download before it deletes a record it cannot read (%s)", async (_, stored) => {
    localStorage.setItem("pivotpath:goals", stored);
    render(<PlanManager steps={STEPS} />);
    fireEvent.click(await screen.findByRole("button", { name: "Delete Goals worksheet" }));
    expect(screen.getByText(/This page cannot read it, so a copy is kept below/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Yes, delete it" }));
    expect(localStorage.getItem("pivotpath:goals")).toBeNull();
    const copies = Object.keys(localStorage).filter((key) => key.startsWith("pivotpath-backup:goals:"));
    expect(copies.map((key) => localStorage.getItem(key))).toEqual([stored]);
    await screen.findByRole("heading", { name: "Data that could not be read" });
    expect(screen.getByText(/A copy is kept below/)).toBeTruthy();
  });

  it("refuses a file that is not an export and changes nothing", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord());
    render(<PlanManager steps={STEPS} />);
    chooseFile("<html>not a plan</html>");
    const alert = await screen.findByText(/cut short/);
    expect(alert.textContent).toContain("Nothing was changed");
    expect(localStorage.getItem("pivotpath:goals")).toBe(goalsRecord());
  });

  it("asks before an import replaces saved work, then replaces it", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord("Old name"));
    render(<PlanManager steps={STEPS} />);
    const file = {
      app: "pivotpath",
      kind: "workspace",
      format: 1,
      exportedAt: "2027-03-01T00:00:00.000Z",
      records: { goals: JSON.parse(goalsRecord("New name")) },
    };
    chooseFile(JSON.stringify(file));
    await screen.findByText(/would replace what you have saved for: Goals worksheet/);
    expect(JSON.parse(localStorage.getItem("pivotpath:goals") ?? "").data.organization).toBe("Old name");
    fireEvent.click(screen.getByRole("button", { name: "Replace my saved work" }));
    await waitFor(() => expect(JSON.parse(localStorage.getItem("pivotpath:goals") ?? "").data.organization).toBe("New name"));
  });

  it("shows the plan, one section per step, and the steps at a glance", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord());
    render(<PlanManager steps={STEPS} />);
    // The assembly arrives by a dynamic import once the saved work is read.
    await screen.findByRole("table", { name: "Goals and objectives" }, { timeout: 10_000 });
    for (const step of STEPS) screen.getByRole("heading", { level: 2, name: `Step ${step.step}. ${step.title}` });
    const overview = screen.getByRole("navigation", { name: "The eight steps" });
    expect(
      within(overview)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(STEPS.map((s) => expect.stringContaining(s.step === 1 ? "Started, last changed Mar 1, 2027" : "Not started")));
    expect(screen.getByRole("table", { name: "Goals and objectives" }).textContent).toContain("Programs director");
  });

  it("prints the plan when asked", async () => {
    const print = vi.fn();
    vi.stubGlobal("print", print);
    render(<PlanManager steps={STEPS} />);
    fireEvent.click(await screen.findByRole("button", { name: "Print the plan" }));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });

  it("follows another tab's save", async () => {
    render(<PlanManager steps={STEPS} />);
    await screen.findByText(/Nothing saved yet. This step gives you: Your organization's goals/);
    localStorage.setItem("pivotpath:goals", goalsRecord());
    window.dispatchEvent(new StorageEvent("storage", { key: "pivotpath:goals" }));
    await screen.findByRole("table", { name: "Goals and objectives" }, { timeout: 10_000 });
  });

  it("says what a health-check answer file is and where it goes, not what its schema lacks", async () => {
    render(<PlanManager steps={STEPS} />);
    const answers = { app: "pivotpath", kind: "health-answers", format: 1, exportedAt: "", round: {}, partner: "Greenleaf", answers: [] };
    chooseFile(JSON.stringify(answers));
    const alert = await screen.findByText(/partner's health-check answer file, not a plan export/);
    expect(alert.textContent).toContain("Evaluation page (step 8)");
    expect(alert.textContent).toContain("Nothing was changed");
    expect(alert.textContent).not.toMatch(/records|workspace export \(/);
  });

  it("says nothing is saved without loading any tool's code, and still imports", async () => {
    render(<PlanManager steps={STEPS} />);
    await screen.findByText("Nothing is saved in this browser yet: each step's tools save as you work.");
    expect(screen.queryByRole("table", { name: "Saved work per step" })).toBeNull();
    expect((screen.getByRole("button", { name: "Export your plan" }) as HTMLButtonElement).disabled).toBe(true);
    const file = { app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: { goals: JSON.parse(goalsRecord()) } };
    chooseFile(JSON.stringify(file));
    await screen.findByText(/Imported Goals worksheet/);
    await screen.findByRole("table", { name: "Goals and objectives" }, { timeout: 10_000 });
  });
});
