import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addPartner, addRound, deleteRound, removePartner, setAnswer } from "~/lib/health/health-edits";
import { roundScores, scoresOf } from "~/lib/health/health-stats";
import { type HealthData, STATEMENT_KEYS, partnerKey } from "~/lib/health/health-tool";

const at = (round: string, partner: string, statement: (typeof STATEMENT_KEYS)[number], score: number, answeredAt = 1) => ({
  round,
  partner,
  statement,
  score,
  answeredAt,
});

const base: HealthData = {
  rounds: [
    { id: "r", label: "Month 3", date: "2027-05-31" },
    { id: "s", label: "Month 9", date: "2027-11-30" },
  ],
  partners: ["Greenleaf", "Harbor Parks"],
  answers: [at("r", "Greenleaf", "trust", 4), at("r", "Harbor Parks", "trust", 2), at("s", "Greenleaf", "fairness", 5)],
};

describe("health check edits", () => {
  it.each([
    [
      "adds a round",
      (d: HealthData) => addRound(d, { id: "t", label: "Month 12", date: "2028-05-31" }),
      { rounds: 3, partners: 2, answers: 3 },
    ],
    ["adds a partner", (d: HealthData) => addPartner(d, "Eastside Food Bank"), { rounds: 2, partners: 3, answers: 3 }],
    ["answers a statement", (d: HealthData) => setAnswer(d, "r", "Greenleaf", "purpose", 5, 2), { rounds: 2, partners: 2, answers: 4 }],
    ["replaces an answer", (d: HealthData) => setAnswer(d, "r", "greenleaf", "trust", 1, 2), { rounds: 2, partners: 2, answers: 3 }],
    ["clears an answer", (d: HealthData) => setAnswer(d, "r", "Greenleaf", "trust", null, 2), { rounds: 2, partners: 2, answers: 2 }],
    ["deletes a round with its answers", (d: HealthData) => deleteRound(d, "r"), { rounds: 1, partners: 2, answers: 1 }],
    ["removes a partner with their answers", (d: HealthData) => removePartner(d, "GREENLEAF"), { rounds: 2, partners: 1, answers: 1 }],
  ])("%s", (_, edit, counts) => {
    const next = edit(base);
    expect({ rounds: next.rounds.length, partners: next.partners.length, answers: next.answers.length }).toEqual(counts);
  });

  it.each([
    ["a round whose id is there", (d: HealthData) => addRound(d, { id: "r", label: "Again", date: "2027-05-31" })],
    ["a partner already listed, written differently", (d: HealthData) => addPartner(d, " green\u200Bleaf ")],
    ["the score an answer already has", (d: HealthData) => setAnswer(d, "r", "Greenleaf", "trust", 4, 9)],
    ["clearing an answer that is not there", (d: HealthData) => setAnswer(d, "r", "Greenleaf", "purpose", null, 9)],
    ["deleting a round that is not there", (d: HealthData) => deleteRound(d, "nope")],
    ["removing a partner who is not there", (d: HealthData) => removePartner(d, "Nobody")],
  ])("returns the same data for %s", (_, edit) => {
    expect(edit(base)).toBe(base);
  });

  it("matches a partner's answers by name key: a zero-width space or another Unicode form is the same partner", () => {
    const next = setAnswer(base, "r", "Green\u200Bleaf", "trust", 1, 2);
    expect(next.answers.filter((a) => a.round === "r" && a.statement === "trust")).toHaveLength(2);
    expect(scoresOf(next.answers, "r", "ＧＲＥＥＮＬＥＡＦ")).toEqual({ trust: 1 });
    expect(roundScores(next, "r").map((row) => row.partner)).toEqual(["Greenleaf", "Harbor Parks"]);
  });

  it.each([
    ["r", "Greenleaf", { trust: 4 }],
    ["r", "  greenleaf  ", { trust: 4 }],
    ["s", "Harbor Parks", {}],
    ["no-such-round", "Greenleaf", {}],
  ])("reads the scores of round %s, partner %j, as the answer form shows them", (round, partner, scores) => {
    expect(scoresOf(base.answers, round, partner)).toEqual(scores);
  });

  it("reads back exactly what setAnswer set, for any sequence of answers", () => {
    const empty: HealthData = { ...base, answers: [] };
    const change = fc.record({
      round: fc.constantFrom("r", "s"),
      partner: fc.constantFrom("A", "a", "B"),
      statement: fc.constantFrom(...STATEMENT_KEYS),
      score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        let data = empty;
        const expected = new Map<string, number>();
        changes.forEach((c, i) => {
          data = setAnswer(data, c.round, c.partner, c.statement, c.score, i);
          const key = `${c.round}|${partnerKey(c.partner)}|${c.statement}`;
          if (c.score === null) expected.delete(key);
          else expected.set(key, c.score);
        });
        for (const round of ["r", "s"]) {
          for (const partner of ["A", "B"]) {
            const scores = scoresOf(data.answers, round, partner);
            for (const statement of STATEMENT_KEYS)
              expect(scores[statement]).toBe(expected.get(`${round}|${partnerKey(partner)}|${statement}`));
          }
        }
      }),
    );
  });
});
