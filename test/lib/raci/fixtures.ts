import type { Letter, RaciData } from "~/lib/raci/raci-tool";

/**
 * A chart from a compact table: columns by name (a trailing "*" marks a group), rows of [task, letters], one letter
 * or " " per column.
 */
export function chart(columns: string[], rows: [string, string][], overloadLimit = 5): RaciData {
  const people = columns.map((c) => ({ id: c.replace("*", ""), name: c.replace("*", ""), organizationId: "", group: c.endsWith("*") }));
  const tasks = rows.map(([name], i) => ({ id: `t${i}`, name }));
  const cells = rows.flatMap(([, letters], i) =>
    [...letters].flatMap((letter, j) =>
      letter === " " ? [] : [{ taskId: `t${i}`, personId: people[j]?.id ?? "", letter: letter as Letter }],
    ),
  );
  return { people, tasks, cells, overloadLimit };
}

/** The guide's worked example (step 4): SG, PD, SS, PM, MC. */
export const guideChart = (sgIsGroup: boolean) =>
  chart(
    [sgIsGroup ? "SG*" : "SG", "PD", "SS", "PM", "MC"],
    [
      ["Weekly produce order and delivery", "II AR"],
      ["Market-day setup and pack-down", " AR R"],
      ["Cooking-class schedule and recipes", " ACCR"],
      ["Food-safety checks and temperature log", "IA RR"],
      ["Publicity and use of logos", "ARCCI"],
      ["Monthly figures for the indicators", "IARRR"],
      ["Quarterly cost settlement", "ARCC "],
    ],
  );
