// @vitest-environment happy-dom
import { render, screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { PlanView } from "~/islands/plan/PlanView";
import { assemblePlan } from "~/lib/plan/assemble-plan";
import type { PlanDocument } from "~/lib/plan/plan-document";
import { NOW, STEPS, exampleSnapshot } from "../../support/plan-fixtures";

const full = assemblePlan(exampleSnapshot(), STEPS, { now: NOW, locale: "en-US" });

describe("PlanView", () => {
  it("shows one section per step, headed by the step's title, with its last change and a link to edit it", () => {
    render(<PlanView doc={full} />);
    for (const step of STEPS) {
      const heading = screen.getByRole("heading", { level: 2, name: `Step ${step.step}. ${step.title}` });
      const section = heading.closest("section") as HTMLElement;
      expect(within(section).getByText(/^Last changed/).textContent).toMatch(/Last changed \w{3} \d{1,2}, \d{4}\./);
      expect(
        within(section)
          .getByRole("link", { name: `Edit step ${step.step} in the guide` })
          .getAttribute("href"),
      ).toBe(step.href);
    }
  });

  it("renders the blocks as subheadings, paragraphs and tables with captions and headers", () => {
    render(<PlanView doc={full} />);
    expect(screen.getByRole("heading", { level: 3, name: "Scores and ranking" })).toBeTruthy();
    const ranking = screen.getByRole("table", { name: "Ranking by weighted score" });
    expect(
      within(ranking)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Organization", "Rank", "Weighted score", "Note"]);
    expect(within(ranking).getByRole("rowheader", { name: "Greenleaf Grocers" })).toBeTruthy();
    expect(screen.getByText("The risk register holds 10 risks.")).toBeTruthy();
    const article = screen.getByRole("article", { name: "Partnership plan: Riverside Fresh Start" });
    expect(within(article).getByText("Prepared by Eastside Food Bank")).toBeTruthy();
    expect(within(article).getByText("Nov 28, 2026")).toBeTruthy();
  });

  it("is a document, not a form: no field or button", () => {
    render(<PlanView doc={full} />);
    for (const role of ["textbox", "combobox", "checkbox", "radio", "spinbutton", "button"]) {
      expect(screen.queryAllByRole(role)).toHaveLength(0);
    }
  });

  it("says what a step with nothing saved produces, and links to it", () => {
    const empty = assemblePlan({}, STEPS, { now: NOW, locale: "en-US" });
    render(<PlanView doc={empty} />);
    const section = screen.getByRole("heading", { name: /^Step 5\./ }).closest("section") as HTMLElement;
    expect(section.textContent).toContain("Nothing saved yet. This step gives you: The risk register");
    expect(within(section).getByRole("link", { name: "Start step 5" }).getAttribute("href")).toBe("/guide/risks/");
    expect(within(section).queryByRole("table")).toBeNull();
  });

  it("shows names as text, never as markup", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const doc: PlanDocument = {
      title: hostile,
      date: "Nov 28, 2026",
      sections: [
        {
          ...STEPS[0]!,
          state: "started",
          updatedAt: NOW,
          emptyText: "",
          blocks: [{ kind: "table", caption: hostile, header: [hostile], rows: [[hostile]] }],
        },
      ],
    };
    const { container } = render(<PlanView doc={doc} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("table", { name: hostile })).toBeTruthy();
  });
});
