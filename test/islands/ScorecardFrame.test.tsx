// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import PartnersTool from "~/islands/PartnersTool";

function page() {
  render(<PartnersTool />);
}

function addOrganization(name: string) {
  fireEvent.input(screen.getByLabelText("Organization"), { target: { value: name } });
  fireEvent.click(screen.getByRole("button", { name: "Add organization" }));
}

function addCriterion(name: string, weight: string, nonNegotiable = false) {
  fireEvent.input(screen.getByLabelText("Criterion"), { target: { value: name } });
  fireEvent.input(screen.getByLabelText("Weight"), { target: { value: weight } });
  if (nonNegotiable) fireEvent.click(screen.getByRole("checkbox", { name: "Non-negotiable" }));
  fireEvent.click(screen.getByRole("button", { name: "Add criterion" }));
}

const score = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The ranking's rows as text: rank, organization, weighted score, standing. */
function ranking() {
  const table = screen.getByRole("table", { name: "Partner ranking" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent).join(" | "));
}

/** Removes the six default criteria so a test starts from its own. */
function clearCriteria() {
  for (;;) {
    const button = screen.queryAllByRole("button", { name: /^Delete “/ }).find((b) => b.closest(".scorecard-criteria"));
    if (!button) return;
    fireEvent.click(button);
  }
}

describe("PartnerScorecard", () => {
  it("scores three organizations and ranks them by weighted score, ties sharing a rank", () => {
    page();
    clearCriteria();
    addOrganization("Greenleaf Grocers");
    addOrganization("Harbor City Parks");
    addOrganization("Valley Fresh");
    addCriterion("Mission fit", "2");
    addCriterion("Capacity", "1");
    score("Mission fit score for Greenleaf Grocers", "5");
    score("Capacity score for Greenleaf Grocers", "2");
    score("Mission fit score for Harbor City Parks", "4");
    score("Capacity score for Harbor City Parks", "4");
    score("Mission fit score for Valley Fresh", "3");
    expect(ranking()).toEqual([
      "1 (tied) | Greenleaf Grocers | 4.00 | Tied for rank 1",
      "1 (tied) | Harbor City Parks | 4.00 | Tied for rank 1",
      "– | Valley Fresh | Not fully scored | Not fully scored: “Capacity” missing",
    ]);
    expect(screen.getByText(/Weighted score = Σ\(weight × score\) ÷ Σ weight/)).toBeTruthy();
    score("Capacity score for Valley Fresh", "5");
    expect(ranking()[2]).toBe("3 | Valley Fresh | 3.67 | Ranked");
  });

  it("shows the scores ten candidates at a time, the ranking counting every one", () => {
    page();
    clearCriteria();
    for (let i = 1; i <= 12; i++) addOrganization(`Candidate ${i}`);
    addCriterion("Mission fit", "1");
    const grid = () => screen.getByRole("table", { name: "Scores" });
    const rowNames = () =>
      within(grid())
        .getAllByRole("rowheader")
        .map((h) => h.textContent);
    expect(rowNames()).toEqual(Array.from({ length: 10 }, (_, i) => `Candidate ${i + 1}`));
    expect(screen.getByText("Candidates 1–10 of 12. Page 1 of 2.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Previous candidates" }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Next candidates" }));
    expect(rowNames()).toEqual(["Candidate 11", "Candidate 12"]);
    expect(screen.getByText("Candidates 11–12 of 12. Page 2 of 2.")).toBeTruthy();
    score("Mission fit score for Candidate 12", "5");
    expect(ranking()[0]).toBe("1 | Candidate 12 | 5.00 | Ranked");
    expect(ranking()).toHaveLength(12);
  });

  it("prints every candidate's scores", async () => {
    page();
    for (let i = 1; i <= 12; i++) addOrganization(`Candidate ${i}`);
    const rows = () => within(screen.getByRole("table", { name: "Scores" })).getAllByRole("rowheader");
    expect(rows()).toHaveLength(10);
    window.dispatchEvent(new Event("beforeprint"));
    await waitFor(() => expect(rows()).toHaveLength(12));
    window.dispatchEvent(new Event("afterprint"));
    await waitFor(() => expect(rows()).toHaveLength(10));
  });

  it("excludes a candidate that does not meet a non-negotiable, below every ranked one", () => {
    page();
    clearCriteria();
    addOrganization("Greenleaf Grocers");
    addOrganization("Valley Fresh");
    addCriterion("Mission fit", "1");
    addCriterion("Keeps our name visible", "", true);
    score("Mission fit score for Greenleaf Grocers", "3");
    score("Mission fit score for Valley Fresh", "5");
    fireEvent.click(screen.getByRole("checkbox", { name: "Keeps our name visible met by Greenleaf Grocers" }));
    expect(ranking()).toEqual([
      "1 | Greenleaf Grocers | 3.00 | Ranked",
      "Excluded | Valley Fresh | 5.00 | Excluded: does not meet “Keeps our name visible”",
    ]);
  });

  it("refuses a weight of zero or less, and says why", () => {
    page();
    addCriterion("Reach", "0");
    const weight = screen.getByLabelText("Weight");
    expect(weight.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("new-criterion-weight-error")?.textContent).toContain("positive number");
    addCriterion("Reach", "-2");
    expect(screen.queryByRole("rowheader", { name: "Reach" })).toBeNull();
  });

  it("edits a criterion's weight in place and closes the editor with Escape", () => {
    page();
    fireEvent.click(screen.getByRole("button", { name: "Edit “Mission fit”" }));
    const weight = screen.getByLabelText("Weight of criterion 1");
    fireEvent.input(weight, { target: { value: "3" } });
    fireEvent.keyDown(weight, { key: "Escape" });
    const row = screen.getByRole("rowheader", { name: "Mission fit" }).closest("tr");
    expect(row?.textContent).toContain("3");
  });

  it("gives a shortlisted candidate a due-diligence checklist with its summary", () => {
    page();
    addOrganization("Greenleaf Grocers");
    expect(screen.queryByRole("table", { name: /Due diligence for/ })).toBeNull();
    fireEvent.change(screen.getByLabelText("Status, row 1"), { target: { value: "shortlisted" } });
    const table = screen.getByRole("table", { name: /Due diligence for Greenleaf Grocers/ });
    fireEvent.change(within(table).getByLabelText("Insurance certificates: status for Greenleaf Grocers"), { target: { value: "done" } });
    fireEvent.change(within(table).getByLabelText("Conflicts of interest: status for Greenleaf Grocers"), {
      target: { value: "concern" },
    });
    expect(table.querySelector("caption")?.textContent).toBe("Due diligence for Greenleaf Grocers: 1 of 8 done, 1 concern");
    const date = within(table).getByLabelText("Insurance certificates: date for Greenleaf Grocers") as HTMLInputElement;
    expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows the first shortlisted candidate's checklist, and the others' on demand", () => {
    page();
    addOrganization("Greenleaf Grocers");
    addOrganization("Harbor City Parks");
    fireEvent.change(screen.getByLabelText("Status, row 1"), { target: { value: "partner" } });
    fireEvent.change(screen.getByLabelText("Status, row 2"), { target: { value: "shortlisted" } });
    expect(screen.getByRole("table", { name: /Due diligence for Greenleaf Grocers/ })).toBeTruthy();
    expect(screen.queryByRole("table", { name: /Due diligence for Harbor City Parks/ })).toBeNull();
    const show = screen.getByRole("button", { name: "Show the checklist for Harbor City Parks" });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(show);
    expect(screen.getByRole("table", { name: /Due diligence for Harbor City Parks: 0 of 8 done/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hide the checklist for Greenleaf Grocers" }));
    expect(screen.queryByRole("table", { name: /Due diligence for Greenleaf Grocers/ })).toBeNull();
  });

  it("edits the checklist every shortlisted candidate is checked against", async () => {
    page();
    addOrganization("Greenleaf Grocers");
    fireEvent.change(screen.getByLabelText("Status, row 1"), { target: { value: "shortlisted" } });
    fireEvent.input(screen.getByLabelText("Check"), { target: { value: "Food-handler permits" } });
    fireEvent.click(screen.getByRole("button", { name: "Add check" }));
    const table = () => screen.getByRole("table", { name: /Due diligence for Greenleaf Grocers/ });
    expect(table().querySelector("caption")?.textContent).toContain("0 of 9 done");
    expect(within(table()).getByRole("rowheader", { name: "Food-handler permits" })).toBeTruthy();
    // The list of checks is drawn once the editor is unfolded.
    expect(screen.queryByRole("list", { name: "Checklist" })).toBeNull();
    fireEvent.click(screen.getByText("Edit the checklist (9 checks)"));
    await waitFor(() => expect(screen.getByRole("list", { name: "Checklist" })).toBeTruthy());
    fireEvent.click(screen.getByRole("button", { name: "Remove check “Insurance certificates”" }));
    expect(within(table()).queryByRole("rowheader", { name: "Insurance certificates" })).toBeNull();
    fireEvent.click(within(screen.getByRole("region", { name: "Partner scorecard" })).getByRole("button", { name: "Undo" }));
    expect(within(table()).getByRole("rowheader", { name: "Insurance certificates" })).toBeTruthy();
  });

  it("asks before deleting an organization the scorecard uses, says where, and Undo brings its scores back", () => {
    page();
    addOrganization("Greenleaf Grocers");
    score("Mission fit score for Greenleaf Grocers", "4");
    fireEvent.click(screen.getByRole("button", { name: "Delete “Greenleaf Grocers”" }));
    const question = screen.getByRole("group", { name: /Delete “Greenleaf Grocers”\? The partner scorecard holds its scores/ });
    fireEvent.click(within(question).getByRole("button", { name: "Yes, delete “Greenleaf Grocers”" }));
    expect(screen.queryByRole("table", { name: "Partner ranking" })).toBeNull();
    fireEvent.click(within(screen.getByRole("region", { name: "Your partners" })).getByRole("button", { name: "Undo" }));
    expect((screen.getByLabelText("Mission fit score for Greenleaf Grocers") as HTMLSelectElement).value).toBe("4");
  });
});
