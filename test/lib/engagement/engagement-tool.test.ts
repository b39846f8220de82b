import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type EngagementData, emptyEngagement, engagementTool } from "~/lib/engagement/engagement-tool";
import { mapOf, stakeholder } from "./sample";

const firstMessage = (data: unknown) => {
  const result = v.safeParse(engagementTool.schema, data);
  return result.success ? null : result.issues[0].message;
};
const planRow = (stakeholderIds: string[]) => ({
  id: "p",
  topic: "Market day",
  stakeholderIds,
  level: "consult",
  method: "",
  date: "",
  owner: "",
  done: false,
});

describe("engagementTool", () => {
  it("starts empty with high from 3, and passes its own schema", () => {
    expect(engagementTool.empty()).toEqual({ highFrom: 3, stakeholders: [], plan: [], feedback: [] });
    expect(firstMessage(engagementTool.empty())).toBeNull();
    expect([engagementTool.id, engagementTool.step, engagementTool.version, engagementTool.migrations.length]).toEqual([
      "engagement",
      6,
      1,
      0,
    ]);
  });

  it.each<[string, EngagementData, string]>([
    ["a shared stakeholder id", mapOf(stakeholder("a"), stakeholder("a", 3, 3, { name: "Other" })), "Two stakeholders share the same id."],
    [
      "a stakeholder without a name",
      mapOf(stakeholder("a", 3, 3, { name: " \u200b " })),
      "A stakeholder has neither a name nor an organization.",
    ],
    [
      "the same stakeholder twice",
      mapOf(stakeholder("a", 3, 3, { name: "Elm" }), stakeholder("b", 3, 3, { name: "ELM" })),
      "The same stakeholder is on the map twice.",
    ],
    [
      "a plan row naming someone not on the map",
      { ...mapOf(stakeholder("a")), plan: [planRow(["a", "x"])] } as EngagementData,
      'The plan row "Market day" names a stakeholder who is not on the map.',
    ],
    [
      "a plan row naming someone twice",
      { ...mapOf(stakeholder("a")), plan: [planRow(["a", "a"])] } as EngagementData,
      'The plan row "Market day" names a stakeholder twice.',
    ],
  ])("refuses an import with %s, in plain words", (_, data, message) => expect(firstMessage(data)).toBe(message));

  it.each<[string, unknown]>([
    ["power 0", mapOf(stakeholder("a", 0, 3))],
    ["interest 6", mapOf(stakeholder("a", 3, 6))],
    ["power 2.5", mapOf(stakeholder("a", 2.5, 3))],
    ["an unknown stance", mapOf(stakeholder("a", 3, 3, { stanceNow: "hostile" as "wary" }))],
    ["an unknown level", mapOf(stakeholder("a", 3, 3, { level: "delegate" as "inform" }))],
    ["high from 1", { ...emptyEngagement(), highFrom: 1 }],
    [
      "a feedback date that does not exist",
      { ...emptyEngagement(), feedback: [{ id: "f", what: "x", from: "", date: "2027-02-30", response: "", status: "open" }] },
    ],
    ["51 stakeholders", mapOf(...Array.from({ length: 51 }, (_, i) => stakeholder(`s${i}`)))],
  ])("refuses %s", (_, data) => expect(firstMessage(data)).not.toBeNull());

  it("summarizes what is saved", () => {
    expect(engagementTool.summarize(engagementTool.empty())).toBe("");
    expect(engagementTool.summarize(mapOf(stakeholder("a")))).toBe("1 stakeholder, 0 plan rows, 0 log entries");
  });
});
