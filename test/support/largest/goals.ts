import { newGoal } from "~/lib/goals/goals-edits";
import { goalsTool } from "~/lib/goals/goals-tool";
import { encodeRecord } from "~/lib/storage/decode";

/** The goals worksheet at the largest size the scale budget names: 50 goals, each with every field filled, and both lists full. */
export function largestGoals(): string {
  const goals = Array.from({ length: 50 }, (_, i) => ({
    ...newGoal(`Goal ${i + 1}: reach ${400 + i} households with fresh produce within walking distance by 2028`, "medium", `goal-${i}`),
    owner: `Program lead ${i + 1}`,
    wants: "A site near the bus line, volunteers on Saturdays, and a share of the cold-storage costs. ".repeat(3),
    smart: { specific: true, measurable: i % 2 === 0, achievable: true, relevant: true, timeBound: i % 3 === 0 },
  }));
  const encoded = encodeRecord(
    goalsTool,
    {
      organization: "Eastside Food Bank",
      partnershipName: "Riverside Fresh Start",
      goals,
      // Both lists at their longest: 2,000 characters, one item a line.
      offers: "Volunteers on Saturdays, certified food handlers and a refrigerated truck.\n".repeat(26).slice(0, 2000),
      nonNegotiables: "No one is asked for proof of income to shop or to join a class.\n".repeat(31).slice(0, 2000),
    },
    Date.UTC(2027, 0, 1),
  );
  if (!encoded.ok) throw new Error(`the largest goals worksheet does not pass its schema: ${encoded.message}`);
  return encoded.text;
}
