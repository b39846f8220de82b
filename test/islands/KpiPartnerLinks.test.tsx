// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import KpiTool from "~/islands/KpiTool";
import { organizations } from "~/islands/shared/organizations";
import { renameOrganization } from "~/lib/organizations/organization-edit";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const fixture = (tool: string, file: string) => readFileSync(join(FIXTURES, tool, file), "utf8");
const stored = () =>
  JSON.parse(localStorage.getItem("pivotpath:kpis") ?? "null") as { version: number; data: { kpis: Record<string, unknown>[] } };
const planText = () => screen.getByRole("table", { name: "M&E plan" }).textContent ?? "";

describe("KPI responsible partners that are step 2's organizations", { timeout: 15_000 }, () => {
  it("links the partners of KPIs saved in the old format by name, and a rename on step 2 renames them", async () => {
    localStorage.setItem("pivotpath:kpis", fixture("kpis", "v1.json"));
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    render(<KpiTool />);
    await waitFor(() =>
      expect(stored().data.kpis[0]).toMatchObject({ responsible: "Eastside Food Bank", responsibleOrganizationId: "fixture-own" }),
    );
    expect(stored().version).toBe(2);
    const id = organizations.data.value.organizations.find((o) => o.name === "Eastside Food Bank")?.id ?? "";
    organizations.apply("Rename", (d) => renameOrganization(d, id, "Eastside Community Pantry"));
    await waitFor(() => expect(planText()).toContain("Eastside Community Pantry"));
    expect(planText()).not.toContain("Eastside Food Bank");
    expect(planText()).toContain("Harbor City Parks Department");
  });

  it("links a partner typed in a KPI's fields as the reader types", async () => {
    localStorage.setItem("pivotpath:kpis", fixture("kpis", "v1.json"));
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    render(<KpiTool />);
    fireEvent.click(await screen.findByRole("button", { name: "Edit KPI 2" }));
    const field = screen.getByLabelText("Responsible partner of KPI 2");
    fireEvent.input(field, { target: { value: "greenleaf grocers" } });
    await waitFor(() =>
      expect(stored().data.kpis[1]).toMatchObject({ responsible: "greenleaf grocers", responsibleOrganizationId: "fixture-grocer" }),
    );
    expect(within(screen.getByRole("table", { name: "M&E plan" })).getAllByRole("row")[2]?.textContent).toContain("greenleaf grocers");
  });
});
