// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import PlanManager from "~/islands/PlanManager";
import { goalsExample } from "~/lib/goals/goals-example";

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
    render(<PlanManager />);
    const table = await screen.findByRole("table", { name: "Saved work per step" });
    const row = within(table).getByRole("row", { name: /Goals worksheet/ });
    expect(row.textContent).toContain("3 goals");
  });

  it("says when saved data cannot be read", async () => {
    localStorage.setItem("pivotpath:goals", "{nope");
    render(<PlanManager />);
    const row = await screen.findByRole("row", { name: /Goals worksheet/ });
    expect(row.textContent).toContain("Could not be read");
  });

  it("deletes a tool's data only after confirmation", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord());
    render(<PlanManager />);
    fireEvent.click(await screen.findByRole("button", { name: "Delete Goals worksheet" }));
    expect(localStorage.getItem("pivotpath:goals")).not.toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Yes, delete it" }));
    expect(localStorage.getItem("pivotpath:goals")).toBeNull();
    expect(screen.getByRole("row", { name: /Goals worksheet/ }).textContent).toContain("Nothing yet");
  });

  it("refuses a file that is not an export and changes nothing", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord());
    render(<PlanManager />);
    chooseFile("<html>not a plan</html>");
    const alert = await screen.findByText(/not valid JSON/);
    expect(alert.textContent).toContain("Nothing was changed");
    expect(localStorage.getItem("pivotpath:goals")).toBe(goalsRecord());
  });

  it("asks before an import replaces saved work, then replaces it", async () => {
    localStorage.setItem("pivotpath:goals", goalsRecord("Old name"));
    render(<PlanManager />);
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
});
