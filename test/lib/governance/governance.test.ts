import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  addMember,
  forgetOrganization,
  governanceUses,
  removeMember,
  renameMember,
  setDecides,
  setEscalatesTo,
  setMeets,
  setMemberOrganization,
  setTierCount,
  tierOf,
} from "~/lib/governance/governance-edit";
import { decidesProblem, meetsProblem, memberNameProblem, tierGaps, tierLabel } from "~/lib/governance/governance-input";
import { type GovernanceData, GovernanceSchema, escalationAllowed, governanceTool, tiersInUse } from "~/lib/governance/governance-tool";
import { governanceExample } from "~/lib/governance/governance-example";
import { EXAMPLE_ORG, organizationsExample } from "~/lib/organizations/organizations-example";
import { decodeStoredText } from "~/lib/storage/decode";

const member = (id: string, name: string, organizationId = "") => ({ id, name, organizationId });

const example = (): GovernanceData => {
  let data = governanceTool.empty();
  data = addMember(data, "strategic", member("ed", "Eastside's executive director (chair)", "eastside"));
  data = addMember(data, "strategic", member("dd", "Parks deputy director", "parks"));
  data = addMember(data, "project", member("pd", "Eastside's programs director", "eastside"));
  data = addMember(data, "implementing", member("mc", "Market coordinator", "eastside"));
  data = setMeets(data, "strategic", "Quarterly");
  return setDecides(data, "strategic", "Budget changes above $1,000; branding; new partners; renewal");
};

describe("GovernanceSchema", () => {
  it("starts with three empty tiers escalating upward, then to the partners", () => {
    const empty = governanceTool.empty();
    expect([empty.tierCount, empty.implementing.escalatesTo, empty.project.escalatesTo, empty.strategic.escalatesTo]).toEqual([
      3,
      "project",
      "strategic",
      "partners",
    ]);
    expect(v.safeParse(GovernanceSchema, empty).success).toBe(true);
    expect(v.safeParse(GovernanceSchema, example()).success).toBe(true);
  });

  it.each([
    ["one tier", (d: GovernanceData) => (d.tierCount = 1 as never)],
    ["escalation downward", (d: GovernanceData) => (d.strategic.escalatesTo = "project")],
    ["escalation to itself", (d: GovernanceData) => (d.project.escalatesTo = "project")],
    ["an unknown escalation", (d: GovernanceData) => (d.project.escalatesTo = "mayor" as never)],
    ["two members named alike in a tier", (d: GovernanceData) => d.strategic.members.push(member("x", "PARKS deputy  director"))],
    ["a blank member", (d: GovernanceData) => d.project.members.push(member("x", " "))],
  ])("refuses %s, on import too", (_, change) => {
    const data = example();
    change(data);
    expect(v.safeParse(GovernanceSchema, data).success).toBe(false);
    const record = JSON.stringify({ app: "pivotpath", tool: "governance", version: 1, savedAt: 1, data });
    expect(decodeStoredText(governanceTool, record)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it.each([
    [governanceTool.empty(), ""],
    [example(), "3 tiers, 4 members"],
    [setTierCount(example(), 2), "2 tiers, 3 members"],
  ])("summarizes as %j", (data, text) => {
    expect(governanceTool.summarize(data)).toBe(text);
  });

  it.each([
    ["implementing", "project", true],
    ["implementing", "strategic", true],
    ["project", "strategic", true],
    ["strategic", "partners", true],
    ["project", "", true],
    ["strategic", "project", false],
    ["project", "implementing" as never, false],
  ] as const)("%s may escalate to %j: %s", (tier, target, allowed) => {
    expect(escalationAllowed(tier, target)).toBe(allowed);
  });
});

describe("edits that change nothing return the same object", () => {
  const data = example();
  it.each([
    ["the same tier count", (d: GovernanceData) => setTierCount(d, 3)],
    ["a member with a taken name in that tier", (d: GovernanceData) => addMember(d, "strategic", member("x", "parks DEPUTY director"))],
    ["a member with an id used in another tier", (d: GovernanceData) => addMember(d, "project", member("ed", "Someone"))],
    ["a blank member", (d: GovernanceData) => addMember(d, "project", member("x", "\u200B"))],
    ["a rename to a taken name", (d: GovernanceData) => renameMember(d, "ed", "Parks deputy director")],
    ["a rename of an unknown member", (d: GovernanceData) => renameMember(d, "zz", "Anyone")],
    ["the same organization", (d: GovernanceData) => setMemberOrganization(d, "ed", "eastside")],
    ["removing an unknown member", (d: GovernanceData) => removeMember(d, "zz")],
    ["the same meeting rhythm", (d: GovernanceData) => setMeets(d, "strategic", "Quarterly")],
    ["a rhythm past the limit", (d: GovernanceData) => setMeets(d, "strategic", "x".repeat(201))],
    ["decisions past the limit", (d: GovernanceData) => setDecides(d, "strategic", "x".repeat(2001))],
    ["escalating downward", (d: GovernanceData) => setEscalatesTo(d, "strategic", "implementing" as never)],
    ["forgetting an organization nobody belongs to", (d: GovernanceData) => forgetOrganization(d, "greenleaf")],
  ])("%s", (_, edit) => {
    expect(edit(data)).toBe(data);
  });
});

describe("edits", () => {
  it("finds, renames, relinks and removes members by id, whatever their tier", () => {
    let data = renameMember(example(), "pd", "  Programs   director ");
    data = setMemberOrganization(data, "pd", "");
    expect(tierOf(data, "pd")).toBe("project");
    expect(data.project.members).toEqual([member("pd", "Programs director")]);
    expect(tierOf(removeMember(data, "pd"), "pd")).toBeUndefined();
  });

  it("keeps the same member name allowed in two tiers", () => {
    const data = addMember(example(), "project", member("x", "Parks deputy director"));
    expect(data.project.members).toHaveLength(2);
  });

  it("uses two tiers and keeps the third's members for later", () => {
    const two = setTierCount(example(), 2);
    expect(tiersInUse(two)).toEqual(["strategic", "project"]);
    expect(two.implementing.members).toHaveLength(1);
    expect(tiersInUse(setTierCount(two, 3))).toEqual(["strategic", "project", "implementing"]);
  });

  it("sets escalation upward and unlinks members of a removed organization", () => {
    expect(setEscalatesTo(example(), "implementing", "strategic").implementing.escalatesTo).toBe("strategic");
    expect(governanceUses(example(), "eastside")).toBe("3 members of the governance tiers");
    expect(governanceUses(example(), "parks")).toBe("1 member of the governance tiers");
    const forgotten = forgetOrganization(example(), "eastside");
    expect(governanceUses(forgotten, "eastside")).toBeNull();
    expect(forgotten.strategic.members.map((m) => m.organizationId)).toEqual(["", "parks"]);
  });
});

describe("governance form checks", () => {
  it.each([
    [memberNameProblem("Greenleaf co-owner", example(), "strategic"), null],
    [memberNameProblem("parks deputy director", example(), "strategic"), "“Parks deputy director” is already in the list."],
    [memberNameProblem("parks deputy director", example(), "project"), null],
    [memberNameProblem("", example(), "project"), "Write the name of the member."],
    [meetsProblem("Every two weeks until June, then monthly"), null],
    [meetsProblem("x".repeat(201)), "Keep how often it meets to 200 characters or fewer."],
    [decidesProblem("x".repeat(2001)), "Keep what it decides to 2000 characters or fewer."],
  ])("%#: %j", (problem, expected) => {
    expect(problem).toBe(expected);
  });

  it("lists what each tier in use still lacks", () => {
    const data = setEscalatesTo(setTierCount(example(), 2), "project", "");
    expect(tierGaps(data)).toEqual([
      { tier: "strategic", gaps: [] },
      { tier: "project", gaps: ["does not say where it escalates"] },
    ]);
    expect(tierGaps(governanceTool.empty()).map((t) => t.gaps)).toEqual([
      ["has no members yet"],
      ["has no members yet"],
      ["has no members yet"],
    ]);
    expect(tierLabel("project")).toBe("Project group");
  });
});

describe("the worked example of step 4", () => {
  const data = governanceExample();

  it("is valid, uses three tiers, and lacks nothing", () => {
    expect(v.safeParse(GovernanceSchema, data).success).toBe(true);
    expect(tierGaps(data).every((t) => t.gaps.length === 0)).toBe(true);
  });

  it("seats every partner of the story in the strategic and the project group", () => {
    const ids = new Set(organizationsExample().organizations.map((o) => o.id));
    for (const key of ["strategic", "project"] as const) {
      expect(new Set(data[key].members.map((m) => m.organizationId))).toEqual(
        new Set([EXAMPLE_ORG.foodBank, EXAMPLE_ORG.parks, EXAMPLE_ORG.grocer]),
      );
    }
    for (const m of [...data.strategic.members, ...data.project.members, ...data.implementing.members])
      expect(ids.has(m.organizationId)).toBe(true);
  });
});
