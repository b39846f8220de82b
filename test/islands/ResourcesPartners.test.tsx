// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import PartnersTool from "~/islands/PartnersTool";
import ResourcesTool from "~/islands/ResourcesTool";
import { organizations } from "~/islands/shared/organizations";
import { resetToolStates } from "~/islands/shared/tool-state";
import { newOrganization, renameOrganization } from "~/lib/organizations/organization-edit";
import { MAX_ORGANIZATIONS } from "~/lib/organizations/organizations-tool";
import { forgetLiveStores } from "~/lib/storage/live-stores";

const FIXTURES = join(import.meta.dirname, "../fixtures");
const fixture = (tool: string, file: string) => readFileSync(join(FIXTURES, tool, file), "utf8");

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label, { exact: true }), { target: { value } });
const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));
const nameOf = (n: number) => (screen.getByLabelText(`Name of partner ${n}`) as HTMLInputElement).value;
const stored = (tool: string) => localStorage.getItem(`pivotpath:${tool}`) ?? "";
const storedOrganizations = () =>
  (JSON.parse(stored("organizations")) as { data: { organizations: { id: string; name: string }[] } }).data.organizations;
const totalRow = () =>
  within(screen.getByRole("table", { name: "Contributions, valued" })).getByRole("row", { name: /^Total/ }).textContent;

describe("the costing tool's partners are step 2's organizations", () => {
  it("shows the partners saved in the old format, puts them on step 2's list once each, and keeps every figure", async () => {
    localStorage.setItem("pivotpath:resources", fixture("resources", "v1.json"));
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    render(<ResourcesTool />);
    await waitFor(() => expect(nameOf(2)).toBe("Harbor City Parks Department"));
    expect([nameOf(1), nameOf(3)]).toEqual(["Eastside Food Bank", "Greenleaf Grocers"]);
    expect(totalRow()).toContain("$");
    await waitFor(() =>
      expect(storedOrganizations().map((o) => o.name)).toEqual(["Eastside Food Bank", "Greenleaf Grocers", "Harbor City Parks Department"]),
    );
    await waitFor(() => expect(JSON.parse(stored("resources"))).toMatchObject({ version: 3 }));
    expect(stored("resources")).toContain('"organizationId":"fixture-grocer"');
  });

  it("shows the old format's figures exactly as the current format's", () => {
    const figures = (file: string) => {
      localStorage.setItem("pivotpath:resources", fixture("resources", file));
      render(<ResourcesTool />);
      const text = screen.getAllByRole("table").map((t) => t.textContent);
      cleanup();
      resetToolStates();
      forgetLiveStores();
      localStorage.clear();
      return text;
    };
    const old = figures("v1.json");
    expect(old.join(" ")).toMatch(/Harbor City Parks Department.*\$[\d,]+\.\d\d/);
    expect(figures("v2.json")).toEqual(old);
  });

  it("puts the old format's partners on step 2's list when step 2 is opened first", async () => {
    localStorage.setItem("pivotpath:resources", fixture("resources", "v1.json"));
    render(<PartnersTool />);
    const names = () => Array.from(document.querySelectorAll(".organization-card__name")).map((n) => n.textContent);
    await waitFor(() => expect(names()).toEqual(["Eastside Food Bank", "Harbor City Parks Department", "Greenleaf Grocers"]));
  });

  it("adds a partner typed here to step 2's list, offers step 2's names, and renames both ways", async () => {
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    render(<ResourcesTool />);
    const offered = () => Array.from(document.querySelectorAll("#resources-organizations option")).map((o) => o.getAttribute("value"));
    await waitFor(() => expect(offered()).toEqual(["Eastside Food Bank", "Greenleaf Grocers"]));
    type("Partner name", "greenleaf GROCERS");
    click("Add partner");
    type("Partner name", "Harbor Foundation");
    click("Add partner");
    await waitFor(() => expect(nameOf(1)).toBe("Greenleaf Grocers"));
    expect(offered()).toEqual(["Eastside Food Bank"]);
    await waitFor(() => expect(storedOrganizations().map((o) => o.name)).toContain("Harbor Foundation"));
    expect(storedOrganizations()).toHaveLength(3);

    type("Name of partner 2", "Harbor Community Foundation");
    await waitFor(() => expect(stored("organizations")).toContain("Harbor Community Foundation"), { timeout: 2000 });

    const grocer = organizations.data.value.organizations.find((o) => o.name === "Greenleaf Grocers")?.id ?? "";
    organizations.apply("Rename", (d) => renameOrganization(d, grocer, "Greenleaf Market"));
    await waitFor(() => expect(nameOf(1)).toBe("Greenleaf Market"));
    expect(screen.getByLabelText("Weight for Greenleaf Market")).toBeTruthy();
  });

  it("refuses a name another organization has on step 2's list", async () => {
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    render(<ResourcesTool />);
    type("Partner name", "Greenleaf Grocers");
    click("Add partner");
    await waitFor(() => expect(nameOf(1)).toBe("Greenleaf Grocers"));
    type("Name of partner 1", "eastside food BANK");
    const field = screen.getByLabelText("Name of partner 1");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(document.body.textContent).toContain("Eastside Food Bank is another organization on step 2's list");
    expect(organizations.data.value.organizations.map((o) => o.name)).toEqual(["Eastside Food Bank", "Greenleaf Grocers"]);
  });

  it("keeps a partner here, saying so, when step 2's list is full", async () => {
    const full = Array.from({ length: MAX_ORGANIZATIONS }, (_, i) => newOrganization(`o${i}`, `Organization ${i}`));
    localStorage.setItem(
      "pivotpath:organizations",
      JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data: { organizations: full } }),
    );
    render(<ResourcesTool />);
    type("Partner name", "Harbor Foundation");
    click("Add partner");
    await waitFor(() =>
      expect(document.body.textContent).toContain(`Not on step 2's list, which holds ${MAX_ORGANIZATIONS} organizations`),
    );
    expect(nameOf(1)).toBe("Harbor Foundation");
    expect(stored("organizations")).not.toContain("Harbor Foundation");
  });

  it("asks before step 2 deletes an organization the costing tool uses, and the partner stays in the costing tool", async () => {
    localStorage.setItem("pivotpath:resources", fixture("resources", "v1.json"));
    localStorage.setItem("pivotpath:organizations", fixture("organizations", "v1.json"));
    render(<PartnersTool />);
    await waitFor(() => expect(organizations.data.value.organizations).toHaveLength(3));
    click("Delete “Greenleaf Grocers”");
    expect(
      screen.getByText(
        "Delete “Greenleaf Grocers”? The costing tool (step 7) keeps it as a partner, with its 3 contributions, under this name.",
      ),
    ).toBeTruthy();
    click("Yes, delete “Greenleaf Grocers”");
    await waitFor(() => expect(organizations.data.value.organizations.map((o) => o.name)).not.toContain("Greenleaf Grocers"));
    await waitFor(() => expect(stored("resources")).toContain("Greenleaf Grocers"), { timeout: 2000 });
  });
});
