// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { combineSaveStatus } from "~/islands/kpis/save-status";
import KpiTool from "~/islands/KpiTool";
import { exportAnswerFile } from "~/lib/health/health-file";
import { healthExample } from "~/lib/health/health-example";
import { healthTool } from "~/lib/health/health-tool";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { liveStore } from "~/lib/storage/live-stores";

beforeEach(() => {
  // The page keeps one store per tool for its lifetime; start each test from empty tools.
  liveStore(kpisTool).update(() => kpisTool.empty());
  liveStore(healthTool).update(() => healthTool.empty());
  liveStore(kpisTool).flush();
  liveStore(healthTool).flush();
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });

function addKpi(fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    const field = screen.getByLabelText(label, { exact: true });
    if (field instanceof HTMLSelectElement) fireEvent.change(field, { target: { value } });
    else fireEvent.input(field, { target: { value } });
  }
  fireEvent.click(screen.getByRole("button", { name: "Add KPI" }));
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
  return within(await screen.findByRole("table", { name: /KPI tracker/ }));
}

describe("KPI tracker", () => {
  it("adds a KPI and a measurement and shows progress, expected progress and status", async () => {
    render(<KpiTool />);
    addKpi(households);
    const table = await tracker();
    expect(table.getByRole("rowheader", { name: /Households served/ })).toBeTruthy();
    expect(table.getByText("No data")).toBeTruthy();
    type("Date", "2027-06-30");
    type("Actual value", "200");
    fireEvent.click(screen.getByRole("button", { name: "Add measurement" }));
    await waitFor(() => expect(table.getByText("50%")).toBeTruthy());
    // 121 of the plan's 365 days have passed on 30 June 2027: 33% expected, so 17 points ahead.
    const cells = table.getAllByRole("cell").map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(["0", "400"]);
    expect(cells[2]).toMatch(/^200 .*2027$/);
    expect(cells.slice(3)).toEqual(["50%", "33%", "On track 17 points ahead"]);
    expect(screen.getByRole("table", { name: /Measurements of KPI 1/ })).toBeTruthy();
  });

  it("refuses bad input at the field, with a message, and adds nothing", async () => {
    render(<KpiTool />);
    addKpi({ ...households, "KPI name": "  ", Baseline: "lots", "Target date": "2027-02-01" });
    const name = screen.getByLabelText("KPI name", { exact: true });
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(name.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Give the KPI a name.");
    expect(screen.getByLabelText("Baseline", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("The target date must not be before the start date.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(screen.queryByRole("table", { name: /KPI tracker/ })).toBeNull();
  });

  it("refuses a measurement dated outside any sane range", async () => {
    render(<KpiTool />);
    addKpi(households);
    type("Date", "2400-01-01");
    type("Actual value", "12");
    fireEvent.click(screen.getByRole("button", { name: "Add measurement" }));
    expect(screen.getByText("Enter a date between 1990 and 2100.")).toBeTruthy();
    expect(screen.queryByRole("table", { name: /Measurements of KPI 1/ })).toBeNull();
  });

  it("flags a decrease KPI whose target is above its baseline, in the form and in the tracker", async () => {
    render(<KpiTool />);
    addKpi({ ...households, "KPI name": "Travel distance", Direction: "decrease", Baseline: "1", Target: "2" });
    const table = await tracker();
    expect(table.getByText(/should decrease, but its target is above its baseline/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Direction", { exact: true }), { target: { value: "decrease" } });
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

  it("edits a KPI through labels of its own and deletes it with undo", async () => {
    render(<KpiTool />);
    addKpi(households);
    fireEvent.click(await screen.findByRole("button", { name: "Edit KPI 1" }));
    fireEvent.input(screen.getByLabelText("Target of KPI 1"), { target: { value: "200" } });
    fireEvent.click(screen.getByRole("button", { name: "Save KPI 1" }));
    const table = await tracker();
    await waitFor(() => expect(table.getAllByRole("cell")[1]?.textContent).toBe("200"));
    fireEvent.click(screen.getByRole("button", { name: "Delete KPI 1" }));
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
    // The health results follow a frame after the change.
    await waitFor(() => expect(screen.queryByRole("table", { name: /Health check scores/ })).toBeNull());
  });
});

describe("partnership health check", () => {
  it("records a partner's answers and shows averages and where partners differ", async () => {
    render(<KpiTool />);
    type("Round name", "Month 3");
    type("Round date", "2027-05-31");
    fireEvent.click(screen.getByRole("button", { name: "Add round" }));
    for (const name of ["Eastside Food Bank", "Greenleaf Grocers"]) {
      type("Partner name", name);
      fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    }
    const answer = (statement: RegExp, score: RegExp) =>
      fireEvent.click(within(screen.getByRole("group", { name: statement })).getByRole("radio", { name: score }));
    await screen.findByRole("group", { name: /^4\. Fair sharing/ });
    answer(/^4\. Fair sharing/, /^5 /);
    fireEvent.change(screen.getByLabelText("Partner answering"), { target: { value: "Greenleaf Grocers" } });
    answer(/^4\. Fair sharing/, /^2 /);
    const scores = await screen.findByRole("table", { name: /Health check scores, Month 3/ });
    const fairness = within(scores).getByRole("row", { name: /Fair sharing/ });
    expect(
      within(fairness)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["5", "2", "3.5", "3"]);
    expect(screen.getByText(/3 points apart \(Eastside Food Bank 5, Greenleaf Grocers 2\)/)).toBeTruthy();
  });

  it("draws a new round in the list at once and brings the results in step a frame later", async () => {
    render(<KpiTool />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    await screen.findByRole("heading", { name: /^Results for Month 9/ });
    type("Round name", "Month 12");
    type("Round date", "2099-01-31");
    fireEvent.click(screen.getByRole("button", { name: "Add round" }));
    // The click's own render: the list of rounds has the new round; the results still show the round before.
    expect(within(screen.getByRole("heading", { name: "Rounds" }).parentElement as HTMLElement).getByText(/^Month 12/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: /^Results for Month 9/ })).toBeTruthy();
    expect(await screen.findByText(/^No answers for Month 12 .* yet\.$/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /^Results for Month 9/ })).toBeNull();
  });

  it("refuses an empty round name and a duplicate partner at the field", () => {
    render(<KpiTool />);
    fireEvent.click(screen.getByRole("button", { name: "Add round" }));
    expect(screen.getByLabelText("Round name").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter the round date.")).toBeTruthy();
    type("Partner name", "Greenleaf Grocers");
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    type("Partner name", "greenleaf grocers ");
    fireEvent.click(screen.getByRole("button", { name: "Add partner" }));
    expect(screen.getByText("greenleaf grocers is already listed.")).toBeTruthy();
  });

  it("merges two partners' answer files, reports what was replaced, and refuses a bad file with an alert", async () => {
    render(<KpiTool />);
    const example = healthExample();
    const mine = exportAnswerFile(example, "example-round-1", "Greenleaf Grocers", 0);
    const theirs = exportAnswerFile(example, "example-round-1", "Harbor City Parks Department", 0);
    const input = screen.getByLabelText("Import answer files") as HTMLInputElement;
    const choose = (files: File[]) => {
      Object.defineProperty(input, "files", { value: files, configurable: true });
      fireEvent.change(input);
    };
    const json = (name: string, value: unknown) => new File([JSON.stringify(value)], name, { type: "application/json" });

    choose([json("grocer.json", mine), json("broken.json", { app: "pivotpath", kind: "health-answers", format: 1 })]);
    const alert = await screen.findByText(/broken\.json: it does not hold valid answers/);
    expect(alert.closest("[role=alert]")).toBeTruthy();
    expect(screen.getByText("Nothing was imported.")).toBeTruthy();
    expect(liveStore(healthTool).get().data.answers).toEqual([]);

    choose([json("grocer.json", mine), json("parks.json", theirs)]);
    await screen.findByText(/Imported 2 files: 20 answers added, 0 already here\./);
    expect(await screen.findByRole("table", { name: /Health check scores, Month 3/ })).toBeTruthy();

    const later = {
      ...mine,
      answers: mine?.answers.map((a) => (a.statement === "fairness" ? { ...a, score: 4, answeredAt: a.answeredAt + 60_000 } : a)),
    };
    choose([json("grocer-again.json", later)]);
    await screen.findByText("Greenleaf Grocers, Month 3, Fair sharing: your 2 was replaced by the file's 4, answered later.");
    expect(liveStore(healthTool).get().data.answers).toHaveLength(20);
  });

  it("exports a partner's answers as a file that imports into an empty health check", async () => {
    let blob: Blob | null = null;
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blob = b as Blob;
      return "blob:test";
    });
    render(<KpiTool />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    fireEvent.click(await screen.findByRole("button", { name: "Export the answers of Eastside Food Bank for Month 9" }));
    expect(blob).not.toBeNull();
    const text = await (blob as unknown as Blob).text();
    expect(JSON.parse(text)).toMatchObject({
      app: "pivotpath",
      kind: "health-answers",
      partner: "Eastside Food Bank",
      round: { label: "Month 9" },
    });
    create.mockRestore();
    liveStore(healthTool).update(() => healthTool.empty());
    const input = await screen.findByLabelText("Import answer files");
    Object.defineProperty(input, "files", { value: [new File([text], "efb.json")], configurable: true });
    fireEvent.change(input);
    await screen.findByText(/Imported 1 file: 10 answers added/);
    expect(liveStore(healthTool).get().data).toMatchObject({ partners: ["Eastside Food Bank"], rounds: [{ label: "Month 9" }] });
  });
});

describe("one saved line for two tools", () => {
  it.each([
    [{ kind: "idle" }, { kind: "idle" }, { kind: "idle" }, { kind: "idle" }],
    [{ kind: "saved", at: 5 }, { kind: "idle" }, { kind: "saved", at: 5 }, { kind: "idle" }],
    [{ kind: "idle" }, { kind: "saved", at: 7 }, { kind: "saved", at: 7 }, { kind: "idle" }],
    [{ kind: "saved", at: 5 }, { kind: "pending" }, { kind: "pending" }, { kind: "idle" }],
    [{ kind: "saved", at: 5 }, { kind: "failed", problem: "quota" }, { kind: "idle" }, { kind: "failed", problem: "quota" }],
    [{ kind: "conflict" }, { kind: "saved", at: 1 }, { kind: "conflict" }, { kind: "idle" }],
  ] as const)("%j + %j", (first, second, shownFirst, shownSecond) => {
    expect(combineSaveStatus(first, second)).toEqual([shownFirst, shownSecond]);
  });
});
