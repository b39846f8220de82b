// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import PartnersTool from "~/islands/PartnersTool";

function addOrganization(name: string) {
  fireEvent.input(screen.getByLabelText("Organization"), { target: { value: name } });
  fireEvent.click(screen.getByRole("button", { name: "Add organization" }));
}

const names = () => Array.from(document.querySelectorAll(".organization-card__name")).map((n) => n.textContent);

describe("PartnersTool", () => {
  it("adds organizations and saves them", async () => {
    render(<PartnersTool />);
    addOrganization("Greenleaf Grocers");
    addOrganization("Harbor City Parks Department");
    expect(names()).toEqual(["Greenleaf Grocers", "Harbor City Parks Department"]);
    await waitFor(() => expect(localStorage.getItem("pivotpath:organizations")).toContain("Harbor City Parks Department"), {
      timeout: 2000,
    });
  });

  it("shows the list ten organizations at a time, turning to the one just added", () => {
    render(<PartnersTool />);
    for (let i = 1; i <= 10; i++) addOrganization(`Organization ${i}`);
    expect(screen.queryByRole("group", { name: "Pages of the organizations" })).toBeNull();
    addOrganization("Organization 11");
    expect(names()).toEqual(["Organization 11"]);
    expect(screen.getByText("Organizations 11–11 of 11. Page 2 of 2.")).toBeTruthy();
    expect(screen.getByLabelText("Name, row 11")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Previous organizations" }));
    expect(names()).toHaveLength(10);
    expect(names()[0]).toBe("Organization 1");
  });

  it("refuses a name already in the list, and a blank one, at the field", () => {
    render(<PartnersTool />);
    addOrganization("Greenleaf Grocers");
    addOrganization("  greenleaf   GROCERS ");
    const field = screen.getByLabelText("Organization");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById("new-organization-name-error")?.textContent).toContain("“Greenleaf Grocers” is already in the list.");
    addOrganization("   ");
    expect(document.getElementById("new-organization-name-error")?.textContent).toContain("Write the name of the organization.");
    expect(names()).toEqual(["Greenleaf Grocers"]);
  });

  it("renames as the reader types, keeping the last good name while the field is blank", () => {
    render(<PartnersTool />);
    addOrganization("Greenleaf");
    const name = screen.getByLabelText("Name, row 1");
    fireEvent.input(name, { target: { value: "Greenleaf Grocers" } });
    expect(names()).toEqual(["Greenleaf Grocers"]);
    fireEvent.input(name, { target: { value: "" } });
    expect(names()).toEqual(["Greenleaf Grocers"]);
    expect(name.getAttribute("aria-invalid")).toBe("true");
  });

  it("deletes an organization and brings it back with Undo", () => {
    render(<PartnersTool />);
    addOrganization("First");
    addOrganization("Second");
    fireEvent.click(screen.getByRole("button", { name: "Delete “First”" }));
    expect(names()).toEqual(["Second"]);
    fireEvent.click(within(screen.getByRole("region", { name: "Your partners" })).getByRole("button", { name: "Undo" }));
    expect(names()).toEqual(["First", "Second"]);
  });

  it("offers the organization named on step 1's worksheet as the reader's own", async () => {
    localStorage.setItem(
      "pivotpath:goals",
      JSON.stringify({ app: "pivotpath", tool: "goals", version: 1, savedAt: 1, data: { organization: "Eastside Food Bank", goals: [] } }),
    );
    render(<PartnersTool />);
    const offer = await screen.findByRole("button", { name: "Add “Eastside Food Bank” as your organization" });
    fireEvent.click(offer);
    expect(screen.getByRole("group", { name: /Eastside Food Bank \(your organization\)/ })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /as your organization/ })).toBeNull();
  });

  it("shows markup in a name as text", () => {
    render(<PartnersTool />);
    addOrganization('<img src=x onerror="alert(1)">');
    const list = screen.getByRole("list", { name: "Your organizations" });
    expect(list.querySelector("img")).toBeNull();
    expect(within(list).getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });
});
