// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import type { Risk } from "~/lib/risks/risks-tool";
import { DEFAULT_LIMITS } from "~/lib/risks/scoring";
import { RiskForm } from "~/islands/risks/RiskForm";

function setup(count = 0) {
  const onAdd = vi.fn<(risk: Risk) => void>();
  render(<RiskForm limits={DEFAULT_LIMITS} count={count} onAdd={onAdd} />);
  const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement | HTMLSelectElement;
  const add = () => fireEvent.click(screen.getByRole("button", { name: "Add risk" }));
  return { onAdd, field, add };
}

describe("RiskForm", () => {
  it("refuses an empty title at the field and says why", () => {
    const { onAdd, field, add } = setup();
    add();
    expect(onAdd).not.toHaveBeenCalled();
    const title = field("Risk");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(title.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Name the risk before adding it.");
    expect(document.activeElement).toBe(title);
  });

  it("adds a risk with what the reader chose, then empties the form", () => {
    const { onAdd, field, add } = setup(2);
    fireEvent.input(field("Risk"), { target: { value: "  <b>Rain</b> closes the market  " } });
    fireEvent.change(field("Likelihood"), { target: { value: "4" } });
    fireEvent.change(field("Impact"), { target: { value: "5" } });
    fireEvent.input(field("Owner"), { target: { value: "Harbor City Parks Department" } });
    fireEvent.input(field("Mitigation"), { target: { value: "Covered pavilion" } });
    fireEvent.change(field("Residual likelihood"), { target: { value: "2" } });
    fireEvent.change(field("Residual impact"), { target: { value: "4" } });
    add();
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({
      title: "<b>Rain</b> closes the market",
      likelihood: 4,
      impact: 5,
      owner: "Harbor City Parks Department",
      mitigation: "Covered pavilion",
      residualLikelihood: 2,
      residualImpact: 4,
      status: "open",
    });
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
    const { onAdd, field, add } = setup();
    expect(screen.queryByText(/Mitigation increases this risk\?/)).toBeNull();
    fireEvent.input(field("Risk"), { target: { value: "Odd" } });
    fireEvent.change(field("Residual impact"), { target: { value: "5" } });
    expect(screen.getByText(/Mitigation increases this risk\?/)).toBeTruthy();
    add();
    expect(onAdd.mock.calls[0]?.[0]).toMatchObject({ impact: 3, residualImpact: 5 });
  });

  it("refuses a 1,001st risk", () => {
    const { onAdd, field, add } = setup(1000);
    fireEvent.input(field("Risk"), { target: { value: "One too many" } });
    add();
    expect(onAdd).not.toHaveBeenCalled();
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
