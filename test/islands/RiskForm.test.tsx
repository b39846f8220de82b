// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { RiskForm } from "~/islands/risks/RiskForm";
import { risks } from "~/islands/risks/risks-state";
import { aRisk, storeRisks } from "../support/risk-fixtures";

function setup() {
  render(<RiskForm />);
  const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement | HTMLSelectElement;
  const add = () => fireEvent.click(screen.getByRole("button", { name: "Add risk" }));
  return { field, add };
}

const saved = () => risks.data.value.risks;

describe("RiskForm", () => {
  it("refuses an empty title at the field and says why", () => {
    const { field, add } = setup();
    add();
    expect(saved()).toEqual([]);
    const title = field("Risk");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(title.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Name the risk before adding it.");
    expect(document.activeElement).toBe(title);
  });

  it("adds a risk with what the reader chose, then empties the form", () => {
    storeRisks([aRisk(), aRisk()]);
    risks.connect();
    const { field, add } = setup();
    fireEvent.input(field("Risk"), { target: { value: "  <b>Rain</b> closes the market  " } });
    fireEvent.change(field("Likelihood"), { target: { value: "4" } });
    fireEvent.change(field("Impact"), { target: { value: "5" } });
    fireEvent.input(field("Owner"), { target: { value: "Harbor City Parks Department" } });
    fireEvent.input(field("Mitigation"), { target: { value: "Covered pavilion" } });
    fireEvent.change(field("Residual likelihood"), { target: { value: "2" } });
    fireEvent.change(field("Residual impact"), { target: { value: "4" } });
    add();
    expect(saved()).toHaveLength(3);
    expect(saved()[2]).toMatchObject({
      title: "<b>Rain</b> closes the market",
      likelihood: 4,
      impact: 5,
      owner: "Harbor City Parks Department",
      mitigation: "Covered pavilion",
      residualLikelihood: 2,
      residualImpact: 4,
      status: "open",
    });
    expect(risks.history.value.undo).toBe("Add risk “<b>Rain</b> closes the market”");
    expect(field("Risk").value).toBe("");
    expect(screen.getByRole("status").textContent).toBe("Added risk 3: <b>Rain</b> closes the market.");
  });

  it("moves the residual levels with the inherent ones until the reader sets them", () => {
    const { field } = setup();
    fireEvent.change(field("Likelihood"), { target: { value: "5" } });
    expect(field("Residual likelihood").value).toBe("5");
    fireEvent.change(field("Residual likelihood"), { target: { value: "2" } });
    fireEvent.change(field("Likelihood"), { target: { value: "4" } });
    expect(field("Residual likelihood").value).toBe("2");
  });

  it("flags, but allows, a residual score above the inherent one", () => {
    const { field, add } = setup();
    expect(screen.queryByText(/Mitigation increases this risk\?/)).toBeNull();
    fireEvent.input(field("Risk"), { target: { value: "Odd" } });
    fireEvent.change(field("Residual impact"), { target: { value: "5" } });
    expect(screen.getByText(/Mitigation increases this risk\?/)).toBeTruthy();
    add();
    expect(saved()[0]).toMatchObject({ impact: 3, residualImpact: 5 });
  });

  it("refuses a 1,001st risk", () => {
    storeRisks(Array.from({ length: 1000 }, () => aRisk()));
    risks.connect();
    const { field, add } = setup();
    fireEvent.input(field("Risk"), { target: { value: "One too many" } });
    add();
    expect(saved()).toHaveLength(1000);
    expect(screen.getByText(/at most 1000 risks/)).toBeTruthy();
  });

  it("offers the scale words with the values 1 to 5", () => {
    const { field } = setup();
    const options = [...(field("Likelihood") as HTMLSelectElement).options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ["1", "1 Rare"],
      ["2", "2 Unlikely"],
      ["3", "3 Possible"],
      ["4", "4 Likely"],
      ["5", "5 Almost certain"],
    ]);
  });
});
