import { EXAMPLE_ORG } from "../organizations/organizations-example";
import type { Letter, Person, RaciData } from "./raci-tool";

const person = (key: string, name: string, organizationId: string, group = false): Person => ({
  id: `example-person-${key}`,
  name,
  organizationId,
  group,
});

const PEOPLE = [
  person("pd", "Programs director", EXAMPLE_ORG.foodBank),
  person("ss", "Site supervisor", EXAMPLE_ORG.parks),
  person("pm", "Produce manager", EXAMPLE_ORG.grocer),
  person("mc", "Market coordinator", EXAMPLE_ORG.foodBank),
  person("ne", "Nutrition educator", EXAMPLE_ORG.foodBank),
  person("sg", "Strategic group", "", true),
];

/** The guide's chart (step 4): one letter or " " per column, in the order of PEOPLE (PD, SS, PM, MC, NE, SG). */
const ROWS: [string, string, string][] = [
  ["produce", "Weekly produce order and delivery", "I AR  "],
  ["setup", "Market-day setup and pack-down", "AR R  "],
  ["classes", "Cooking-class schedule and recipes", "ACC R "],
  ["safety", "Food-safety checks and temperature log", "A RRRI"],
  ["publicity", "Publicity and use of logos", "ACCR C"],
  ["figures", "Monthly figures for step 8", "ARRRRI"],
  ["settlement", "Quarterly settlement of costs", "ACCR I"],
];

/**
 * The chart the Riverside Fresh Start project group built on 25 January 2027. The market coordinator is Responsible
 * for six tasks, all of them the half-time post's own job, so the group set the overload limit at 6.
 */
export function raciExample(): RaciData {
  const tasks = ROWS.map(([key, name]) => ({ id: `example-task-${key}`, name }));
  const cells = ROWS.flatMap(([key, , letters]) =>
    [...letters].flatMap((letter, column) => {
      const personId = PEOPLE[column]?.id;
      return letter === " " || !personId ? [] : [{ taskId: `example-task-${key}`, personId, letter: letter as Letter }];
    }),
  );
  return { people: PEOPLE.map((p) => ({ ...p })), tasks, cells, overloadLimit: 6 };
}
