import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportAnswerFile } from "~/lib/health/health-file";
import { healthExample } from "~/lib/health/health-example";
import { answerKey, currentAnswers, mergeAnswerFiles, mergeAnswers } from "~/lib/health/health-merge";
import { type Answer, STATEMENT_KEYS, healthTool } from "~/lib/health/health-tool";

const answer = (change: Partial<Answer> = {}): Answer => ({
  round: "r1",
  partner: "Greenleaf Grocers",
  statement: "fairness",
  score: 2,
  answeredAt: 1000,
  ...change,
});

const answerArb = fc.record({
  round: fc.constantFrom("r1", "r2", "r3"),
  partner: fc.constantFrom("Eastside Food Bank", "Greenleaf Grocers", "greenleaf  grocers", "Parks"),
  statement: fc.constantFrom(...STATEMENT_KEYS),
  score: fc.integer({ min: 1, max: 5 }),
  answeredAt: fc.integer({ min: 0, max: 50 }),
});
const answersArb = fc.array(answerArb, { maxLength: 40 });

/** The merged answers as a comparable set: one entry per question. */
const asSet = (answers: readonly Answer[]) =>
  [...currentAnswers(answers).entries()].map(([key, a]) => `${key}=${a.score}@${a.answeredAt}/${a.partner}`).sort();

describe("merging answers", () => {
  it("adds answers to questions not answered yet", () => {
    const result = mergeAnswers([answer()], [answer({ statement: "trust", score: 4 })]);
    expect(result).toMatchObject({ added: 1, unchanged: 0, conflicts: [] });
    expect(result.answers).toHaveLength(2);
  });

  it("keeps the later answer when two differ, and reports it either way", () => {
    const yours = answer({ score: 2, answeredAt: 1000 });
    const later = answer({ score: 4, answeredAt: 2000 });
    expect(mergeAnswers([yours], [later])).toMatchObject({ answers: [later], conflicts: [{ yours, theirs: later, kept: "theirs" }] });
    expect(mergeAnswers([later], [yours])).toMatchObject({ answers: [later], conflicts: [{ yours: later, theirs: yours, kept: "yours" }] });
  });

  it("treats the same partner written with other case or spacing as the same partner", () => {
    const result = mergeAnswers([answer()], [answer({ partner: "greenleaf  grocers", answeredAt: 1000 })]);
    expect(result).toMatchObject({ added: 0, unchanged: 1 });
  });

  it("never loses an answered question", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const merged = mergeAnswers(a, b).answers;
        const keys = new Set(merged.map(answerKey));
        for (const x of [...a, ...b]) expect(keys.has(answerKey(x))).toBe(true);
        expect(merged.length).toBe(keys.size);
      }),
    );
  });

  it("keeps, for each question, the latest answer from either side", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const merged = currentAnswers(mergeAnswers(a, b).answers);
        for (const x of [...a, ...b]) expect(merged.get(answerKey(x))?.answeredAt).toBeGreaterThanOrEqual(x.answeredAt);
      }),
    );
  });

  it("is commutative for answers to different questions", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const taken = new Set(a.map(answerKey));
        const disjoint = b.filter((x) => !taken.has(answerKey(x)));
        expect(asSet(mergeAnswers(a, disjoint).answers)).toEqual(asSet(mergeAnswers(disjoint, a).answers));
      }),
    );
  });

  it("gives the same answers whichever side comes first, even where they conflict", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        expect(asSet(mergeAnswers(a, b).answers)).toEqual(asSet(mergeAnswers(b, a).answers));
      }),
    );
  });

  it("is idempotent: merging the same answers again changes nothing", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        const once = mergeAnswers(a, b).answers;
        const twice = mergeAnswers(once, b);
        expect(twice.answers).toEqual(once);
        expect(twice.added).toBe(0);
        expect(mergeAnswers(once, once).answers).toEqual(once);
      }),
    );
  });
});

describe("merging answer files", () => {
  const example = healthExample();
  const empty = healthTool.empty();
  const fileOf = (partner: string, data = example) =>
    exportAnswerFile(data, "example-round-1", partner, 0) as NonNullable<ReturnType<typeof exportAnswerFile>>;

  it("builds the round and partners from files into an empty check", () => {
    const result = mergeAnswerFiles(empty, [fileOf("Eastside Food Bank"), fileOf("Greenleaf Grocers")]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rounds).toEqual([example.rounds[0]]);
    expect(result.data.partners).toEqual(["Eastside Food Bank", "Greenleaf Grocers"]);
    expect(result.data.answers).toHaveLength(20);
    expect(result.report).toMatchObject({
      files: 2,
      added: 20,
      unchanged: 0,
      conflicts: [],
      newPartners: ["Eastside Food Bank", "Greenleaf Grocers"],
      newRounds: ["Month 3"],
    });
  });

  it("matches a round made on another device by its name", () => {
    const mine = { ...empty, rounds: [{ id: "local", label: "month 3", date: "2027-06-01" }] };
    const result = mergeAnswerFiles(mine, [fileOf("Harbor City Parks Department")]);
    expect(result.ok && result.data.rounds).toEqual(mine.rounds);
    expect(result.ok && result.data.answers.every((a) => a.round === "local")).toBe(true);
  });

  it("reports conflicts between two files in one import", () => {
    const early = fileOf("Greenleaf Grocers");
    const late = {
      ...early,
      answers: early.answers.map((a) => (a.statement === "fairness" ? { ...a, score: 4, answeredAt: a.answeredAt + 1 } : a)),
    };
    const result = mergeAnswerFiles(empty, [early, late]);
    expect(result.ok && result.report.conflicts).toEqual([
      expect.objectContaining({
        kept: "theirs",
        yours: expect.objectContaining({ score: 2 }),
        theirs: expect.objectContaining({ score: 4 }),
      }),
    ]);
    expect(result.ok && result.report.unchanged).toBe(9);
  });

  it("merges files from “Greenleaf” and “Green\u200Bleaf” (a zero-width space) as one partner, stored without it", () => {
    const plain = { ...fileOf("Greenleaf Grocers"), partner: "Green\u200Bleaf" };
    const zeroWidth = { ...fileOf("Greenleaf Grocers"), partner: "Greenleaf" };
    const result = mergeAnswerFiles(empty, [plain, zeroWidth]);
    expect(result.ok && result.data.partners).toEqual(["Greenleaf"]);
    expect(result.ok && result.report).toMatchObject({ added: 10, unchanged: 10, newPartners: ["Greenleaf"] });
  });

  it("refuses, changing nothing, when the result would hold more partners than allowed", () => {
    const crowded = { ...empty, partners: Array.from({ length: 30 }, (_, i) => `Partner ${i}`) };
    const result = mergeAnswerFiles(crowded, [fileOf("Greenleaf Grocers")]);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("too much") });
    expect(crowded.partners).toHaveLength(30);
  });
});
