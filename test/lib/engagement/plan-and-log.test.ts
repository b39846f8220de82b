import { describe, expect, it } from "vitest";
import { addPlanRow, editPlanRow, isOverdue, overdueCount, removePlanRow } from "~/lib/engagement/engagement-plan";
import { type Feedback, MAX_FEEDBACK, MAX_PLAN_ROWS, type PlanRow, emptyEngagement } from "~/lib/engagement/engagement-tool";
import { addFeedback, editFeedback, openCount, removeFeedback, setFeedbackStatus, statusForResponse } from "~/lib/engagement/feedback-log";
import { mapOf, stakeholder } from "./sample";

const row = (id: string, change: Partial<PlanRow> = {}): PlanRow => ({
  id,
  topic: "Which day the market opens",
  stakeholderIds: [],
  level: "consult",
  method: "Survey",
  date: "2027-02-15",
  owner: "Coordinator",
  done: false,
  ...change,
});
const entry = (id: string, status: Feedback["status"] = "open"): Feedback => ({
  id,
  what: "Saturday suits working families better",
  from: "Elm Street Tenants",
  date: "2027-02-20",
  response: "",
  status,
});

describe.each([
  // date, done, today, overdue
  ["2027-02-15", false, "2027-02-16", true],
  ["2027-02-15", false, "2027-02-15", false],
  ["2027-02-15", false, "2027-02-14", false],
  ["2027-02-15", true, "2027-03-01", false],
  ["", false, "2027-03-01", false],
  ["2024-02-29", false, "2024-03-01", true],
  ["2027-12-31", false, "2028-01-01", true],
  ["2027-02-15", false, "not a date", false],
])("a row dated %j, done %s, on %s", (date, done, today, overdue) => {
  it(overdue ? "is overdue" : "is not overdue", () => expect(isOverdue({ date, done }, today)).toBe(overdue));
});

describe("engagement plan", () => {
  it("counts overdue rows", () => {
    expect(overdueCount([row("a"), row("b", { done: true }), row("c", { date: "2027-04-01" })], "2027-03-01")).toBe(1);
  });
  it("keeps only stakeholders on the map, each once", () => {
    const data = addPlanRow(mapOf(stakeholder("s1"), stakeholder("s2")), row("p", { stakeholderIds: ["s1", "ghost", "s1", "s2"] }));
    expect(data.plan[0]?.stakeholderIds).toEqual(["s1", "s2"]);
    expect(editPlanRow(data, "p", { stakeholderIds: ["s2", "ghost"] }).plan[0]?.stakeholderIds).toEqual(["s2"]);
  });
  it("marks a row done, and returns the same data for no change or an unknown id", () => {
    const data = addPlanRow(emptyEngagement(), row("p"));
    expect(editPlanRow(data, "p", { done: true }).plan[0]?.done).toBe(true);
    expect(editPlanRow(data, "p", { done: false })).toBe(data);
    expect(editPlanRow(data, "zzz", { done: true })).toBe(data);
    expect(removePlanRow(data, "p").plan).toEqual([]);
  });
  it("refuses a row the schema would refuse", () => {
    const data = addPlanRow(emptyEngagement(), row("p"));
    expect(editPlanRow(data, "p", { topic: " " })).toBe(data);
    expect(editPlanRow(data, "p", { date: "2027-02-30" })).toBe(data);
    expect(addPlanRow(data, row("q", { level: "delegate" as "inform" }))).toBe(data);
  });
  it(`stops at ${MAX_PLAN_ROWS} rows`, () => {
    let data = emptyEngagement();
    for (let i = 0; i < MAX_PLAN_ROWS + 2; i++) data = addPlanRow(data, row(`p${i}`));
    expect(data.plan).toHaveLength(MAX_PLAN_ROWS);
  });
});

describe("you said, we did", () => {
  it("counts open entries as their status changes", () => {
    let data = [entry("a"), entry("b"), entry("c", "acted-on")].reduce(addFeedback, emptyEngagement());
    expect(openCount(data.feedback)).toBe(2);
    data = setFeedbackStatus(data, "a", "answered");
    expect(openCount(data.feedback)).toBe(1);
    expect(setFeedbackStatus(data, "a", "answered")).toBe(data);
    expect(setFeedbackStatus(data, "zzz", "open")).toBe(data);
  });
  it("edits the response and removes by id", () => {
    const data = addFeedback(emptyEngagement(), entry("a"));
    expect(editFeedback(data, "a", { response: "Market moved to Saturdays" }).feedback[0]?.response).toBe("Market moved to Saturdays");
    expect(removeFeedback(data, "a").feedback).toEqual([]);
  });
  it("marks an open entry answered when its first response is written, and leaves a status the reader chose after", () => {
    let data = addFeedback(emptyEngagement(), entry("a"));
    data = editFeedback(data, "a", { response: "W" });
    expect(data.feedback[0]?.status).toBe("answered");
    expect(openCount(data.feedback)).toBe(0);
    data = setFeedbackStatus(data, "a", "open");
    data = editFeedback(data, "a", { response: "We moved the market" });
    expect(data.feedback[0]?.status).toBe("open");
    data = setFeedbackStatus(addFeedback(emptyEngagement(), entry("b", "acted-on")), "b", "acted-on");
    expect(editFeedback(data, "b", { response: "Done" }).feedback[0]?.status).toBe("acted-on");
    expect(editFeedback(addFeedback(emptyEngagement(), entry("c")), "c", { response: "  " }).feedback[0]?.status).toBe("open");
  });
  it("opens an answered entry again when its response is wiped out, and leaves one marked acted on", () => {
    let data = editFeedback(addFeedback(emptyEngagement(), entry("a")), "a", { response: "We moved the market" });
    expect(data.feedback[0]?.status).toBe("answered");
    data = editFeedback(data, "a", { response: "" });
    expect([data.feedback[0]?.status, openCount(data.feedback)]).toEqual(["open", 1]);
    const acted = editFeedback(setFeedbackStatus(addFeedback(emptyEngagement(), entry("b")), "b", "acted-on"), "b", { response: "Done" });
    expect(editFeedback(acted, "b", { response: " " }).feedback[0]?.status).toBe("acted-on");
    expect(statusForResponse({ response: "We did", status: "answered" }, "")).toBe("open");
  });
  it("logs an entry with a response as answered unless the reader chose otherwise", () => {
    const blank = { response: "", status: "open" } as const;
    expect(statusForResponse(blank, "We moved it")).toBe("answered");
    expect(statusForResponse(blank, " ")).toBe("open");
    expect(statusForResponse({ response: "We", status: "open" }, "We moved it")).toBe("open");
    expect(statusForResponse({ response: "", status: "acted-on" }, "We moved it")).toBe("acted-on");
    expect(addFeedback(emptyEngagement(), { ...entry("a"), response: "We moved it" }).feedback[0]?.status).toBe("open");
  });
  it("refuses an entry the schema would refuse", () => {
    const data = addFeedback(emptyEngagement(), entry("a"));
    expect(addFeedback(data, { ...entry("b"), date: "" })).toBe(data);
    expect(editFeedback(data, "a", { what: "" })).toBe(data);
    expect(setFeedbackStatus(data, "a", "closed" as "open")).toBe(data);
  });
  it(`stops at ${MAX_FEEDBACK} entries`, () => {
    let data = emptyEngagement();
    for (let i = 0; i < MAX_FEEDBACK + 1; i++) data = addFeedback(data, entry(`f${i}`));
    expect(data.feedback).toHaveLength(MAX_FEEDBACK);
    expect(openCount(data.feedback)).toBe(MAX_FEEDBACK);
  });
});
