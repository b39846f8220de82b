// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import AgreementTool from "~/islands/AgreementTool";
import { savedSections } from "~/islands/agreement/agreement-state";
import { toolState } from "~/islands/shared/tool-state";
import { NOT_LEGAL_ADVICE, SECTIONS } from "~/lib/agreement/agreement-sections";
import { agreementTool, setClause } from "~/lib/agreement/agreement-tool";
import { addMember } from "~/lib/governance/governance-edit";
import { governanceTool } from "~/lib/governance/governance-tool";
import { goalsExample } from "~/lib/goals/goals-example";
import { goalsTool } from "~/lib/goals/goals-tool";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { resourcesExample } from "~/lib/resources/resources-example";
import { risksExample } from "~/lib/risks/risks-example";
import { risksTool } from "~/lib/risks/risks-tool";
import { resourcesTool } from "~/lib/resources/resources-tool";
import { encodeRecord } from "~/lib/storage/decode";
import type { ToolDefinition } from "~/lib/storage/tool";

function store<T>(tool: ToolDefinition<T>, data: T) {
  const encoded = encodeRecord(tool, data, Date.now());
  if (!encoded.ok) throw new Error(encoded.message);
  localStorage.setItem(`pivotpath:${tool.id}`, encoded.text);
}

/** A clause of the outline by its heading, "3. Term and dates". */
const clause = (heading: string) => screen.getByRole("region", { name: new RegExp(`^\\d+\\. ${heading}$`) });

describe("AgreementTool", () => {
  it("takes each partner's contributions, valued, and its share of the costs from the costing tool", async () => {
    store(organizationsTool, organizationsExample());
    store(resourcesTool, resourcesExample());
    render(<AgreementTool />);
    const shares = () =>
      within(clause("Contributions and cost sharing")).getByRole("table", { name: "Each partner's contributions and share of the costs" });
    await waitFor(() => expect(shares().textContent).toContain("Greenleaf Grocers"));
    expect(within(shares()).getByRole("row", { name: /^Harbor City Parks Department \$[\d,]+\.\d\d \$[\d,]+\.\d\d \(\d/ })).toBeTruthy();
    expect(within(clause("Contributions and cost sharing")).getByText(/^The partnership's costs come to \$/)).toBeTruthy();
    expect(within(clause("Term and dates")).queryByText(/\(12 months\)|For 12 months/)).toBeTruthy();
  });

  it("names a risk's owner as step 2 names the organization now, after a rename there", async () => {
    const organizations = organizationsExample();
    const org = organizations.organizations[1];
    if (!org) throw new Error("the example has a second organization");
    const risks = { ...risksTool.empty(), risks: risksExample() };
    const first = risks.risks[0];
    if (!first) throw new Error("the example has a risk");
    // Saved under the organization's old name, linked by id; renamed on step 2 since.
    risks.risks[0] = { ...first, owner: org.name, ownerOrganizationId: org.id };
    const renamed = {
      ...organizations,
      organizations: organizations.organizations.map((o) => (o.id === org.id ? { ...o, name: "Renamed Cooperative" } : o)),
    };
    store(organizationsTool, renamed);
    store(risksTool, risks);
    render(<AgreementTool />);
    const table = () => within(clause("Risks, insurance and indemnity")).getByRole("table");
    const row = () => within(table()).getByRole("row", { name: new RegExp(`^${first.title}`) });
    await waitFor(() => expect(row().textContent).toContain("Renamed Cooperative"));
    expect(row().textContent).not.toContain(org.name);
  });

  it("assembles the outline from the saved parties and goals, and says which step fills an empty clause", async () => {
    store(organizationsTool, organizationsExample());
    store(goalsTool, goalsExample());
    render(<AgreementTool />);
    expect(screen.getByRole("heading", { name: "Partnership agreement outline" })).toBeTruthy();
    expect(screen.getByText(NOT_LEGAL_ADVICE)).toBeTruthy();
    await waitFor(() =>
      expect(within(clause("Parties")).getByRole("table", { name: "Parties" }).textContent).toContain("Eastside Food Bank"),
    );
    expect(within(clause("Purpose and goals")).getByRole("table", { name: "Goals" }).textContent).toContain(goalsExample().goals[0]?.title);
    expect(screen.getByText("Memorandum of understanding: Riverside Fresh Start")).toBeTruthy();
    expect(within(clause("Purpose and goals")).getByText("The partnership's working name is Riverside Fresh Start.")).toBeTruthy();
    expect(within(clause("Parties")).queryByText(/Nothing saved yet/)).toBeNull();
    expect(within(clause("Risks, insurance and indemnity")).getByText("Nothing saved yet: step 5 fills this.")).toBeTruthy();
    expect(within(clause("Parties")).getByText("Who is making this agreement, and who speaks for each organization.")).toBeTruthy();
  });

  it("saves the reader's own words for a clause, which then no longer waits for its step", async () => {
    render(<AgreementTool />);
    const field = screen.getByLabelText("Your words: Data sharing and privacy");
    expect(
      within(clause("Data sharing and privacy")).getByText(
        "Nothing saved yet: fill it in this step, with the governance tiers and RACI chart or in your own words.",
      ),
    ).toBeTruthy();
    fireEvent.input(field, { target: { value: "Card numbers and ZIP codes only." } });
    expect(within(clause("Data sharing and privacy")).queryByText(/Nothing saved yet/)).toBeNull();
    await waitFor(() => expect(localStorage.getItem("pivotpath:agreement")).toContain("Card numbers and ZIP codes only."), {
      timeout: 2000,
    });
  });

  it("refuses an end date before the start date, at the field", () => {
    render(<AgreementTool />);
    fireEvent.input(screen.getByLabelText("Starts on"), { target: { value: "2027-03-01" } });
    fireEvent.input(screen.getByLabelText("Ends on"), { target: { value: "2027-01-01" } });
    expect(screen.getByLabelText("Ends on").getAttribute("aria-invalid")).toBe("true");
    expect(within(clause("Term and dates")).getByText("From Mar 1, 2027.")).toBeTruthy();
  });

  it("keeps an end date typed before the start that makes it valid, and saves it once the start is corrected", async () => {
    render(<AgreementTool />);
    const startField = () => screen.getByLabelText("Starts on") as HTMLInputElement;
    const endField = () => screen.getByLabelText("Ends on") as HTMLInputElement;
    fireEvent.input(startField(), { target: { value: "2025-06-01" } });
    fireEvent.input(endField(), { target: { value: "2025-05-01" } });
    expect(endField().value).toBe("2025-05-01");
    expect(endField().getAttribute("aria-invalid")).toBe("true");
    fireEvent.input(startField(), { target: { value: "2025-04-01" } });
    expect(endField().value).toBe("2025-05-01");
    expect(endField().getAttribute("aria-invalid")).not.toBe("true");
    await waitFor(() => expect(JSON.parse(localStorage.getItem("pivotpath:agreement") ?? "{}").data?.end).toBe("2025-05-01"), {
      timeout: 2000,
    });
  });

  it("keeps a year being retyped in a saved date: the browser reports 0002-06-01 after its first digit", () => {
    render(<AgreementTool />);
    const startField = () => screen.getByLabelText("Starts on") as HTMLInputElement;
    fireEvent.input(startField(), { target: { value: "2025-06-01" } });
    for (const partial of ["0002-06-01", "0020-06-01", "0202-06-01", "2026-06-01"]) {
      fireEvent.input(startField(), { target: { value: partial } });
      expect(startField().value).toBe(partial);
    }
    expect(within(clause("Term and dates")).getByText(/From Jun 1, 2026/)).toBeTruthy();
  });

  it("shows markup in a saved name as text", async () => {
    store(organizationsTool, {
      organizations: [{ ...organizationsExample().organizations[0]!, name: "<img src=x onerror=alert(1)>", own: true }],
    });
    render(<AgreementTool />);
    await waitFor(() => expect(within(clause("Parties")).getByText("<img src=x onerror=alert(1)>")).toBeTruthy());
    expect(document.querySelector(".agreement-section img")).toBeNull();
  });

  it("redraws only the sections whose saved work changed: a member added to a tier leaves the risks section as it was", async () => {
    store(risksTool, { ...risksTool.empty(), risks: risksExample() });
    render(<AgreementTool />);
    await waitFor(() => expect(within(clause("Risks, insurance and indemnity")).getAllByRole("row").length).toBeGreaterThan(1));
    const at = (key: string) => SECTIONS.findIndex((s) => s.key === key);
    const risksBefore = savedSections[at("risks")]?.value;
    const governanceBefore = savedSections[at("governance")]?.value;
    toolState(governanceTool).apply("Add a member", (d) =>
      addMember(d, "strategic", { id: "m-new", name: "Ana Ruiz", organizationId: "" }),
    );
    await waitFor(() =>
      expect(within(clause("Governance and roles")).getByRole("table", { name: "Governance tiers" }).textContent).toContain("Ana Ruiz"),
    );
    expect(savedSections[at("governance")]?.value).not.toBe(governanceBefore);
    // The same object: its section component is not redrawn, and its 1,000-row table (at the largest) is not diffed.
    expect(savedSections[at("risks")]?.value).toBe(risksBefore);
    // Words typed into a clause change no section drawn from saved work, the term's dates included.
    const termBefore = savedSections[at("term")]?.value;
    toolState(agreementTool).apply("Write", (d) => setClause(d, "term", "Reviewed each spring."));
    expect(toolState(agreementTool).data.peek().clauses.term).toBe("Reviewed each spring.");
    expect(savedSections[at("term")]?.value).toBe(termBefore);
  });
});
