import { monthYear } from "../example/format";
import { DATES } from "../example/partnership";
import { EXAMPLE_ORG } from "../organizations/organizations-example";
import type { GovernanceData, Member } from "./governance-tool";

const member = (id: string, name: string, organizationId: string): Member => ({ id: `example-member-${id}`, name, organizationId });

/** The three tiers Riverside Fresh Start agreed on 25 January 2027 (step 4); organization ids as in organizationsExample. */
export function governanceExample(): GovernanceData {
  return {
    tierCount: 3,
    strategic: {
      members: [
        member("ed", "Executive director (chair in year one)", EXAMPLE_ORG.foodBank),
        member("dd", "Deputy director for community programs", EXAMPLE_ORG.parks),
        member("owner", "Co-owner", EXAMPLE_ORG.grocer),
      ],
      meets: `Quarterly: March, June, September, December, plus a renewal decision in ${monthYear(DATES.renewalDecision)} and a closing review in ${monthYear(DATES.closingReview)}`,
      decides:
        "Budget changes above $1,000, anything about the market's name and branding, adding a partner, and renewal. By consensus; if that fails twice, by a two-thirds vote.",
      escalatesTo: "partners",
    },
    project: {
      members: [
        member("pd", "Programs director (project manager and convener)", EXAMPLE_ORG.foodBank),
        member("ss", "Riverside Park site supervisor", EXAMPLE_ORG.parks),
        member("pm", "Produce manager", EXAMPLE_ORG.grocer),
      ],
      meets: "Every two weeks, all year",
      decides: "Everything the strategic group has not kept for itself, unless it delegates further.",
      escalatesTo: "strategic",
    },
    implementing: {
      members: [
        member("mc", "Market coordinator", EXAMPLE_ORG.foodBank),
        member("ne", "Nutrition educator", EXAMPLE_ORG.foodBank),
        member("vl", "Volunteer shift leads", EXAMPLE_ORG.foodBank),
        member("crew", "Grounds crew", EXAMPLE_ORG.parks),
        member("driver", "Delivery driver", EXAMPLE_ORG.grocer),
      ],
      meets: "A ten-minute huddle before each market; a weekly report to the project group",
      decides: "Practical problems on market day.",
      escalatesTo: "project",
    },
  };
}
