// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it } from "vitest";
import RaciTool from "~/islands/RaciTool";
import { resetToolStates } from "~/islands/shared/tool-state";
import { forgetLiveStores } from "~/lib/storage/live-stores";
import { activeCell, chartPage } from "~/islands/raci/raci-state";
import { organizationsExample } from "~/lib/organizations/organizations-example";

function add(label: string, button: string, name: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value: name } });
  fireEvent.click(screen.getByRole("button", { name: button }));
}
const addTask = (name: string) => add("Task", "Add task", name);
const addPerson = (name: string) => add("Person or role", "Add person or role", name);
const cell = (name: string) => screen.getByRole("button", { name });
const row = (task: string) => screen.getByRole("rowheader", { name: task }).closest("tr") as HTMLElement;

beforeEach(() => {
  activeCell.value = { row: 0, column: 0 };
  chartPage.value = 0;
});

/** A saved chart of `count` tasks ("Task 1" …) and one role, "Lead", then `others` more people ("Person 2" …). */
function storeTasks(count: number, others = 0) {
  const data = {
    people: [
      { id: "lead", name: "Lead", organizationId: "", group: false },
      ...Array.from({ length: others }, (_, i) => ({ id: `p${i + 2}`, name: `Person ${i + 2}`, organizationId: "", group: false })),
    ],
    tasks: Array.from({ length: count }, (_, i) => ({ id: `t${i + 1}`, name: `Task ${i + 1}` })),
    cells: [],
    overloadLimit: 5,
  };
  localStorage.setItem("pivotpath:raci", JSON.stringify({ app: "pivotpath", tool: "raci", version: 1, savedAt: 1, data }));
}

describe("RaciTool", () => {
  it("builds a chart from the forms, with a named button per cell", async () => {
    render(<RaciTool />);
    addTask("Weekly produce order");
    addTask("Market-day setup");
    addPerson("Programs director");
    addPerson("Market coordinator");
    const table = screen.getByRole("table", { name: "RACI chart" });
    expect(within(table).getAllByRole("button")).toHaveLength(4);
    expect(cell("Market-day setup: Market coordinator").textContent).toBe("");
    await waitFor(() => expect(localStorage.getItem("pivotpath:raci")).toContain("Market coordinator"), { timeout: 2000 });
  });

  it("writes letters by key, clears them with Delete, and shows the rules until they are met", () => {
    render(<RaciTool />);
    addTask("Publicity");
    addPerson("Programs director");
    addPerson("Market coordinator");
    expect(row("Publicity").textContent).toContain("needs exactly one Accountable");
    expect(row("Publicity").textContent).toContain("needs at least one Responsible");
    fireEvent.keyDown(cell("Publicity: Programs director"), { key: "a" });
    expect(cell("Publicity: Programs director").textContent).toBe("A");
    expect(cell("Publicity: Programs director").getAttribute("title")).toBe("Accountable");
    expect(row("Publicity").textContent).not.toContain("needs exactly one Accountable");
    fireEvent.keyDown(cell("Publicity: Market coordinator"), { key: "R" });
    expect(row("Publicity").textContent).toContain("Passes");
    fireEvent.keyDown(cell("Publicity: Market coordinator"), { key: "Delete" });
    expect(cell("Publicity: Market coordinator").textContent).toBe("");
    expect(row("Publicity").textContent).toContain("needs at least one Responsible");
  });

  it("steps a cell through R, A, C, I and empty on click", () => {
    render(<RaciTool />);
    addTask("Setup");
    addPerson("Site supervisor");
    const seen = ["R", "A", "C", "I", ""].map(() => {
      fireEvent.click(cell("Setup: Site supervisor"));
      return cell("Setup: Site supervisor").textContent;
    });
    expect(seen).toEqual(["R", "A", "C", "I", ""]);
  });

  it("is one tab stop, moved by the arrow keys", () => {
    render(<RaciTool />);
    addTask("One");
    addTask("Two");
    addPerson("PD");
    addPerson("MC");
    const tabStops = () => screen.getAllByRole("button").filter((b) => b.dataset.column !== undefined && b.tabIndex === 0);
    expect(tabStops().map((b) => b.getAttribute("aria-label"))).toEqual(["One: PD"]);
    fireEvent.keyDown(cell("One: PD"), { key: "ArrowRight" });
    fireEvent.keyDown(cell("One: MC"), { key: "ArrowDown" });
    expect(tabStops().map((b) => b.getAttribute("aria-label"))).toEqual(["Two: MC"]);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Two: MC");
  });

  it("refuses a group as the Accountable and flags an overloaded column", () => {
    render(<RaciTool />);
    addTask("Budget");
    addTask("Report");
    fireEvent.input(screen.getByLabelText("Person or role"), { target: { value: "Strategic group" } });
    fireEvent.click(screen.getByRole("checkbox", { name: /It is a group/ }));
    fireEvent.click(screen.getByRole("button", { name: "Add person or role" }));
    expect(screen.getByRole("columnheader", { name: /Strategic group/ }).textContent).toContain("(group)");
    fireEvent.keyDown(cell("Budget: Strategic group"), { key: "a" });
    expect(row("Budget").textContent).toContain("not a group (Strategic group)");
    fireEvent.keyDown(cell("Budget: Strategic group"), { key: "r" });
    fireEvent.keyDown(cell("Report: Strategic group"), { key: "r" });
    fireEvent.input(screen.getByLabelText(/Most tasks one person or role/), { target: { value: "1" } });
    expect(screen.getByRole("columnheader", { name: /Strategic group/ }).textContent).toContain("Overloaded");
    expect(screen.getByText(/Responsible for 2 tasks, more than the limit of 1/)).toBeTruthy();
  });

  it("refuses a task named like another, at the field", () => {
    render(<RaciTool />);
    addTask("Publicity");
    addTask("  publicity ");
    const field = screen.getByLabelText("Task");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("“Publicity” is already in the list.")).toBeTruthy();
  });

  it("loads the guide's example, which passes its checks, with a summary per person", async () => {
    render(<RaciTool />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    await screen.findByRole("table", { name: "RACI chart" });
    expect(cell("Weekly produce order and delivery: Produce manager").textContent).toBe("A");
    expect(screen.getByText(/Every task has exactly one Accountable and at least one Responsible/)).toBeTruthy();
    const summary = screen.getByRole("region", { name: "Who answers for what" });
    expect(summary.textContent).toContain("Accountable for: Weekly produce order and delivery.");
  });

  const tasks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `Task ${from + i}`);
  it.each([
    {
      people: 1,
      size: 20,
      first: "Tasks 1–20 of 45. Page 1 of 3.",
      second: "Tasks 21–40 of 45. Page 2 of 3.",
      third: tasks(41, 45),
    },
    // At most 300 cells a page: a wider chart shows fewer tasks.
    {
      people: 30,
      size: 10,
      first: "Tasks 1–10 of 45. Page 1 of 5.",
      second: "Tasks 11–20 of 45. Page 2 of 5.",
      third: tasks(21, 30),
    },
  ])(
    "shows 45 tasks with $people people $size a page, the arrow keys and Next turning the pages",
    async ({ people, size, first, second, third }) => {
      storeTasks(45, people - 1);
      render(<RaciTool />);
      await screen.findByRole("table", { name: "RACI chart" });
      expect(screen.getAllByRole("rowheader")).toHaveLength(size);
      expect(screen.getByText(first)).toBeTruthy();
      cell(`Task ${size}: Lead`).focus();
      fireEvent.keyDown(cell(`Task ${size}: Lead`), { key: "ArrowDown" });
      await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe(`Task ${size + 1}: Lead`));
      expect(screen.getByText(second)).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Next tasks" }));
      expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual(third);
      expect(cell(`${third[0]}: Lead`).tabIndex).toBe(0);
    },
  );

  it("takes a page size from the columns as they are added: 20 tasks with 15 people, 18 with 16", async () => {
    storeTasks(45, 14);
    render(<RaciTool />);
    await screen.findByRole("table", { name: "RACI chart" });
    expect(screen.getByText("Tasks 1–20 of 45. Page 1 of 3.")).toBeTruthy();
    addPerson("Person 16");
    expect(screen.getByText("Tasks 1–18 of 45. Page 1 of 3.")).toBeTruthy();
    expect(screen.getAllByRole("rowheader")).toHaveLength(18);
  });

  it("prints every task", async () => {
    storeTasks(45);
    render(<RaciTool />);
    await screen.findByRole("table", { name: "RACI chart" });
    window.dispatchEvent(new Event("beforeprint"));
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(45));
    window.dispatchEvent(new Event("afterprint"));
    await waitFor(() => expect(screen.getAllByRole("rowheader")).toHaveLength(20));
  });

  it("renames, moves and removes tasks, and marks a column as a group, from the lists under the chart", async () => {
    render(<RaciTool />);
    addTask("Setup");
    addTask("Publicity");
    addPerson("Strategic group");
    const open = (summary: RegExp) => {
      const details = screen.getByText(summary).closest("details") as HTMLDetailsElement;
      details.open = true;
      fireEvent(details, new Event("toggle"));
    };
    open(/^Rename, move or remove tasks/);
    fireEvent.input(await screen.findByLabelText("Task 2"), { target: { value: "Publicity and logos" } });
    fireEvent.click(await screen.findByRole("button", { name: /^Move up\s?: Publicity and logos$/ }));
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["Publicity and logos", "Setup"]);
    fireEvent.click(screen.getByRole("button", { name: /^Remove\s?task Setup$/ }));
    expect(screen.getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["Publicity and logos"]);
    open(/^Rename, mark as a group/);
    fireEvent.click(await screen.findByRole("checkbox", { name: /^Group\s?: Strategic group$/ }));
    expect(screen.getByRole("columnheader", { name: /Strategic group/ }).textContent).toContain("(group)");
  });

  it("offers step 2's organizations for a person or role, and only once there are some", async () => {
    render(<RaciTool />);
    expect(screen.queryByLabelText("Organization")).toBeNull();
    cleanup();
    localStorage.setItem(
      "pivotpath:organizations",
      JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data: organizationsExample() }),
    );
    resetToolStates();
    forgetLiveStores();
    render(<RaciTool />);
    fireEvent.input(screen.getByLabelText("Person or role"), { target: { value: "Produce manager" } });
    const select = (await screen.findByLabelText("Organization")) as HTMLSelectElement;
    const greenleaf = [...select.options].find((o) => o.text === "Greenleaf Grocers");
    fireEvent.change(select, { target: { value: greenleaf?.value } });
    fireEvent.click(screen.getByRole("button", { name: "Add person or role" }));
    await waitFor(() => expect(localStorage.getItem("pivotpath:raci")).toContain(`"organizationId":"${greenleaf?.value}"`), {
      timeout: 2000,
    });
  });

  it("shows markup in names as text", () => {
    render(<RaciTool />);
    addTask('<img src=x onerror="alert(1)">');
    addPerson("<b>PD</b>");
    expect(document.querySelector(".raci-chart img, .raci-chart b")).toBeNull();
    expect(cell('<img src=x onerror="alert(1)">: <b>PD</b>')).toBeTruthy();
  });
});
