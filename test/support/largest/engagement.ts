import { MAX_FEEDBACK, MAX_PLAN_ROWS, MAX_STAKEHOLDERS, engagementTool } from "~/lib/engagement/engagement-tool";
import { IAP2_LEVELS, STANCES } from "~/lib/engagement/engagement-tool";
import { encodeRecord } from "~/lib/storage/decode";

/** Step 6 at its largest: 50 stakeholders over the grid, 100 plan rows naming five each, 500 log entries. */
export function largestEngagement(): string {
  const stakeholders = Array.from({ length: MAX_STAKEHOLDERS }, (_, i) => ({
    id: `stakeholder-${i}`,
    organizationId: "",
    name: `Stakeholder ${i + 1}: the tenant association of the east-side blocks`,
    power: (i % 5) + 1,
    interest: (Math.floor(i / 5) % 5) + 1,
    stanceNow: STANCES[i % STANCES.length] ?? "neutral",
    stanceWanted: "supportive" as const,
    level: i % 3 === 0 ? (IAP2_LEVELS[i % IAP2_LEVELS.length] ?? null) : null,
  }));
  const plan = Array.from({ length: MAX_PLAN_ROWS }, (_, i) => ({
    id: `plan-${i}`,
    topic: `Topic ${i + 1}: class times, recipes and the market's opening hours`,
    stakeholderIds: Array.from({ length: 5 }, (_, k) => `stakeholder-${(i + k * 7) % MAX_STAKEHOLDERS}`),
    level: IAP2_LEVELS[i % IAP2_LEVELS.length] ?? "inform",
    method: "Workshop",
    date: `2027-${String((i % 12) + 1).padStart(2, "0")}-15`,
    owner: "Market coordinator",
    done: i % 4 === 0,
  }));
  const feedback = Array.from({ length: MAX_FEEDBACK }, (_, i) => ({
    id: `feedback-${i}`,
    what: `Entry ${i + 1}: could the market open earlier on Saturdays for shift workers?`,
    from: "Town hall",
    date: `2027-${String((i % 12) + 1).padStart(2, "0")}-01`,
    response: i % 3 === 0 ? "" : "The market opens at 8 from May.",
    status: i % 3 === 0 ? ("open" as const) : ("acted-on" as const),
  }));
  const encoded = encodeRecord(engagementTool, { highFrom: 3, stakeholders, plan, feedback }, Date.UTC(2027, 0, 1));
  if (!encoded.ok) throw new Error(`the largest engagement map does not pass its schema: ${encoded.message}`);
  return encoded.text;
}
