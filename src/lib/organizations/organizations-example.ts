import { EXAMPLE } from "../example/partnership";
import { newOrganization as org } from "./organization-edit";
import type { OrganizationsData } from "./organizations-tool";

const [foodBank, parks, grocer] = EXAMPLE.partners;

/** The ids of the worked example's organizations, which the other tools' examples point at. */
export const EXAMPLE_ORG = {
  foodBank: "example-org-eastside",
  parks: "example-org-parks",
  grocer: "example-org-greenleaf",
  supermarket: "example-org-valley-fresh",
  clinic: "example-org-health-center",
  farmersMarket: "example-org-farmers-market",
  schools: "example-org-schools",
} as const;

/** Eastside Food Bank's long list in the worked example (step 2), after the letters of intent of December 2026. */
export function organizationsExample(): OrganizationsData {
  return {
    organizations: [
      org(EXAMPLE_ORG.foodBank, foodBank, { kind: "nonprofit", status: "partner", own: true, contactRole: "Programs director" }),
      org(EXAMPLE_ORG.grocer, grocer, {
        kind: "business",
        status: "partner",
        contactRole: "Produce manager",
        brings: "Produce at cost, a notice in its customer newsletter and a small cash sponsorship.",
      }),
      org(EXAMPLE_ORG.parks, parks, {
        kind: "public",
        status: "partner",
        contactRole: "Deputy director for community programs",
        brings:
          "Riverside Park's covered pavilion, the community center's teaching kitchen, and a little cash from its community events grant.",
      }),
      org(EXAMPLE_ORG.supermarket, "Valley Fresh Supermarkets", {
        kind: "business",
        status: "declined",
        brings: "The most produce, but only if the market carried its name.",
      }),
      org(EXAMPLE_ORG.clinic, "East Harbor Health Center", {
        kind: "nonprofit",
        status: "declined",
        brings: "Patient referrals, and a voice in the community engagement of step 6; no staff time in 2027.",
      }),
      org(EXAMPLE_ORG.farmersMarket, "Harbor City Farmers Market Association", { kind: "nonprofit" }),
      org(EXAMPLE_ORG.schools, "Harbor City Public Schools", { kind: "education" }),
    ],
  };
}
