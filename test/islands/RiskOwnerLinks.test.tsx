// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import RiskTool from "~/islands/RiskTool";
import { organizations } from "~/islands/shared/organizations";
import { renameOrganization } from "~/lib/organizations/organization-edit";
import { aRisk, storeRisks } from "../support/risk-fixtures";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const fixture = (tool: string, file: string) => readFileSync(join(FIXTURES, tool, file), "utf8");
const stored = () =>
  JSON.parse(localStorage.getItem("pivotpath:risks") ?? "null") as { version: number; data: { risks: Record<string, unknown>[] } };
/** The owner cell's text as read out: without the label a phone's card shows (aria-hidden). */
const ownerOf = (n: number) => {
  const rows = within(screen.getByRole("table", { name: /^Risk register/ })).getAllByRole("row");
  const cell = rows[n]?.children[2]?.cloneNode(true);
  if (!(cell instanceof Element)) return undefined;
  cell.querySelectorAll("[aria-hidden='true']").forEach((hidden) => hidden.remove());
  return cell.textContent;
};
const rename = (from: string, to: string) => {
  const id = organizations.data.value.organizations.find((o) => o.name === from)?.id ?? "";
  organizations.apply("Rename", (d) => renameOrganization(d, id, to));
};

describe("risk owners that are step 2's organizations", () => {
  it("links the owners of a register saved in the old format by name, and a rename on step 2 renames them", async () => {
    localStorage.setItem("pivotpath:risks", fixture("risks", "v1.json"));
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    render(<RiskTool />);
    await waitFor(() =>
      expect(stored().data.risks[0]).toMatchObject({ owner: "Greenleaf Grocers", ownerOrganizationId: "fixture-grocer" }),
    );
    expect(stored().version).toBe(2);
    expect(stored().data.risks[1]).toMatchObject({ owner: "Harbor City Parks Department", ownerOrganizationId: null });
    rename("Greenleaf Grocers", "Greenleaf Fresh Market");
    await waitFor(() => expect(ownerOf(1)).toBe("Greenleaf Fresh Market"));
    expect(ownerOf(2)).toBe("Harbor City Parks Department");
    await waitFor(() => expect(stored().data.risks[0]).toMatchObject({ owner: "Greenleaf Fresh Market" }));
  });

  it("links an owner typed in a risk's fields as the reader types, keeping what they type", async () => {
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    storeRisks([aRisk({ title: "Late deliveries" })]);
    render(<RiskTool />);
    fireEvent.click(await screen.findByRole("button", { name: "Edit risk 1" }));
    const owner = screen.getByLabelText("Owner of risk 1");
    fireEvent.input(owner, { target: { value: "greenleaf grocers" } });
    fireEvent.input(owner, { target: { value: "greenleaf grocers " } });
    await waitFor(() =>
      expect(stored().data.risks[0]).toMatchObject({ owner: "greenleaf grocers ", ownerOrganizationId: "fixture-grocer" }),
    );
    expect((owner as HTMLInputElement).value).toBe("greenleaf grocers ");
    fireEvent.input(owner, { target: { value: "greenleaf grocers trust" } });
    await waitFor(() => expect(stored().data.risks[0]).toMatchObject({ ownerOrganizationId: null }));
    rename("Greenleaf Grocers", "Greenleaf Fresh Market");
    await waitFor(() => expect(organizations.data.value.organizations[1]?.name).toBe("Greenleaf Fresh Market"));
    expect(stored().data.risks[0]).toMatchObject({ owner: "greenleaf grocers trust" });
  });

  it("leaves every owner as it is while step 2's list cannot be read", async () => {
    localStorage.setItem("pivotpath:risks", fixture("risks", "v2.json"));
    localStorage.setItem("pivotpath:organizations", '{"app":"pivotpath","tool":"organizations","version":1,"savedAt":1,"data":{"broken":');
    render(<RiskTool />);
    await waitFor(() => expect(ownerOf(1)).toBe("Greenleaf Grocers"));
    expect(organizations.recovery.value).not.toBeNull();
    expect(localStorage.getItem("pivotpath:risks")).toBe(fixture("risks", "v2.json"));
  });
});
