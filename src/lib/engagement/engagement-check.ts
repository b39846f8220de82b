import { firstDuplicateId } from "../row-list/row-list";
import type { EngagementData, Stakeholder } from "./engagement-tool";
import { nameKey } from "../names";

/** What identifies a stakeholder on the map: its organization, or its own name compared as nameKey does. */
export function stakeholderKey(s: Pick<Stakeholder, "organizationId" | "name">): string {
  return s.organizationId !== "" ? `org:${s.organizationId}` : `name:${nameKey(s.name)}`;
}

/**
 * What makes a map, plan and log not hold together, in plain words; empty when they do. The edits keep data whole,
 * so these guard imports: the schema refuses data with any of them.
 */
export function engagementProblems(data: EngagementData): string[] {
  const problems: string[] = [];
  const lists = [
    ["stakeholders", data.stakeholders],
    ["engagement plan rows", data.plan],
    ["log entries", data.feedback],
  ] as const;
  for (const [what, rows] of lists) {
    if (firstDuplicateId(rows) !== null) problems.push(`Two ${what} share the same id.`);
  }
  if (data.stakeholders.some((s) => s.organizationId === "" && nameKey(s.name) === "")) {
    problems.push("A stakeholder has neither a name nor an organization.");
  }
  const keys = data.stakeholders.map(stakeholderKey);
  if (new Set(keys).size !== keys.length) problems.push("The same stakeholder is on the map twice.");
  const known = new Set(data.stakeholders.map((s) => s.id));
  for (const row of data.plan) {
    if (row.stakeholderIds.some((id) => !known.has(id)))
      problems.push(`The plan row "${row.topic}" names a stakeholder who is not on the map.`);
    if (new Set(row.stakeholderIds).size !== row.stakeholderIds.length)
      problems.push(`The plan row "${row.topic}" names a stakeholder twice.`);
  }
  return problems;
}
