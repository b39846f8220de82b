import { describe, expect, it } from "vitest";
import { personSummaries, summaryText } from "~/lib/raci/raci-summary";
import { chart, guideChart } from "./fixtures";

describe("per-person summary", () => {
  const summaries = personSummaries(guideChart(false));

  it.each([
    ["SG", "Accountable for: Publicity and use of logos; Quarterly cost settlement."],
    [
      "PM",
      "Accountable for: Weekly produce order and delivery. Responsible for: Food-safety checks and temperature log; Monthly figures for the indicators.",
    ],
  ])("%s", (name, text) => {
    const summary = summaries.find((s) => s.person.name === name);
    expect(summary && summaryText(summary)).toBe(text);
  });

  it("lists consulted and informed tasks too, and says when a person carries nothing", () => {
    const ss = summaries.find((s) => s.person.name === "SS");
    expect(ss?.consulted.map((t) => t.name)).toEqual([
      "Cooking-class schedule and recipes",
      "Publicity and use of logos",
      "Quarterly cost settlement",
    ]);
    const [idle] = personSummaries(chart(["Idle", "Q"], [["Task", "IA"]]));
    expect(idle && summaryText(idle)).toBe("Not accountable or responsible for any task yet.");
    expect(idle?.informed.map((t) => t.name)).toEqual(["Task"]);
  });
});
