import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type AgreementData, AgreementSchema, agreementTool, setClause, setTerm, termProblem } from "~/lib/agreement/agreement-tool";
import { decodeStoredText } from "~/lib/storage/decode";

describe("AgreementSchema", () => {
  it("accepts the empty notes and notes with dates and words", () => {
    const empty = agreementTool.empty();
    expect(v.safeParse(AgreementSchema, empty).success).toBe(true);
    expect(v.safeParse(AgreementSchema, setClause(setTerm(empty, "2027-03-01", "2028-02-29"), "data", "Counts only")).success).toBe(true);
  });

  it.each([
    ["an end before the start", (d: AgreementData) => Object.assign(d, { start: "2028-03-01", end: "2027-03-01" })],
    ["a date that is no day", (d: AgreementData) => Object.assign(d, { start: "2027-02-30" })],
    ["words past the limit", (d: AgreementData) => (d.clauses.ending = "x".repeat(4001))],
    ["a missing section", (d: AgreementData) => delete (d.clauses as Partial<AgreementData["clauses"]>).ending],
  ])("refuses %s, on import too", (_, change) => {
    const data = agreementTool.empty();
    change(data);
    expect(v.safeParse(AgreementSchema, data).success).toBe(false);
    const record = JSON.stringify({ app: "pivotpath", tool: "agreement", version: 1, savedAt: 1, data });
    expect(decodeStoredText(agreementTool, record)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it.each([
    [agreementTool.empty(), ""],
    [setTerm(agreementTool.empty(), "2027-03-01", ""), "dates set"],
    [setClause(agreementTool.empty(), "data", "Counts only"), "1 section written"],
    [setClause(setClause(agreementTool.empty(), "data", "Counts only"), "ending", "Three months' notice"), "2 sections written"],
  ])("summarizes as %j", (data, text) => {
    expect(agreementTool.summarize(data)).toBe(text);
  });
});

describe("agreement notes edits", () => {
  const data = setClause(setTerm(agreementTool.empty(), "2027-03-01", "2028-02-29"), "data", "Counts only");
  it.each([
    ["the same words", (d: AgreementData) => setClause(d, "data", "Counts only")],
    ["words past the limit", (d: AgreementData) => setClause(d, "data", "x".repeat(4001))],
    ["the same dates", (d: AgreementData) => setTerm(d, "2027-03-01", "2028-02-29")],
    ["an end before the start", (d: AgreementData) => setTerm(d, "2027-03-01", "2026-03-01")],
    ["a date that is no day", (d: AgreementData) => setTerm(d, "2027-13-01", "")],
  ])("%s change nothing", (_, edit) => {
    expect(edit(data)).toBe(data);
  });

  it.each([
    ["", "", null],
    ["2027-03-01", "2027-03-01", null],
    ["2027-03-01", "", null],
    ["03/01/2027", "", "Enter the start date as a calendar date (yyyy-mm-dd), or leave it empty."],
    ["", "2028-02-30", "Enter the end date as a calendar date (yyyy-mm-dd), or leave it empty."],
    ["2028-03-01", "2027-03-01", "The end date comes before the start date."],
  ])("termProblem(%j, %j)", (start, end, problem) => {
    expect(termProblem(start, end)).toBe(problem);
  });
});
