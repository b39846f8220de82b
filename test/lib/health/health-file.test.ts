import { describe, expect, it } from "vitest";
import { answerFileName, exportAnswerFile, isHealthAnswerFile, readAnswerFile } from "~/lib/health/health-file";
import { healthExample } from "~/lib/health/health-example";

const file = exportAnswerFile(healthExample(), "example-round-2", "greenleaf grocers", Date.UTC(2027, 11, 1));

describe("telling an answer file from other files", () => {
  it.each([
    [file, true],
    [{ app: "pivotpath", kind: "health-answers", format: 99 }, true],
    [{ app: "pivotpath", kind: "workspace", records: {} }, false],
    [{ app: "other", kind: "health-answers" }, false],
    [null, false],
    ["health-answers", false],
    [[{ app: "pivotpath", kind: "health-answers" }], false],
  ])("%j is an answer file: %s", (value, expected) => {
    expect(isHealthAnswerFile(value)).toBe(expected);
  });
});

describe("partner answer files", () => {
  it("hold one partner's answers for one round in a versioned envelope", () => {
    expect(file).toMatchObject({
      app: "pivotpath",
      kind: "health-answers",
      format: 1,
      exportedAt: "2027-12-01T00:00:00.000Z",
      round: { id: "example-round-2", label: "Month 9", date: "2027-11-22" },
      partner: "greenleaf grocers",
    });
    expect(file?.answers).toHaveLength(10);
    expect(file?.answers.find((a) => a.statement === "fairness")?.score).toBe(2);
  });

  it("are read back exactly", () => {
    expect(readAnswerFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it("are not made for a round that does not exist", () => {
    expect(exportAnswerFile(healthExample(), "nope", "Greenleaf Grocers", 0)).toBeNull();
  });

  const spoil = (change: Record<string, unknown>) => JSON.stringify({ ...file, ...change });
  it.each([
    ["not JSON", "{oops", /cut short/],
    ["another app's file", JSON.stringify({ app: "other", kind: "health-answers" }), /not a health check answer file/],
    ["a plan file", JSON.stringify({ app: "pivotpath", kind: "workspace" }), /it is a plan file, .* import it on the Your plan page/],
    ["a newer format", spoil({ format: 2 }), /newer version/],
    ["a score of 6", spoil({ answers: [{ statement: "trust", score: 6, answeredAt: 1 }] }), /does not hold valid answers/],
    ["a score of 2.5", spoil({ answers: [{ statement: "trust", score: 2.5, answeredAt: 1 }] }), /does not hold valid answers/],
    ["an unknown statement", spoil({ answers: [{ statement: "vibes", score: 3, answeredAt: 1 }] }), /does not hold valid answers/],
    [
      "a statement answered twice",
      spoil({
        answers: [
          { statement: "trust", score: 3, answeredAt: 1 },
          { statement: "trust", score: 4, answeredAt: 2 },
        ],
      }),
      /answered twice/,
    ],
    ["an empty partner name", spoil({ partner: "  " }), /does not hold valid answers/],
    ["an impossible round date", spoil({ round: { id: "r", label: "M3", date: "2027-02-30" } }), /does not hold valid answers/],
    ["a prototype key", `{"app":"pivotpath","kind":"health-answers","__proto__":{"x":1}}`, /which this guide never writes/],
    ["control characters", spoil({ partner: "Green\u0007leaf" }), /control characters/],
    ["more than 64 KB", JSON.stringify({ ...file, padding: "x".repeat(70_000) }), /larger than 64 KB/],
  ])("refuse %s", (_, text, message) => {
    const read = readAnswerFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it.each([
    ["Greenleaf Grocers", "Month 3", "health-check-greenleaf-grocers-month-3.json"],
    ["Café <Ünïon>", "Round #1", "health-check-cafe-union-round-1.json"],
    ["日本", "??", "health-check-x-x.json"],
  ])("name the file after %s and %s", (partner, round, name) => {
    expect(answerFileName(partner, round)).toBe(name);
  });
});
