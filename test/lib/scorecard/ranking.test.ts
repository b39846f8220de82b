import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Standing, rankText, reasonText, scoreText, standings } from "~/lib/scorecard/ranking";
import { criterion, scorecard } from "./fixtures";

const five = ["fit", "brings", "capacity", "values", "style"].map((id) => criterion(id));
const candidates = (...ids: string[]) => ids.map((id) => ({ id, name: id.toUpperCase() }));

/** A standing in one line: "A 1 4.20", "B 2 (tied) 3.00", "C Not fully scored", "D Excluded: …". */
const line = (s: Standing) => [s.candidate.name, rankText(s) || null, scoreText(s), reasonText(s) || null].filter(Boolean).join(" ");

describe("standings", () => {
  it.each([
    [
      "the guide's long list, equal weights (totals 22, 20, 19, 18, 16, 15)",
      five,
      { a: [5, 4, 3, 5, 5], b: [5, 5, 3, 4, 3], c: [4, 5, 5, 3, 2], d: [3, 3, 3, 5, 4], e: [4, 3, 2, 4, 3], f: [3, 4, 2, 4, 2] },
      {},
      ["A 1 4.40", "B 2 4.00", "C 3 3.80", "D 4 3.60", "E 5 3.20", "F 6 3.00"],
    ],
    [
      "a tie shares a rank and the next rank skips",
      five,
      { a: [3, 3, 3, 3, 3], b: [5, 5, 5, 5, 5], c: [3, 3, 3, 3, 3], d: [1, 1, 1, 1, 1] },
      {},
      ["B 1 5.00", "A 2 (tied) 3.00", "C 2 (tied) 3.00", "D 4 1.00"],
    ],
    [
      "a three-way tie at the top",
      five.slice(0, 1),
      { a: [4], b: [4], c: [4] },
      {},
      ["A 1 (tied) 4.00", "B 1 (tied) 4.00", "C 1 (tied) 4.00"],
    ],
    [
      "an unscored criterion: no rank, after every ranked candidate",
      five.slice(0, 2),
      { a: [5, null], b: [2, 2] },
      {},
      ["B 1 2.00", "A Not fully scored Not fully scored: “brings” missing"],
    ],
    ["nothing scored at all", five.slice(0, 2), {}, {}, ["A Not fully scored Not fully scored: “fit”, “brings” missing"]],
  ])("%s", (_, criteria, scores, answers, expected) => {
    const ids = Object.keys(scores).length > 0 ? Object.keys(scores) : ["a"];
    expect(standings(scorecard(criteria, scores, answers), candidates(...ids)).map(line)).toEqual(expected);
  });

  const gated = [
    criterion("fit", { weight: 2 }),
    criterion("capacity"),
    criterion("name", { name: "Keeps our name visible", nonNegotiable: true }),
  ];

  it.each([
    [
      "a candidate that fails a non-negotiable is excluded below every ranked one, whatever its score",
      { top: [5, 5], mid: [3, 3], low: [1, 1] },
      { top: { name: false }, mid: { name: true }, low: { name: true } },
      ["MID 1 3.00", "LOW 2 1.00", "TOP 5.00 Excluded: does not meet “Keeps our name visible”"],
    ],
    [
      "a non-negotiable not yet ticked as met excludes the candidate until it is",
      { a: [4, 4], b: [2, 5] },
      { b: { name: true } },
      ["B 1 3.00", "A 4.00 Excluded: does not meet “Keeps our name visible”"],
    ],
    [
      "excluded even when not fully scored, and after those not fully scored",
      { a: [4, null], b: [3, 3], c: [4, null], d: [2, null] },
      { a: { name: false }, b: { name: true }, c: { name: true } },
      [
        "B 1 3.00",
        "C Not fully scored Not fully scored: “capacity” missing",
        "A Not fully scored Excluded: does not meet “Keeps our name visible”",
        "D Not fully scored Excluded: does not meet “Keeps our name visible”",
      ],
    ],
  ])("%s", (_, scores, answers, expected) => {
    expect(standings(scorecard(gated, scores, answers), candidates(...Object.keys(scores))).map(line)).toEqual(expected);
  });

  it("names every failed non-negotiable", () => {
    const criteria = [
      criterion("w"),
      criterion("x", { name: "No advertising", nonNegotiable: true }),
      criterion("y", { name: "Insured", nonNegotiable: true }),
    ];
    const [only] = standings(scorecard(criteria, { a: [3] }, { a: { x: false, y: false } }), candidates("a"));
    expect(only && reasonText(only)).toBe("Excluded: does not meet “No advertising”, “Insured”");
  });

  it("ties on the two decimals readers see, not on hidden digits", () => {
    // 0.1 × 3 + 0.2 × 1 and 0.1 × 1 + 0.2 × 2 are both 0.5 ÷ 0.3, although floating point makes them differ in the last digit.
    const decimal = [criterion("p", { weight: 0.1 }), criterion("q", { weight: 0.2 })];
    const ranked = standings(scorecard(decimal, { a: [3, 1], b: [1, 2] }), candidates("a", "b"));
    expect(ranked.map(line)).toEqual(["A 1 (tied) 1.67", "B 1 (tied) 1.67"]);
  });

  it("ignores scores of organizations not asked about and of criteria no longer there", () => {
    const data = scorecard(five.slice(0, 1), { a: [4], ghost: [5] });
    data.scores.push({ organizationId: "a", criterionId: "removed", score: 1 });
    expect(standings(data, candidates("a")).map(line)).toEqual(["A 1 4.00"]);
  });
});

describe("standings properties", () => {
  const criteria = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.boolean()), { minLength: 1, maxLength: 6 })
    .map((rows) => rows.map(([weight, gate], i) => criterion(`c${i}`, { weight, nonNegotiable: gate && i > 0 })));
  const cell = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 });
  const world = criteria.chain((cs) =>
    fc.record({
      criteria: fc.constant(cs),
      rows: fc.array(
        fc.tuple(
          fc.array(cell, { minLength: cs.length, maxLength: cs.length }),
          fc.array(fc.option(fc.boolean(), { nil: null }), { minLength: cs.length, maxLength: cs.length }),
        ),
        { minLength: 0, maxLength: 12 },
      ),
    }),
  );

  it("is a permutation of the candidates; ranks rise, ranked before not fully scored before excluded", () => {
    fc.assert(
      fc.property(world, ({ criteria, rows }) => {
        const ids = rows.map((_, i) => `o${i}`);
        const scores = Object.fromEntries(rows.map(([s], i) => [`o${i}`, s]));
        const answers = Object.fromEntries(
          rows.map(([, a], i) => [`o${i}`, Object.fromEntries(a.flatMap((met, j) => (met === null ? [] : [[`c${j}`, met]])))]),
        );
        const result = standings(scorecard(criteria, scores, answers), candidates(...ids));
        expect(result.map((s) => s.candidate.id).sort()).toEqual([...ids].sort());
        const order = { ranked: 0, incomplete: 1, excluded: 2 };
        const kinds = result.map((s) => order[s.kind]);
        expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
        const ranked = result.flatMap((s) => (s.kind === "ranked" ? [s] : []));
        ranked.forEach((s, i) => {
          expect(s.rank).toBeLessThanOrEqual(i + 1);
          expect(s.score).toBeGreaterThanOrEqual(1);
          expect(s.score).toBeLessThanOrEqual(5);
          const previous = ranked[i - 1];
          if (previous) expect(s.rank === previous.rank).toBe(s.tied && previous.tied && scoreText(s) === scoreText(previous));
        });
        if (ranked[0]) expect(ranked[0].rank).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
