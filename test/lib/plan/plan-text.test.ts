import { describe, expect, it } from "vitest";
import { cssString, dayOf, runningHeader } from "~/lib/plan/plan-text";

describe("runningHeader", () => {
  it.each([
    [{ title: "Partnership plan", date: "Nov 28, 2026" }, "Partnership plan · Nov 28, 2026"],
    [
      { title: "Partnership plan", subtitle: "Prepared by Eastside Food Bank", date: "Nov 28, 2026" },
      "Partnership plan · Prepared by Eastside Food Bank · Nov 28, 2026",
    ],
    [
      { title: "Partnership plan: Riverside Fresh Start", subtitle: "Prepared by Eastside Food Bank", date: "Nov 28, 2026" },
      "Partnership plan: Riverside Fresh Start · Prepared by Eastside Food Bank · Nov 28, 2026",
    ],
  ])("%j → %s", (doc, text) => expect(runningHeader(doc)).toBe(text));
});

describe("cssString", () => {
  it.each([
    ["Eastside Food Bank", '"Eastside Food Bank"'],
    ['Say "hi"', '"Say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["two\nlines", '"two lines"'],
    ['"; } body { display: none } x { content: "', '"\\"; } body { display: none } x { content: \\""'],
  ])("%j → %s", (text, css) => expect(cssString(text)).toBe(css));
});

describe("dayOf", () => {
  it("gives the day a moment fell on", () => expect(dayOf(new Date(2027, 0, 15, 23, 30).getTime(), "en-US")).toBe("Jan 15, 2027"));
});
