// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import ResourcesTool from "~/islands/ResourcesTool";

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));

function addPartner(name: string) {
  type("Partner name", name);
  click("Add partner");
}

function addCost(name: string, amount: string) {
  type("Cost item", name);
  type("Amount", amount);
  click("Add cost");
}

function addContribution(partner: string, kind: string, quantity: string, unitValue: string) {
  const select = screen.getByLabelText("Partner", { exact: true }) as HTMLSelectElement;
  const option = within(select).getByRole("option", { name: partner }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
  fireEvent.change(screen.getByLabelText("Type", { exact: true }), { target: { value: kind } });
  type("Quantity", quantity);
  type("Unit value", unitValue);
  click("Add contribution");
}

/** The reader picks how to share the costs: a new costing has none chosen. */
const chooseMethod = (name: string) => fireEvent.click(screen.getByRole("radio", { name }));
const resultsTable = () => screen.queryByRole("table", { name: /Cost sharing/ });
const rowOf = (table: HTMLElement, name: string) => within(table).getByRole("row", { name: new RegExp(`^${name}`) });

function errorOf(label: string): string | null {
  const field = screen.getByLabelText(label, { exact: true });
  if (field.getAttribute("aria-invalid") !== "true") return null;
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ");
  // The error, not the hint the field may also be described by.
  return ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains("field-error"))?.textContent ?? "";
}

describe("ResourcesTool", () => {
  it("adds partners and refuses a blank or repeated name at the field", () => {
    render(<ResourcesTool />);
    addPartner("  ");
    expect(errorOf("Partner name")).toBe("Enter the partner's name.");
    addPartner("Eastside Food Bank");
    addPartner("eastside food bank");
    expect(errorOf("Partner name")).toContain("already a partner");
    expect(screen.getAllByRole("listitem").filter((li) => li.closest("[aria-label='Partner organizations']"))).toHaveLength(1);
  });

  it("refuses negative, non-numeric and too-large amounts with a message, and reads a decimal comma", () => {
    render(<ResourcesTool />);
    addCost("Tents", "-5");
    expect(errorOf("Amount")).toBe("The amount cannot be negative.");
    expect(document.activeElement).toBe(screen.getByLabelText("Amount", { exact: true }));
    addCost("Tents", "lots");
    expect(errorOf("Amount")).toContain("as a number");
    addCost("Tents", "1000000000000.01");
    expect(errorOf("Amount")).toContain("at most 1,000,000,000,000 USD");
    expect(screen.queryByRole("table", { name: /Budget/ })).toBeNull();
    addCost("Tents", "12,5");
    expect(errorOf("Amount")).toBeNull();
    const budget = screen.getByRole("table", { name: "Budget over 12 months" });
    expect(within(budget).getByRole("row", { name: /Tents/ }).textContent).toContain("$12.50");
  });

  it("counts monthly and yearly costs over the term", () => {
    render(<ResourcesTool />);
    type("Cost item", "Coordinator");
    type("Amount", "2500");
    fireEvent.change(screen.getByLabelText("Frequency"), { target: { value: "monthly" } });
    click("Add cost");
    type("Cost item", "Insurance");
    type("Amount", "1800");
    fireEvent.change(screen.getByLabelText("Frequency"), { target: { value: "yearly" } });
    click("Add cost");
    type("Partnership term in months", "18");
    const budget = screen.getByRole("table", { name: "Budget over 18 months" });
    expect(within(budget).getByRole("row", { name: /Coordinator/ }).textContent).toContain("$45,000.00");
    expect(within(budget).getByRole("row", { name: /Insurance/ }).textContent).toContain("$2,700.00");
    expect(within(budget).getByRole("row", { name: /Total cost/ }).textContent).toContain("$47,700.00");
  });

  it("starts with no sharing method chosen: shows every method's shares to choose by, and no one's share until one is chosen", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    addPartner("Beta");
    addCost("Everything", "100");
    const methods = screen.getAllByRole("radio") as HTMLInputElement[];
    expect(methods.filter((m) => m.checked)).toEqual([]);
    expect(resultsTable()).toBeNull();
    // Where every costing starts, said plainly: not an error alert.
    expect(screen.getByText(/No cost-sharing method is chosen yet/).closest("[role=alert]")).toBeNull();
    const compare = screen.getByRole("table", { name: /method by method/ });
    expect(within(compare).getByRole("row", { name: /^Alpha/ }).textContent).toContain("$50.00");
    expect(compare.textContent).not.toContain("(chosen)");
    chooseMethod("Equal");
    expect(rowOf(resultsTable() as HTMLElement, "Alpha").textContent).toContain("$50.00");
    expect(screen.getByRole("table", { name: /method by method/ }).textContent).toContain("Equal (chosen)");
  });

  it("values contributions, shares costs equally and settles the difference", () => {
    render(<ResourcesTool />);
    chooseMethod("Equal");
    addPartner("Alpha");
    addPartner("Beta");
    addPartner("Gamma");
    addCost("Everything", "100");
    addContribution("Alpha", "cash", "1", "60");
    addContribution("Beta", "staff", "1,5", "10");
    const table = resultsTable();
    expect(table).not.toBeNull();
    if (!table) return;
    expect(rowOf(table, "Alpha").textContent).toContain("$33.34");
    expect(rowOf(table, "Alpha").textContent).toContain("+$26.66");
    expect(rowOf(table, "Beta").textContent).toContain("$15.00");
    expect(rowOf(table, "Beta").textContent).toContain("-$18.33");
    expect(rowOf(table, "Gamma").textContent).toContain("-$33.33");
    expect(screen.getByText("Funding gap").nextElementSibling?.textContent).toBe("$25.00");
    const payments = screen.getByRole("table", { name: /Payments/ });
    expect(within(payments).getAllByRole("row")).toHaveLength(4);
    expect(payments.textContent).toContain("Shared budget");
  });

  it("shows no shares while custom percentages do not add up to 100, and names the total", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    addPartner("Beta");
    addCost("Everything", "100");
    fireEvent.click(screen.getByRole("radio", { name: "Custom" }));
    expect(screen.getByRole("alert").textContent).toContain("Enter a percentage for Alpha and Beta.");
    type("Percentage for Alpha", "60");
    type("Percentage for Beta", "39,5");
    expect(screen.getByRole("alert").textContent).toContain("add up to 99.5%, not 100%");
    expect(screen.getByRole("button", { name: "Download the sharing result (CSV)" }).hasAttribute("disabled")).toBe(true);
    expect(resultsTable()).toBeNull();
    expect(screen.queryByRole("table", { name: /method by method/ })).toBeNull();
    type("Percentage for Beta", "40");
    expect(rowOf(resultsTable() as HTMLElement, "Alpha").textContent).toContain("$60.00");
  });

  it("brings the partner list, the forms and the figures in step in the render that answers the click", () => {
    render(<ResourcesTool />);
    chooseMethod("Equal");
    addPartner("Alpha");
    addCost("Everything", "100");
    addPartner("Beta");
    expect((screen.getByLabelText("Name of partner 2") as HTMLInputElement).value).toBe("Beta");
    expect(within(screen.getByLabelText("Partner", { exact: true })).getByRole("option", { name: "Beta" })).toBeTruthy();
    expect(rowOf(resultsTable() as HTMLElement, "Beta").textContent).toContain("$50.00");
    expect(rowOf(screen.getByRole("table", { name: /method by method/ }), "Beta").textContent).toContain("$50.00");
  });

  it("saves a partner's new name as the reader types, and refuses a name another partner has in another form", async () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    addPartner("Beta");
    type("Name of partner 1", "Alpha Trust");
    await waitFor(() => expect(localStorage.getItem("pivotpath:resources")).toContain("Alpha Trust"), { timeout: 2000 });
    // A zero-width space and a full-width letter do not make another name.
    type("Name of partner 2", "alpha\u200b trust");
    expect(errorOf("Name of partner 2")).toBe("Alpha Trust is already a partner: each name must be different.");
    expect((screen.getByLabelText("Name of partner 2") as HTMLInputElement).value).toBe("alpha\u200b trust");
    expect(screen.getByLabelText("Weight for Beta")).toBeTruthy();
    addPartner("ＢＥＴＡ");
    expect(errorOf("Partner name")).toBe("Beta is already a partner: each name must be different.");
    type("Name of partner 2", "Beta Fund");
    expect(errorOf("Name of partner 2")).toBeNull();
    expect(screen.getByLabelText("Weight for Beta Fund")).toBeTruthy();
  });

  it("takes back a rename, a new cost and a change of method with Undo, named for what the reader did", () => {
    render(<ResourcesTool />);
    chooseMethod("Equal");
    addPartner("Alpha");
    addCost("Tents", "100");
    const custom = screen.getByRole("radio", { name: "Custom" });
    expect(document.getElementById(custom.getAttribute("aria-describedby") ?? "")?.textContent).toContain("must add up to exactly 100%");
    fireEvent.click(custom);
    expect(screen.getByText("Last change: Share the costs: custom")).toBeTruthy();
    click("Undo");
    expect((screen.getByRole("radio", { name: "Equal" }) as HTMLInputElement).checked).toBe(true);
    click("Undo");
    expect(screen.queryByRole("table", { name: /Budget/ })).toBeNull();
    click("Redo");
    expect(screen.getByRole("table", { name: /Budget/ }).textContent).toContain("Tents");
  });

  it("shows a long budget 25 lines at a time, with the total of every line", () => {
    render(<ResourcesTool />);
    for (let i = 1; i <= 27; i++) addCost(`Line ${i}`, "1");
    const budget = () => screen.getByRole("table", { name: /Budget/ });
    expect(within(budget()).getAllByRole("button", { name: /Delete cost/ })).toHaveLength(25);
    expect(within(budget()).getByRole("row", { name: /Total cost/ }).textContent).toContain("$27.00");
    expect(screen.getByText("Costs 1–25 of 27. Page 1 of 2.")).toBeTruthy();
    click("Next costs");
    expect(
      within(budget())
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Delete cost 26", "Delete cost 27"]);
    click("Delete cost 27");
    expect(screen.getByText("Costs 26–26 of 26. Page 2 of 2.")).toBeTruthy();
  });

  it("refuses a percentage above 100 or with three decimals at the field", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    type("Percentage for Alpha", "100.5");
    expect(errorOf("Percentage for Alpha")).toContain("at most 100");
    type("Percentage for Alpha", "33.333");
    expect(errorOf("Percentage for Alpha")).toContain("at most 2 decimals");
  });

  it("asks for a weight above zero for every partner in proportional mode", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    addPartner("Beta");
    addCost("Everything", "90");
    fireEvent.click(screen.getByRole("radio", { name: "Proportional" }));
    type("Weight for Alpha", "0");
    expect(screen.getByRole("alert").textContent).toContain("Enter a weight for Beta.");
    expect(screen.getByRole("alert").textContent).toContain("A weight of zero leaves Alpha out");
    type("Weight for Alpha", "2");
    type("Weight for Beta", "1");
    const table = resultsTable() as HTMLElement;
    expect(rowOf(table, "Alpha").textContent).toContain("$60.00");
    expect(rowOf(table, "Beta").textContent).toContain("$30.00");
  });

  it("asks before deleting a partner with contributions, and undo brings both back", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    addPartner("Beta");
    addContribution("Alpha", "cash", "1", "10");
    click("Delete Alpha");
    expect(screen.getByText("Delete Alpha and its 1 contribution?")).toBeTruthy();
    click("Yes, delete Alpha");
    expect(screen.queryByLabelText("Weight for Alpha")).toBeNull();
    expect(screen.queryByRole("table", { name: "Contributions, valued" })).toBeNull();
    click("Undo");
    expect(screen.getByLabelText("Weight for Alpha")).toBeTruthy();
    expect(within(screen.getByRole("table", { name: "Contributions, valued" })).getByRole("row", { name: /Alpha/ })).toBeTruthy();
  });

  it("deletes a partner without contributions at once, with undo", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    click("Delete Alpha");
    expect(screen.queryByLabelText("Name of partner 1")).toBeNull();
    click("Undo");
    expect((screen.getByLabelText("Name of partner 1") as HTMLInputElement).value).toBe("Alpha");
  });

  it("refuses a currency whose minor units cannot hold the amounts, and relabels between like currencies", () => {
    render(<ResourcesTool />);
    addCost("Tents", "12.50");
    const currency = screen.getByLabelText("Currency") as HTMLSelectElement;
    fireEvent.change(currency, { target: { value: "JPY" } });
    expect(errorOf("Currency")).toContain("no minor unit");
    expect(currency.value).toBe("USD");
    fireEvent.change(currency, { target: { value: "EUR" } });
    expect(errorOf("Currency")).toBeNull();
    expect(screen.getByText(/relabelled, not converted/).textContent).toContain("€12.50");
    expect(screen.getByRole("table", { name: /Budget/ }).textContent).toContain("€12.50");
  });

  it("loads the example with its figures and offers both CSV downloads", async () => {
    render(<ResourcesTool />);
    click("Load example");
    await waitFor(() => expect(resultsTable()).not.toBeNull());
    const table = resultsTable() as HTMLElement;
    expect(table.querySelector("caption")?.textContent).toBe("Cost sharing, by the agreed percentages");
    const parks = rowOf(table, "Harbor City Parks Department").textContent ?? "";
    expect(parks).toContain("$20,203.04");
    expect(parks).toContain("$18,700.00");
    expect(parks).toContain("-$1,503.04");
    expect(parks).toContain("Below its share");
    expect(screen.getByRole("button", { name: "Download the contributions (CSV)" }).hasAttribute("disabled")).toBe(false);
    expect(screen.getByRole("button", { name: "Download the sharing result (CSV)" }).hasAttribute("disabled")).toBe(false);
    expect(screen.getByRole("table", { name: /Payments \(2, the fewest possible\)/ })).toBeTruthy();
  });

  it("clears partners, costs and contributions only after asking", async () => {
    render(<ResourcesTool />);
    click("Load example");
    await waitFor(() => expect(resultsTable()).not.toBeNull());
    click("Clear");
    expect(resultsTable()).not.toBeNull();
    click("Yes, delete all partners, costs and contributions");
    await waitFor(() => expect(resultsTable()).toBeNull());
    expect(screen.getByText("No partners yet.")).toBeTruthy();
  });

  it("offers the volunteer-hour value for volunteer time and revalues entries when it changes", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    fireEvent.change(screen.getByLabelText("Type", { exact: true }), { target: { value: "volunteer" } });
    expect((screen.getByLabelText("Unit value", { exact: true }) as HTMLInputElement).value).toBe("33.49");
    // The fields say what they hold for this type of contribution, read with them.
    expect(screen.getByLabelText("Quantity", { exact: true }).getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById("resources-contribution-quantity-hint")?.textContent).toBe("Hours");
    expect(document.getElementById("resources-contribution-unit-hint")?.textContent).toBe("The value of a volunteer hour");
    type("Quantity", "10");
    expect(screen.getByText(/Value: \$334\.90\./)).toBeTruthy();
    click("Add contribution");
    const table = () => screen.getByRole("table", { name: "Contributions, valued" });
    expect(within(table()).getByRole("row", { name: /Alpha/ }).textContent).toContain("$334.90");
    type("Value of a volunteer hour", "35");
    click("Revalue 1 volunteer entry at $35.00 an hour");
    expect(within(table()).getByRole("row", { name: /Alpha/ }).textContent).toContain("$350.00");
    expect(screen.queryByRole("button", { name: /Revalue/ })).toBeNull();
  });

  it("refuses a contribution worth more than the limit, at the unit value", () => {
    render(<ResourcesTool />);
    addPartner("Alpha");
    addContribution("Alpha", "staff", "1000", "1000000000000");
    expect(errorOf("Unit value")).toContain("more than 1,000,000,000,000 USD");
    expect(screen.queryByRole("table", { name: "Contributions, valued" })).toBeNull();
  });

  it("shows typed names as text", () => {
    render(<ResourcesTool />);
    addPartner('<img src=x onerror="alert(1)">');
    expect(document.querySelector(".costing img")).toBeNull();
    expect(screen.getByLabelText('Weight for <img src=x onerror="alert(1)">')).toBeTruthy();
  });

  // Each section renders again only when the data it shows changes: these check that no table is left showing old data.
  describe("keeps every section in step with the data", () => {
    const tables = () => screen.getAllByRole("table");

    it("renames a partner in every table, field and list that names it", () => {
      render(<ResourcesTool />);
      chooseMethod("Equal");
      addPartner("Alpha");
      addPartner("Beta");
      addCost("Everything", "100");
      addContribution("Alpha", "cash", "1", "10");
      type("Name of partner 1", "Aleph");
      for (const name of [
        "Contributions, valued",
        /Cost sharing/,
        /method by method/,
        /After settlement/,
        "Contributions by partner and type",
        /Fair share and contributed/,
      ]) {
        const table = screen.getByRole("table", { name });
        expect(within(table).getByRole("row", { name: /^Aleph/ })).toBeTruthy();
        expect(table.textContent).not.toContain("Alpha");
      }
      expect(screen.getByLabelText("Weight for Aleph")).toBeTruthy();
      expect(screen.getByLabelText("Percentage for Aleph")).toBeTruthy();
      expect(within(screen.getByLabelText("Partner", { exact: true })).getByRole("option", { name: "Aleph" })).toBeTruthy();
    });

    it("relabels every amount when the currency changes", async () => {
      render(<ResourcesTool />);
      click("Load example");
      await waitFor(() => expect(resultsTable()).not.toBeNull());
      expect(tables().length).toBeGreaterThanOrEqual(7);
      fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "EUR" } });
      for (const table of tables()) {
        expect(table.textContent).toContain("€");
        expect(table.textContent).not.toContain("$");
      }
    });

    it("recounts the budget, the totals and every method's shares when the term changes", () => {
      render(<ResourcesTool />);
      chooseMethod("Equal");
      addPartner("Alpha");
      addPartner("Beta");
      type("Cost item", "Coordinator");
      type("Amount", "100");
      fireEvent.change(screen.getByLabelText("Frequency"), { target: { value: "monthly" } });
      click("Add cost");
      type("Partnership term in months", "6");
      expect(screen.getByRole("table", { name: "Budget over 6 months" }).textContent).toContain("$600.00");
      expect(screen.getByText("Total cost over 6 months", { selector: "dt" }).nextElementSibling?.textContent).toBe("$600.00");
      expect(rowOf(resultsTable() as HTMLElement, "Alpha").textContent).toContain("$300.00");
      expect(rowOf(screen.getByRole("table", { name: /method by method/ }), "Beta").textContent).toContain("$300.00");
    });

    it("renumbers the rows after a deleted cost or contribution, and undo puts them back", () => {
      render(<ResourcesTool />);
      addPartner("Alpha");
      addCost("First", "1");
      addCost("Second", "2");
      addContribution("Alpha", "cash", "1", "1");
      addContribution("Alpha", "cash", "1", "2");
      click("Delete cost 1");
      expect(within(screen.getByRole("table", { name: /Budget/ })).getByRole("row", { name: /Second/ }).textContent).toContain(
        "Delete cost 1",
      );
      click("Undo");
      expect(within(screen.getByRole("table", { name: /Budget/ })).getByRole("row", { name: /Second/ }).textContent).toContain(
        "Delete cost 2",
      );
      click("Delete contribution 1");
      const contributions = () => screen.getByRole("table", { name: "Contributions, valued" });
      expect(
        within(contributions())
          .getAllByRole("button")
          .map((b) => b.textContent),
      ).toEqual(["Delete contribution 1"]);
      expect(contributions().textContent).toContain("$2.00");
      expect(contributions().textContent).not.toContain("$1.00");
    });

    it("marks the chosen method in the comparison and names it in the results", () => {
      render(<ResourcesTool />);
      chooseMethod("Equal");
      addPartner("Alpha");
      addPartner("Beta");
      addCost("Everything", "90");
      type("Weight for Alpha", "2");
      type("Weight for Beta", "1");
      const headers = () =>
        within(screen.getByRole("table", { name: /method by method/ }))
          .getAllByRole("columnheader")
          .map((h) => h.textContent);
      expect(headers()).toEqual(["Partner", "Equal (chosen)", "Proportional", "Custom"]);
      fireEvent.click(screen.getByRole("radio", { name: "Proportional" }));
      expect(headers()).toEqual(["Partner", "Equal", "Proportional (chosen)", "Custom"]);
      expect(resultsTable()?.querySelector("caption")?.textContent).toBe("Cost sharing, in proportion to the weights");
      expect(rowOf(resultsTable() as HTMLElement, "Alpha").textContent).toContain("$60.00");
      fireEvent.click(screen.getByRole("radio", { name: "Equal" }));
      expect(rowOf(resultsTable() as HTMLElement, "Alpha").textContent).toContain("$45.00");
    });
  });
});
