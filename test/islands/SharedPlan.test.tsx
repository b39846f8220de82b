// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import SharedPlan from "~/islands/plan/SharedPlan";
import { goalsExample } from "~/lib/goals/goals-example";
import type { StepInfo } from "~/lib/plan/plan-document";
import { encodeShare } from "~/lib/share/share-link";

const STEPS: StepInfo[] = [
  { step: 1, title: "Set your internal goals and objectives", navTitle: "Goals", href: "/guide/goals/" },
  { step: 2, title: "Find and assess partners", navTitle: "Partners", href: "/guide/partners/" },
];
const record = { app: "pivotpath", tool: "goals", version: 1, savedAt: Date.UTC(2026, 10, 27), data: goalsExample() };
const EXPORT = JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: { goals: record } });

afterEach(() => {
  location.hash = "";
});

describe("SharedPlan", () => {
  it("shows the plan from the link alone, read-only, and writes nothing", async () => {
    location.hash = await encodeShare(EXPORT);
    render(<SharedPlan steps={STEPS} />);
    await screen.findByText(/This is a read-only copy of a plan shared with you by link/);
    for (const goal of goalsExample().goals) expect(screen.getAllByText(goal.title, { exact: false }).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "Save a copy in this browser" })).toBeTruthy();
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
    expect(localStorage.length).toBe(0);
  });

  it.each([
    ["", /everything after “#” is missing/],
    ["v1.40.AAAAAAAAAAAAAAAA.abc", /cut short/],
    ["v3.4.AAAAAAAAAAAAAAAA.abcd", /newer version/],
  ])("says what is wrong with the link %j and changes nothing", async (hash, message) => {
    localStorage.setItem("pivotpath:goals", JSON.stringify(record));
    location.hash = hash;
    render(<SharedPlan steps={STEPS} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toContain("Nothing in this browser was changed.");
    expect(screen.queryByRole("button", { name: "Save a copy in this browser" })).toBeNull();
    expect(localStorage.getItem("pivotpath:goals")).toBe(JSON.stringify(record));
  });

  it("closes the replace question when the address changes to another link, and saves the plan shown", async () => {
    localStorage.setItem("pivotpath:goals", JSON.stringify({ ...record, data: { ...goalsExample(), organization: "My own work" } }));
    location.hash = await encodeShare(EXPORT);
    render(<SharedPlan steps={STEPS} />);
    fireEvent.click(await screen.findByRole("button", { name: "Save a copy in this browser" }));
    await screen.findByRole("button", { name: /^Replace/ });

    const second = { ...record, data: { ...goalsExample(), organization: "Second Org" } };
    location.hash = await encodeShare(
      JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: { goals: second } }),
    );
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    await screen.findAllByText(/Second Org/);
    await waitFor(() => expect(screen.queryByRole("button", { name: /^Replace/ })).toBeNull());

    fireEvent.click(screen.getByRole("button", { name: "Save a copy in this browser" }));
    fireEvent.click(await screen.findByRole("button", { name: /^Replace/ }));
    expect(JSON.parse(localStorage.getItem("pivotpath:goals") ?? "null")?.data?.organization).toBe("Second Org");
  });
});
