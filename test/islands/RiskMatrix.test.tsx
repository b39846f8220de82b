// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { createRegisterView } from "~/islands/risks/register-view";
import { RiskMatrix } from "~/islands/risks/RiskMatrix";
import { risks } from "~/islands/risks/risks-state";
import type { View } from "~/lib/risks/register";
import { aRisk, storeRisks } from "../support/risk-fixtures";

const RISKS = [
  aRisk({ likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 }),
  aRisk({ likelihood: 1, impact: 2, residualLikelihood: 1, residualImpact: 1 }),
  aRisk({ likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 }),
];

function setup(shown: View = "inherent", limits = { low: 3, moderate: 6, high: 12 }) {
  storeRisks(RISKS, limits);
  risks.connect();
  const view = createRegisterView();
  view.showView(shown);
  render(<RiskMatrix view={view} />);
  return view;
}

const cell = (name: string) => screen.getByRole("button", { name });

describe("RiskMatrix", () => {
  it("is a table with a caption, headers and 25 named cells", () => {
    setup();
    const table = screen.getByRole("table", { name: "Risk matrix (inherent)" });
    expect(within(table).getAllByRole("columnheader")).toHaveLength(5);
    expect(within(table).getAllByRole("rowheader")).toHaveLength(5);
    expect(within(table).getAllByRole("button")).toHaveLength(25);
    const full = cell("Likelihood 4 Likely, impact 5 Severe: Extreme, 2 risks");
    expect(full.textContent).toBe("Extreme");
    expect(full.closest("td")?.textContent).toBe("Extreme2013Risks 1, 3");
    expect(document.getElementById(full.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Risks 1, 3");
    expect(cell("Likelihood 1 Rare, impact 2 Minor: Low, 1 risk").closest("td")?.textContent).toContain("Risk 2");
    expect(cell("Likelihood 3 Possible, impact 3 Moderate: High, 0 risks")).toBeTruthy();
  });

  it("places risks by their residual levels in the residual view", () => {
    setup("residual");
    expect(screen.getByRole("table", { name: "Risk matrix (residual)" })).toBeTruthy();
    expect(cell("Likelihood 2 Unlikely, impact 3 Moderate: Moderate, 2 risks")).toBeTruthy();
    expect(cell("Likelihood 4 Likely, impact 5 Severe: Extreme, 0 risks")).toBeTruthy();
  });

  it("keeps one cell in the tab order and moves it with the arrow keys", () => {
    setup();
    const focusable = () => screen.getAllByRole("button").filter((b) => b.getAttribute("tabindex") === "0");
    expect(focusable()).toHaveLength(1);
    const start = focusable()[0] as HTMLElement;
    expect(start.getAttribute("aria-label")).toMatch(/^Likelihood 5 Almost certain, impact 1 Insignificant/);
    start.focus();
    fireEvent.keyDown(start, { key: "ArrowDown" });
    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Likelihood 4 Likely, impact 2 Minor/);
    expect(focusable()).toEqual([document.activeElement]);
    fireEvent.keyDown(document.activeElement as Element, { key: "End" });
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Likelihood 4 Likely, impact 5 Severe: Extreme, 2 risks");
  });

  it("filters the register to a chosen cell, and lets go when it is chosen again", async () => {
    const view = setup();
    fireEvent.click(cell("Likelihood 4 Likely, impact 5 Severe: Extreme, 2 risks"));
    expect(view.filter.value).toEqual({ view: "inherent", likelihood: 4, impact: 5 });
    const chosen = await screen.findByRole("button", { name: "Likelihood 4 Likely, impact 5 Severe: Extreme, 2 risks", pressed: true });
    fireEvent.click(chosen);
    expect(view.filter.value).toBeNull();
  });

  it("switches between inherent and residual with a radio group", () => {
    const view = setup();
    const group = screen.getByRole("group", { name: "Matrix shows risks" });
    expect((within(group).getByRole("radio", { name: "Inherent" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole("radio", { name: "Residual" }));
    expect(view.view.value).toBe("residual");
  });

  it("follows custom band limits", () => {
    setup("inherent", { low: 4, moderate: 10, high: 24 });
    expect(cell("Likelihood 4 Likely, impact 5 Severe: High, 2 risks")).toBeTruthy();
    expect(cell("Likelihood 5 Almost certain, impact 5 Severe: Extreme, 0 risks")).toBeTruthy();
  });

  it("shows the first numbers of a crowded cell and says how many more it holds", () => {
    storeRisks(Array.from({ length: 30 }, () => aRisk({ likelihood: 2, impact: 2 })));
    risks.connect();
    render(<RiskMatrix view={createRegisterView()} />);
    const crowded = cell("Likelihood 2 Unlikely, impact 2 Minor: Moderate, 30 risks");
    expect(crowded.closest("td")?.querySelectorAll(".risk-cell__id")).toHaveLength(12);
    expect(document.getElementById(crowded.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Risks 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 18 more",
    );
  });
});
