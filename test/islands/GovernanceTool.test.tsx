// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import GovernanceTool from "~/islands/GovernanceTool";
import { organizationsExample } from "~/lib/organizations/organizations-example";

const tier = (name: string) => screen.getByRole("region", { name });

function addMember(tierName: string, name: string, organization?: string) {
  const form = within(tier(tierName)).getByRole("form", { name: /^Add a member/ });
  fireEvent.input(within(form).getByLabelText("Member"), { target: { value: name } });
  if (organization) {
    const select = within(form).getByLabelText("Organization") as HTMLSelectElement;
    const option = [...select.options].find((o) => o.text === organization);
    fireEvent.change(select, { target: { value: option?.value } });
  }
  fireEvent.click(within(form).getByRole("button", { name: "Add member" }));
}

describe("GovernanceTool", () => {
  it("adds members to a tier and saves what it decides as the reader types", async () => {
    render(<GovernanceTool />);
    addMember("Strategic group", "Executive director");
    expect(within(tier("Strategic group")).getByRole("list", { name: "Members of the strategic group" }).children).toHaveLength(1);
    expect((within(tier("Strategic group")).getByLabelText("Member 1") as HTMLInputElement).value).toBe("Executive director");
    fireEvent.input(within(tier("Strategic group")).getByLabelText("What it decides"), {
      target: { value: "Budget changes above $1,000" },
    });
    await waitFor(() => expect(localStorage.getItem("pivotpath:governance")).toContain("Budget changes above $1,000"), { timeout: 2000 });
  });

  it("says what a tier still lacks, until it has it", () => {
    render(<GovernanceTool />);
    expect(tier("Project group").textContent).toContain("The project group has no members yet.");
    addMember("Project group", "Programs director");
    expect(tier("Project group").textContent).not.toContain("has no members yet");
    fireEvent.change(within(tier("Project group")).getByLabelText("Escalates to"), { target: { value: "" } });
    expect(tier("Project group").textContent).toContain("does not say where it escalates");
  });

  it("refuses a blank member, and a name the tier already has, at the field", () => {
    render(<GovernanceTool />);
    addMember("Project group", "  ");
    const field = within(tier("Project group")).getByLabelText("Member");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(tier("Project group").textContent).toContain("Write the name of the member.");
    addMember("Project group", "Site supervisor");
    addMember("Project group", "site  SUPERVISOR");
    expect(tier("Project group").textContent).toContain("“Site supervisor” is already in the list.");
    expect(within(tier("Project group")).getAllByRole("listitem")).toHaveLength(1);
  });

  it("uses two tiers or three", () => {
    render(<GovernanceTool />);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Strategic group",
      "Project group",
      "Implementing group",
    ]);
    fireEvent.click(screen.getByRole("radio", { name: "Two tiers" }));
    expect(screen.queryByRole("region", { name: "Implementing group" })).toBeNull();
  });

  it("offers only a tier above, or the partners, to escalate to", () => {
    render(<GovernanceTool />);
    const options = (name: string) =>
      [...(within(tier(name)).getByLabelText("Escalates to") as HTMLSelectElement).options].map((o) => o.text);
    expect(options("Strategic group")).toEqual(["Not said", "each partner's own leadership"]);
    expect(options("Implementing group")).toEqual(["Not said", "Strategic group", "Project group", "each partner's own leadership"]);
  });

  it("offers step 2's organizations for each member", () => {
    localStorage.setItem(
      "pivotpath:organizations",
      JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data: organizationsExample() }),
    );
    render(<GovernanceTool />);
    addMember("Strategic group", "Co-owner", "Greenleaf Grocers");
    const select = within(tier("Strategic group")).getByLabelText("Organization of member 1") as HTMLSelectElement;
    expect(select.selectedOptions[0]?.text).toBe("Greenleaf Grocers");
    expect(screen.queryByText(/list the partnership's organizations/)).toBeNull();
  });

  it("loads the worked example", async () => {
    render(<GovernanceTool />);
    fireEvent.click(screen.getByRole("button", { name: "Load example" }));
    await waitFor(() => expect(within(tier("Implementing group")).getAllByRole("listitem")).toHaveLength(5));
    expect((within(tier("Project group")).getByLabelText("How often it meets") as HTMLInputElement).value).toBe(
      "Every two weeks, all year",
    );
  });
});
