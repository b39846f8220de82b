import { isValidDate } from "../dates";
import { findByName, tidyName } from "../organizations/names";
import {
  CHECK_MAX,
  type Check,
  type CheckStatus,
  type Diligence,
  MAX_CHECKS,
  MAX_PAIRS,
  NOTE_MAX,
  type ScorecardData,
} from "./scorecard-tool";

/** Due diligence: the checklist, each candidate's entries, and the summary "5 of 8 done, 1 concern". */

function nameFits(data: ScorecardData, name: string, exceptId?: string): boolean {
  return name !== "" && name.length <= CHECK_MAX && findByName(data.checks, name, exceptId) === undefined;
}

/** Adds an item to the checklist every candidate is checked against. */
export function addCheck(data: ScorecardData, check: Check): ScorecardData {
  const name = tidyName(check.name);
  if (data.checks.length >= MAX_CHECKS || data.checks.some((c) => c.id === check.id) || !nameFits(data, name)) return data;
  return { ...data, checks: [...data.checks, { id: check.id, name }] };
}

export function renameCheck(data: ScorecardData, id: string, name: string): ScorecardData {
  const tidy = tidyName(name);
  const check = data.checks.find((c) => c.id === id);
  if (!check || check.name === tidy || !nameFits(data, tidy, id)) return data;
  return { ...data, checks: data.checks.map((c) => (c.id === id ? { ...c, name: tidy } : c)) };
}

/** Removes an item from the checklist, with every candidate's entry for it. */
export function removeCheck(data: ScorecardData, id: string): ScorecardData {
  if (!data.checks.some((c) => c.id === id)) return data;
  return { ...data, checks: data.checks.filter((c) => c.id !== id), diligence: data.diligence.filter((d) => d.checkId !== id) };
}

/** One candidate's entry for one check; a check nobody has touched is not started. */
export function entryOf(data: ScorecardData, organizationId: string, checkId: string): Diligence {
  const found = data.diligence.find((d) => d.organizationId === organizationId && d.checkId === checkId);
  return found ?? { organizationId, checkId, status: "not-started", note: "", date: "" };
}

function updateEntry(data: ScorecardData, organizationId: string, checkId: string, patch: Partial<Diligence>): ScorecardData {
  if (!data.checks.some((c) => c.id === checkId)) return data;
  const entry = entryOf(data, organizationId, checkId);
  if (Object.entries(patch).every(([key, value]) => entry[key as keyof Diligence] === value)) return data;
  const others = data.diligence.filter((d) => !(d.organizationId === organizationId && d.checkId === checkId));
  if (others.length >= MAX_PAIRS) return data;
  return { ...data, diligence: [...others, { ...entry, ...patch }] };
}

export function setCheckStatus(data: ScorecardData, organizationId: string, checkId: string, status: CheckStatus): ScorecardData {
  return updateEntry(data, organizationId, checkId, { status });
}

/** Sets the note on a check; text past the limit is refused. */
export function setCheckNote(data: ScorecardData, organizationId: string, checkId: string, note: string): ScorecardData {
  return note.length > NOTE_MAX ? data : updateEntry(data, organizationId, checkId, { note });
}

/** Sets the date of a check ("yyyy-mm-dd", or "" for none); anything else is refused. */
export function setCheckDate(data: ScorecardData, organizationId: string, checkId: string, date: string): ScorecardData {
  return date !== "" && !isValidDate(date) ? data : updateEntry(data, organizationId, checkId, { date });
}

/** How far one candidate's due diligence has gone. */
export interface DiligenceSummary {
  total: number;
  done: number;
  inProgress: number;
  concern: number;
}

export function diligenceSummary(data: Pick<ScorecardData, "checks" | "diligence">, organizationId: string): DiligenceSummary {
  const own = new Map(data.diligence.filter((d) => d.organizationId === organizationId).map((d) => [d.checkId, d.status]));
  const statuses = data.checks.map((c) => own.get(c.id) ?? "not-started");
  const count = (status: CheckStatus) => statuses.filter((s) => s === status).length;
  return { total: statuses.length, done: count("done"), inProgress: count("in-progress"), concern: count("concern") };
}

/** "5 of 8 done, 1 concern"; concerns are named only when there are some. */
export function diligenceText(summary: DiligenceSummary): string {
  const done = `${summary.done} of ${summary.total} done`;
  if (summary.concern === 0) return done;
  return `${done}, ${summary.concern} ${summary.concern === 1 ? "concern" : "concerns"}`;
}
