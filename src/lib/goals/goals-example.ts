import { EXAMPLE } from "../example/partnership";
import type { GoalsData } from "./goals-tool";

const all = { specific: true, measurable: true, achievable: true, relevant: true, timeBound: true };

/** Eastside Food Bank's goals in the worked example. */
export function goalsExample(): GoalsData {
  return {
    organization: EXAMPLE.lead,
    goals: [
      {
        id: "example-goal-1",
        title: "Put fresh produce within walking distance of 400 east-side households by the end of 2027",
        smart: all,
        priority: "high",
        owner: "Programs director",
        wants: "A site in the neighbourhood (the park) and a steady supply of produce at cost.",
      },
      {
        id: "example-goal-2",
        title: "Teach 150 residents to cook low-cost meals with seasonal vegetables within the first year",
        smart: all,
        priority: "medium",
        owner: "Nutrition educator",
        wants: "A kitchen-equipped space and a partner with retail know-how for recipe costing.",
      },
      {
        id: "example-goal-3",
        title: "Become known as the east side's first stop for food help",
        smart: { ...all, measurable: false, timeBound: false },
        priority: "low",
        owner: "Executive director",
        wants: "The visibility of a city-run venue and the grocer's customer newsletter.",
      },
    ],
  };
}
