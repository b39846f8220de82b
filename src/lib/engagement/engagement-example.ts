import { DATES } from "../example/partnership";
import type { EngagementData, Feedback, Iap2Level, PlanRow, Stakeholder } from "./engagement-tool";

const who = (
  key: string,
  name: string,
  power: number,
  interest: number,
  stance: [Stakeholder["stanceNow"], Stakeholder["stanceWanted"]],
  level: Iap2Level | null = null,
): Stakeholder => ({
  id: `example-stakeholder-${key}`,
  organizationId: "",
  name,
  power,
  interest,
  stanceNow: stance[0],
  stanceWanted: stance[1],
  level,
});

const ids = (...keys: string[]) => keys.map((key) => `example-stakeholder-${key}`);

const plan = (key: string, topic: string, people: string[], level: Iap2Level, method: string, date: string, owner: string): PlanRow => ({
  id: `example-plan-${key}`,
  topic,
  stakeholderIds: people,
  level,
  method,
  date,
  owner,
  done: false,
});

const said = (key: string, what: string, from: string, date: string, response: string, status: Feedback["status"]): Feedback => ({
  id: `example-feedback-${key}`,
  what,
  from,
  date,
  response,
  status,
});

/**
 * The stakeholder map Riverside Fresh Start's project group drew after the agreement on roles (step 6's worked
 * example), its engagement plan up to the first market (the survey and the briefings, held earlier, marked done), and
 * the "you said, we did" log the poster came from. The resident panel meets monthly from March, twelve meetings in all.
 */
export function engagementExample(): EngagementData {
  return {
    highFrom: 3,
    stakeholders: [
      who("foundation", "Harbor Community Foundation", 5, 4, ["supportive", "champion"], "consult"),
      who("tenants", "Tenant association boards (Riverside Courts, Maple Terrace)", 3, 5, ["wary", "supportive"]),
      who("council", "East side's council member", 5, 2, ["neutral", "supportive"], "inform"),
      who("inspectors", "City health department's inspectors", 4, 1, ["neutral", "neutral"], "inform"),
      who("residents", "East-side residents and SNAP households", 2, 5, ["wary", "champion"]),
      who("corner-stores", "Corner-store owners near the park", 2, 4, ["opposed", "neutral"], "consult"),
      who("park-users", "Park users (youth soccer league)", 1, 3, ["neutral", "neutral"], "inform"),
      who("clinic", "East Harbor Health Center (refers patients)", 2, 4, ["supportive", "supportive"], "inform"),
      who("chains", "Regional supermarket chains", 2, 1, ["neutral", "neutral"]),
      who("media", "Local media", 1, 2, ["neutral", "supportive"]),
    ],
    plan: [
      { ...plan("day", "Market day and place", ids("residents"), "consult", "Survey", DATES.surveyStart, "Programs director"), done: true },
      {
        ...plan(
          "briefings",
          "Business case",
          ids("council", "foundation"),
          "inform",
          "Briefing",
          DATES.caseApprovedParks,
          "Programs director",
        ),
        done: true,
      },
      plan("classes", "Class times", ids("residents", "tenants"), "consult", "Public meeting", DATES.townHall, "Market coordinator"),
      plan("staples", "Fixed-price staples", ids("residents"), "empower", "Public meeting", DATES.townHall, "Produce manager"),
      plan("flyer", "Market flyer and guest sellers", ids("corner-stores"), "consult", "Meeting", "2027-03-01", "Market coordinator"),
      plan("panel", "Resident panel", ids("residents", "tenants"), "collaborate", "Advisory group", "2027-03-10", "Market coordinator"),
    ],
    feedback: [
      said(
        "saturday",
        "Saturday morning suits us better than a weekday evening.",
        "Survey respondents",
        DATES.surveyEnd,
        "The market runs on Saturday mornings in Riverside Park.",
        "acted-on",
      ),
      said(
        "path",
        "The gravel path to the pavilion is hard going in a wheelchair.",
        "A resident, in an interview",
        "2027-01-20",
        "Parks paved the last hundred feet before launch.",
        "acted-on",
      ),
      said(
        "spanish",
        "Classes in Spanish, please.",
        "Tenant association boards",
        "2027-01-28",
        "Every other series is taught in Spanish.",
        "acted-on",
      ),
      said(
        "customers",
        "The market will take our customers.",
        "Corner-store owners",
        "2027-02-01",
        "One joins as a guest seller of eggs and tortillas; the other shows the flyer.",
        "answered",
      ),
      said("wic", "Can the market take WIC vouchers?", "Town hall", DATES.townHall, "", "open"),
    ],
  };
}
