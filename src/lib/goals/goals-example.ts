import { EXAMPLE, GOALS, NON_NEGOTIABLES, OFFERS } from "../example/partnership";
import type { GoalsData } from "./goals-tool";

/** Eastside Food Bank's goals in the worked example. */
export function goalsExample(): GoalsData {
  return {
    organization: EXAMPLE.lead,
    partnershipName: EXAMPLE.name,
    goals: GOALS.map((goal, i) => {
      const failed: readonly string[] = goal.failed;
      const passes = (test: string) => !failed.includes(test);
      return {
        id: `example-goal-${i + 1}`,
        title: goal.title,
        smart: {
          specific: passes("specific"),
          measurable: passes("measurable"),
          achievable: passes("achievable"),
          relevant: passes("relevant"),
          timeBound: passes("timeBound"),
        },
        priority: goal.priority,
        owner: goal.owner,
        wants: goal.wants,
      };
    }),
    offers: OFFERS.join("\n"),
    nonNegotiables: NON_NEGOTIABLES.join("\n"),
  };
}
