import { describe, expect, it } from "vitest";
import { feedbackCsv, planCsv, stakeholdersCsv } from "~/lib/engagement/engagement-csv";
import {
  engagementLimits,
  readFeedbackFields,
  readPlanRowFields,
  readStakeholderFields,
  stakeholderRenameProblem,
} from "~/lib/engagement/engagement-input";
import { MAX_STAKEHOLDERS } from "~/lib/engagement/engagement-tool";
import { parseCsv } from "~/lib/csv";
import { mapOf, stakeholder } from "./sample";

const stakeholderFields = (change = {}) => ({
  organizationId: "",
  name: "Elm Street Tenants",
  power: "2",
  interest: "5",
  stanceNow: "wary",
  stanceWanted: "supportive",
  ...change,
});

describe("readStakeholderFields", () => {
  it("reads a named stakeholder", () => {
    expect(readStakeholderFields(stakeholderFields({ name: " Elm Street Tenants " }), mapOf())).toEqual({
      ok: true,
      value: { organizationId: "", name: "Elm Street Tenants", power: 2, interest: 5, stanceNow: "wary", stanceWanted: "supportive" },
    });
  });
  it("drops the typed name when an organization is picked", () => {
    const read = readStakeholderFields(stakeholderFields({ organizationId: "org1" }), mapOf());
    expect(read.ok && [read.value.organizationId, read.value.name]).toEqual(["org1", ""]);
  });
  it.each([
    [{ name: "  " }, { name: "Enter the stakeholder's name or pick an organization." }],
    [{ name: "group A" }, { name: "This stakeholder is already on the map." }],
    [
      { power: "", interest: "6" },
      { power: "Choose a power from 1 to 5.", interest: "Choose an interest from 1 to 5." },
    ],
    [{ stanceNow: "hostile" }, { stanceNow: "Choose the stance now from the list." }],
  ])("refuses %j", (change, errors) => {
    expect(readStakeholderFields(stakeholderFields(change), mapOf(stakeholder("A")))).toEqual({ ok: false, errors });
  });
  it("lets a stakeholder keep its own name when edited", () => {
    expect(readStakeholderFields(stakeholderFields({ name: "Group A" }), mapOf(stakeholder("A")), "A").ok).toBe(true);
  });
});

describe("stakeholderRenameProblem", () => {
  const map = mapOf(stakeholder("a", 3, 3, { name: "Elm Street tenants" }), stakeholder("b"));
  it.each([
    ["Elm Street tenants", "a", null],
    ["Group b ", "a", "This stakeholder is already on the map."],
    ["  ", "a", "Enter the stakeholder's name; until you do, the map keeps its last name."],
    ["Council member", "b", null],
  ])("renaming to %j (stakeholder %s)", (name, id, problem) => {
    expect(stakeholderRenameProblem(map, id, name)).toBe(problem);
  });
});

describe("readPlanRowFields and readFeedbackFields", () => {
  const plan = (change = {}) => ({
    topic: "Market day",
    stakeholderIds: ["A"],
    level: "consult",
    method: "Survey",
    date: "",
    owner: "",
    ...change,
  });
  it("reads a plan row with or without a date", () => {
    expect(readPlanRowFields(plan(), "p").ok).toBe(true);
    const read = readPlanRowFields(plan({ date: "2027-02-15" }), "p", true);
    expect(read.ok && [read.value.date, read.value.done]).toEqual(["2027-02-15", true]);
  });
  it.each([
    [{ topic: "" }, { topic: "The topic must not be empty." }],
    [{ date: "2027-02-30" }, { date: "Enter the date as a calendar date (yyyy-mm-dd)." }],
    [{ date: "1890-01-01" }, { date: "Enter a date between 1990 and 2100." }],
    [{ level: "delegate" }, { level: "Choose the level from the list." }],
  ])("refuses the plan row %j", (change, errors) => expect(readPlanRowFields(plan(change), "p")).toEqual({ ok: false, errors }));

  const feedback = (change = {}) => ({
    what: "Saturdays suit us",
    from: "Tenants",
    date: "2027-02-20",
    response: "",
    status: "open",
    ...change,
  });
  it("reads a log entry", () => expect(readFeedbackFields(feedback(), "f").ok).toBe(true));
  it.each([
    [{ what: " " }, { what: "What was said must not be empty." }],
    [{ date: "" }, { date: "Enter the date it was received." }],
    [{ status: "closed" }, { status: "Choose the status from the list." }],
  ])("refuses the entry %j", (change, errors) => expect(readFeedbackFields(feedback(change), "f")).toEqual({ ok: false, errors }));
});

it("says when the map is full", () => {
  const full = mapOf(...Array.from({ length: MAX_STAKEHOLDERS }, (_, i) => stakeholder(`s${i}`)));
  expect(engagementLimits.stakeholders(mapOf())).toBeNull();
  expect(engagementLimits.stakeholders(full)).toBe("You have 50 stakeholders, the most the map holds.");
});

describe("CSV", () => {
  const organizations = new Map([["org1", "Greenleaf Co-op"]]);
  const data = {
    ...mapOf(
      stakeholder("a", 5, 4, { organizationId: "org1", name: "", level: "empower" }),
      stakeholder("b", 1, 5, { name: "=cmd|' /C calc'!A0" }),
    ),
    plan: [
      {
        id: "p1",
        topic: "Market day",
        stakeholderIds: ["a", "b"],
        level: "consult" as const,
        method: "Survey",
        date: "2027-02-15",
        owner: "+Coordinator",
        done: false,
      },
      {
        id: "p2",
        topic: "Prices",
        stakeholderIds: [],
        level: "involve" as const,
        method: "Workshop",
        date: "2027-02-15",
        owner: "",
        done: true,
      },
    ],
    feedback: [{ id: "f", what: "@Saturdays", from: "Tenants", date: "2027-02-20", response: "Moved", status: "acted-on" as const }],
  };
  it("writes the stakeholder map with quadrant and level", () => {
    expect(parseCsv(stakeholdersCsv(data, organizations))).toEqual([
      ["Stakeholder", "Power", "Interest", "Quadrant", "Stance now", "Stance wanted", "Engagement level", "Level set by"],
      ["Greenleaf Co-op", "5", "4", "Manage closely", "Neutral", "Supportive", "Empower", "Chosen"],
      ["'=cmd|' /C calc'!A0", "1", "5", "Keep informed", "Neutral", "Supportive", "Involve", "Suggested"],
    ]);
  });
  it("writes the plan with its status on a given day", () => {
    expect(parseCsv(planCsv(data, organizations, "2027-03-01")).slice(1)).toEqual([
      ["Market day", "Greenleaf Co-op; =cmd|' /C calc'!A0", "Consult", "Survey", "2027-02-15", "'+Coordinator", "Overdue"],
      ["Prices", "", "Involve", "Workshop", "2027-02-15", "", "Done"],
    ]);
  });
  it("writes the log", () => {
    expect(parseCsv(feedbackCsv(data))).toEqual([
      ["Date", "From", "You said", "We did", "Status"],
      ["2027-02-20", "Tenants", "'@Saturdays", "Moved", "Acted on"],
    ]);
  });
});
