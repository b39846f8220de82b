// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import EngagementTool from "~/islands/EngagementTool";
import { today } from "~/islands/engagement/engagement-state";
import { organizationsExample } from "~/lib/organizations/organizations-example";

const change = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

function addStakeholder(name: string, power: string, interest: string) {
  type("Stakeholder", name);
  change("Power", power);
  change("Interest", interest);
  fireEvent.click(screen.getByRole("button", { name: "Add stakeholder" }));
}

const mapTable = () => screen.getByRole("table", { name: "Stakeholder map" });
/** The row of `table` headed by `name`: as text, or as the value of the field that edits it in place. */
function rowOf(table: HTMLElement, name: string): HTMLElement | null {
  const headers = within(table).queryAllByRole("rowheader");
  const header = headers.find((th) => th.textContent === name || th.querySelector<HTMLInputElement>("input, textarea")?.value === name);
  return header?.closest("tr") ?? null;
}
const mapRow = (name: string) => rowOf(mapTable(), name)!;
const levelOf = (name: string) => screen.getByLabelText(`Engagement level for ${name}`) as HTMLSelectElement;

function storeOrganizations() {
  localStorage.setItem(
    "pivotpath:organizations",
    JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data: organizationsExample() }),
  );
}

describe("EngagementTool", () => {
  it("places each stakeholder in its quadrant and suggests a level from it", async () => {
    render(<EngagementTool />);
    addStakeholder("Tenant boards", "4", "5");
    addStakeholder("Council member", "5", "2");
    addStakeholder("Residents", "2", "5");
    addStakeholder("Local media", "1", "2");
    const quadrants = within(mapTable())
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.querySelector(".stakeholder-map__quadrant")?.textContent);
    expect(quadrants).toEqual(["Manage closely", "Keep satisfied", "Keep informed", "Monitor"]);
    expect([...levelOf("Tenant boards").options].map((o) => o.text)).toEqual(["Inform", "Consult", "Involve", "Collaborate", "Empower"]);
    expect(levelOf("Tenant boards").value).toBe("collaborate");
    expect(levelOf("Residents").value).toBe("involve");
    expect(mapRow("Residents").textContent).toContain("Suggested");
    await waitFor(() => expect(localStorage.getItem("pivotpath:engagement")).toContain("Local media"), { timeout: 2000 });
  });

  it("lets the reader override the suggestion and go back to it", () => {
    render(<EngagementTool />);
    addStakeholder("Residents", "2", "5");
    fireEvent.change(levelOf("Residents"), { target: { value: "empower" } });
    expect(levelOf("Residents").value).toBe("empower");
    expect(mapRow("Residents").textContent).not.toContain("Suggested");
    fireEvent.click(screen.getByRole("button", { name: "Use the suggestion for Residents" }));
    expect(levelOf("Residents").value).toBe("involve");
  });

  it("refuses a blank name and a stakeholder already on the map, at the field", () => {
    render(<EngagementTool />);
    addStakeholder("  ", "3", "3");
    expect(screen.getByLabelText("Stakeholder").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Enter the stakeholder's name or pick an organization.")).toBeTruthy();
    addStakeholder("Residents", "3", "3");
    addStakeholder(" residents ", "3", "3");
    expect(screen.getByText("This stakeholder is already on the map.")).toBeTruthy();
    expect(within(mapTable()).getAllByRole("rowheader")).toHaveLength(1);
  });

  it("changes a stakeholder's stances in the map", async () => {
    render(<EngagementTool />);
    addStakeholder("Corner stores", "2", "4");
    change("Stance now of Corner stores", "opposed");
    change("Stance wanted of Corner stores", "neutral");
    await waitFor(() => expect(localStorage.getItem("pivotpath:engagement")).toContain('"stanceNow":"opposed","stanceWanted":"neutral"'), {
      timeout: 2000,
    });
  });

  it("moves a stakeholder to another quadrant when the high-from setting changes", () => {
    render(<EngagementTool />);
    addStakeholder("Funder", "3", "3");
    expect(mapRow("Funder").textContent).toContain("Manage closely");
    change("Power or interest counts as high from", "4");
    expect(mapRow("Funder").textContent).toContain("Monitor");
  });

  it("offers step 2's organizations as stakeholders", async () => {
    storeOrganizations();
    render(<EngagementTool />);
    const select = (await screen.findByLabelText("Organization from step 2")) as HTMLSelectElement;
    const greenleaf = [...select.options].find((o) => o.text === "Greenleaf Grocers");
    fireEvent.change(select, { target: { value: greenleaf?.value } });
    fireEvent.click(screen.getByRole("button", { name: "Add stakeholder" }));
    expect(mapRow("Greenleaf Grocers")).toBeTruthy();
  });

  it("plans engagement with the stakeholders on the map and flags what is overdue", () => {
    render(<EngagementTool />);
    today.value = "2027-03-01";
    addStakeholder("Residents", "2", "5");
    type("Decision or topic", "Class times");
    fireEvent.click(screen.getByRole("checkbox", { name: "Residents" }));
    change("Level", "consult");
    type("Method", "Survey");
    type("When", "2027-02-10");
    type("Owner", "Market coordinator");
    fireEvent.click(screen.getByRole("button", { name: "Add to the plan" }));
    const plan = screen.getByRole("table", { name: "Engagement plan" });
    const row = rowOf(plan, "Class times")!;
    expect(row.textContent).toContain("Residents");
    expect((screen.getByLabelText("Level of plan row 1") as HTMLSelectElement).value).toBe("consult");
    expect(row.textContent).toContain("Overdue");
    expect(screen.getByText("1 row is overdue.")).toBeTruthy();
    fireEvent.click(within(row).getByRole("checkbox", { name: /Done.*Class times/ }));
    expect(row.textContent).not.toContain("Overdue");
    expect(screen.getByText("Nothing in the plan is overdue.")).toBeTruthy();
  });

  it("logs feedback, counts open items and answers them in place", () => {
    render(<EngagementTool />);
    type("You said", "Can the market take WIC vouchers?");
    type("From", "Town hall");
    type("Received", "2027-02-10");
    fireEvent.click(screen.getByRole("button", { name: "Log feedback" }));
    const log = screen.getByRole("table", { name: "You said, we did" });
    expect(rowOf(log, "1")).toBeTruthy();
    expect((within(log).getByLabelText("You said, entry 1") as HTMLTextAreaElement).value).toBe("Can the market take WIC vouchers?");
    expect(screen.getByText("1 open item waits for a response.")).toBeTruthy();
    fireEvent.input(screen.getByLabelText("We did, for entry 1"), { target: { value: "Applied to the state WIC office." } });
    expect((screen.getByLabelText("Status of entry 1") as HTMLSelectElement).value).toBe("answered");
    expect(screen.getByText("No open items: everything logged has a response.")).toBeTruthy();
    change("Status of entry 1", "open");
    expect(screen.getByText("1 open item waits for a response.")).toBeTruthy();
    change("Status of entry 1", "answered");
    fireEvent.input(screen.getByLabelText("We did, for entry 1"), { target: { value: "" } });
    expect((screen.getByLabelText("Status of entry 1") as HTMLSelectElement).value).toBe("open");
    expect(screen.getByText("1 open item waits for a response.")).toBeTruthy();
  });

  it("logs an entry written with its response as answered, unless the reader picks another status", () => {
    render(<EngagementTool />);
    type("You said", "More parking");
    type("Received", "2027-02-10");
    type("We did", "Asked the church for its lot");
    expect((screen.getByLabelText("Status") as HTMLSelectElement).value).toBe("answered");
    change("Status", "open");
    type("We did", "Asked the church for its lot on Saturdays");
    fireEvent.click(screen.getByRole("button", { name: "Log feedback" }));
    expect((screen.getByLabelText("Status of entry 1") as HTMLSelectElement).value).toBe("open");
    type("You said", "Longer hours");
    type("Received", "2027-02-11");
    type("We did", "Opened until 7 pm");
    fireEvent.click(screen.getByRole("button", { name: "Log feedback" }));
    expect((screen.getByLabelText("Status of entry 2") as HTMLSelectElement).value).toBe("answered");
  });

  it("shows a long log a page of 10 entries at a time", async () => {
    const entry = (i: number) => ({ id: `f${i}`, what: `Entry text ${i}`, from: "", date: "2027-01-01", response: "", status: "open" });
    const data = { highFrom: 3, stakeholders: [], plan: [], feedback: Array.from({ length: 30 }, (_, i) => entry(i + 1)) };
    localStorage.setItem("pivotpath:engagement", JSON.stringify({ app: "pivotpath", tool: "engagement", version: 1, savedAt: 1, data }));
    render(<EngagementTool />);
    const log = await screen.findByRole("table", { name: "You said, we did" });
    expect(within(log).getAllByRole("rowheader")).toHaveLength(10);
    fireEvent.click(screen.getByRole("button", { name: "Next log entries" }));
    fireEvent.click(screen.getByRole("button", { name: "Next log entries" }));
    expect(
      within(log)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["21", "22", "23", "24", "25", "26", "27", "28", "29", "30"]);
    expect((within(log).getByLabelText("You said, entry 30") as HTMLTextAreaElement).value).toBe("Entry text 30");
    expect(screen.getByText("30 open items wait for a response.")).toBeTruthy();
  });

  it("refuses feedback without a date, saying why", () => {
    render(<EngagementTool />);
    type("You said", "More parking");
    fireEvent.click(screen.getByRole("button", { name: "Log feedback" }));
    expect(screen.getByLabelText("Received").getAttribute("aria-invalid")).toBe("true");
    expect(screen.queryByRole("table", { name: "You said, we did" })).toBeNull();
  });

  it("loads the worked example, and Undo takes a removal back", async () => {
    render(<EngagementTool />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    await screen.findByRole("table", { name: "Stakeholder map" });
    expect(mapRow("Harbor Community Foundation").textContent).toContain("Manage closely");
    expect(screen.getByRole("table", { name: "Engagement plan" })).toBeTruthy();
    expect(screen.getByText("1 open item waits for a response.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Remove Local media" }));
    expect(rowOf(mapTable(), "Local media")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^Undo/ }));
    expect(mapRow("Local media")).toBeTruthy();
  });

  it("moves a stakeholder on the grid with the arrow keys, the table following", () => {
    render(<EngagementTool />);
    addStakeholder("Residents", "2", "5");
    const grid = screen.getByRole("group", { name: "Power and interest grid" });
    const marker = within(grid).getByRole("button", { name: "Residents: power 2, interest 5, Keep informed" });
    fireEvent.keyDown(marker, { key: "ArrowUp" });
    fireEvent.keyDown(marker, { key: "ArrowUp" });
    fireEvent.keyDown(marker, { key: "ArrowLeft" });
    expect(within(grid).getByRole("button", { name: "Residents: power 4, interest 4, Manage closely" })).toBe(marker);
    expect(mapRow("Residents").textContent).toContain("Manage closely");
    expect((screen.getByLabelText("Power of Residents") as HTMLSelectElement).value).toBe("4");
    expect(screen.getByText("Residents: power 4, interest 4, Manage closely").getAttribute("role")).toBe("status");
    fireEvent.click(screen.getByRole("button", { name: /^Undo/ }));
    expect(mapRow("Residents").textContent).toContain("Keep informed");
  });

  it("shows markup in names as text", () => {
    render(<EngagementTool />);
    addStakeholder('<img src=x onerror="alert(1)">', "3", "3");
    expect(document.querySelector(".stakeholder-map img")).toBeNull();
    expect(levelOf('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it("edits stakeholders, plan rows and log entries in place, each edit a step Undo takes back", async () => {
    render(<EngagementTool />);
    addStakeholder("Residents", "2", "5");
    addStakeholder("Council member", "5", "2");
    type("Name of stakeholder 1", "Elm Street tenants");
    expect(levelOf("Elm Street tenants").value).toBe("involve");
    type("Name of stakeholder 2", "elm street  TENANTS");
    expect(screen.getByLabelText("Name of stakeholder 2").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("This stakeholder is already on the map.")).toBeTruthy();
    expect(levelOf("Council member")).toBeTruthy();
    type("Decision or topic", "Class times");
    fireEvent.click(screen.getByRole("button", { name: "Add to the plan" }));
    type("Decision or topic 1", "Class times and places");
    type("Owner of plan row 1", "Coordinator");
    const details = screen.getByText(/change who is engaged in plan row 1/).closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    const who = await screen.findByRole("group", { name: "Who is engaged in plan row 1" });
    fireEvent.click(within(who).getByRole("checkbox", { name: "Council member" }));
    expect(rowOf(screen.getByRole("table", { name: "Engagement plan" }), "Class times and places")!.textContent).toContain(
      "Council member",
    );
    type("You said", "More parking");
    type("Received", "2027-02-10");
    fireEvent.click(screen.getByRole("button", { name: "Log feedback" }));
    type("You said, entry 1", "More parking near the pavilion");
    type("From, entry 1", "Town hall");
    await waitFor(
      () => {
        const saved = JSON.parse(localStorage.getItem("pivotpath:engagement") ?? "{}").data;
        expect(saved.stakeholders.map((s: { name: string }) => s.name)).toEqual(["Elm Street tenants", "Council member"]);
        expect(saved.plan[0]).toMatchObject({ topic: "Class times and places", owner: "Coordinator" });
        expect(saved.feedback[0]).toMatchObject({ what: "More parking near the pavilion", from: "Town hall" });
      },
      { timeout: 2000 },
    );
    fireEvent.click(screen.getByRole("button", { name: /^Undo/ }));
    expect((screen.getByLabelText("From, entry 1") as HTMLInputElement).value).toBe("");
    fireEvent.click(screen.getByRole("button", { name: /^Undo/ }));
    expect((screen.getByLabelText("You said, entry 1") as HTMLTextAreaElement).value).toBe("More parking");
  });

  it("shows the map a page of 10 rows at a time, turning to the page of a stakeholder just added", () => {
    render(<EngagementTool />);
    for (let i = 1; i <= 11; i++) addStakeholder(`Group ${i}`, "3", "3");
    expect(screen.getByLabelText("Name of stakeholder 11")).toBeTruthy();
    expect(screen.queryByLabelText("Name of stakeholder 1")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Previous stakeholders" }));
    expect(screen.getByLabelText("Name of stakeholder 1")).toBeTruthy();
  });

  it("prints every stakeholder, plan row and log entry as text, not only the page of the log shown", async () => {
    const entry = (i: number) => ({ id: `f${i}`, what: `Entry text ${i}`, from: "", date: "2027-01-01", response: "", status: "open" });
    const data = { highFrom: 3, stakeholders: [], plan: [], feedback: Array.from({ length: 30 }, (_, i) => entry(i + 1)) };
    localStorage.setItem("pivotpath:engagement", JSON.stringify({ app: "pivotpath", tool: "engagement", version: 1, savedAt: 1, data }));
    render(<EngagementTool />);
    await screen.findByRole("table", { name: "You said, we did" });
    const printout = document.querySelector<HTMLElement>(".engagement-printout")!;
    expect(printout.textContent).toBe("");
    window.dispatchEvent(new Event("beforeprint"));
    const printed = within(printout).getByRole("table", { name: "You said, we did" });
    expect(within(printed).getAllByRole("row")).toHaveLength(31);
    expect(printed.textContent).toContain("Entry text 30");
    expect(printed.textContent).toContain("Jan 1, 2027");
    window.dispatchEvent(new Event("afterprint"));
    expect(printout.textContent).toBe("");
  });
});
