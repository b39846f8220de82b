import { dayNumber } from "../dates";
import { numberFormat } from "../intl-cache";
import { PAGE_SIZE, pageOf as pageRange } from "../paging";
import type { Risk } from "./risks-tool";
import { BANDS, type Band, type BandLimits, bandOf, riskScore } from "./scoring";

/** Which scores the matrix and filters use: before mitigation or after. */
export type View = "inherent" | "residual";

/** A risk with its number: its place in the register's entry order, from 1. */
export interface RiskRow {
  risk: Risk;
  number: number;
}

export function numbered(risks: readonly Risk[]): RiskRow[] {
  return risks.map((risk, index) => ({ risk, number: index + 1 }));
}

/** The risk's place on the matrix in a view. */
export function positionIn(risk: Risk, view: View): { likelihood: number; impact: number } {
  return view === "inherent"
    ? { likelihood: risk.likelihood, impact: risk.impact }
    : { likelihood: risk.residualLikelihood, impact: risk.residualImpact };
}

export function scoreIn(risk: Risk, view: View): number {
  const { likelihood, impact } = positionIn(risk, view);
  return riskScore(likelihood, impact);
}

export function bandIn(risk: Risk, view: View, limits: BandLimits): Band {
  return bandOf(scoreIn(risk, view), limits);
}

/** True where the residual likelihood or impact is above the inherent one: mitigation that seems to add risk. */
export function mitigationIncreases(risk: Risk): boolean {
  return risk.residualLikelihood > risk.likelihood || risk.residualImpact > risk.impact;
}

export type SortKey = "number" | "inherent" | "residual";
export type SortDirection = "ascending" | "descending";
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const ENTRY_ORDER: SortOrder = { key: "number", direction: "ascending" };

function sortValue(row: RiskRow, key: SortKey): number {
  return key === "number" ? row.number : scoreIn(row.risk, key);
}

/**
 * Rows in the given order. Ties on a score break on the other view's score (same direction),
 * then on the number, always ascending, so the order is stable and total.
 */
export function sortRows(rows: readonly RiskRow[], order: SortOrder): RiskRow[] {
  const sign = order.direction === "ascending" ? 1 : -1;
  const other: SortKey = order.key === "inherent" ? "residual" : "inherent";
  return [...rows].sort(
    (a, b) =>
      sign * (sortValue(a, order.key) - sortValue(b, order.key)) ||
      (order.key === "number" ? 0 : sign * (sortValue(a, other) - sortValue(b, other))) ||
      a.number - b.number,
  );
}

/** The next order when the reader asks to sort by `key`: scores start high-first, numbers low-first; again flips. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: key === "number" ? "ascending" : "descending" };
}

/** One matrix cell in one view. */
export interface CellFilter {
  view: View;
  likelihood: number;
  impact: number;
}

export function inCell(risk: Risk, cell: CellFilter): boolean {
  const at = positionIn(risk, cell.view);
  return at.likelihood === cell.likelihood && at.impact === cell.impact;
}

/** The rows in `cell`, or all rows when there is no filter. */
export function filterRows(rows: readonly RiskRow[], cell: CellFilter | null): RiskRow[] {
  return cell ? rows.filter((row) => inCell(row.risk, cell)) : [...rows];
}

/** The numbers of the risks in each cell of a view, keyed "likelihood-impact", in ascending order. */
export function cellNumbers(rows: readonly RiskRow[], view: View): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  for (const { risk, number } of rows) {
    const { likelihood, impact } = positionIn(risk, view);
    const key = `${likelihood}-${impact}`;
    const numbers = cells.get(key);
    if (numbers) numbers.push(number);
    else cells.set(key, [number]);
  }
  return cells;
}

export interface BandCount {
  band: Band;
  inherent: number;
  residual: number;
}

/** How many risks sit in each band, before and after mitigation. */
export function bandCounts(risks: readonly Risk[], limits: BandLimits): BandCount[] {
  return BANDS.map((band) => ({
    band,
    inherent: risks.filter((r) => bandIn(r, "inherent", limits) === band).length,
    residual: risks.filter((r) => bandIn(r, "residual", limits) === band).length,
  }));
}

/**
 * What to raise at the next project group meeting: risks not closed that still sit at High or
 * Extreme after mitigation, highest residual score first, then the earliest review date (none last).
 */
export function meetingList(rows: readonly RiskRow[], limits: BandLimits, max = 10): RiskRow[] {
  const reviewDay = (row: RiskRow) => dayNumber(row.risk.review) ?? Number.POSITIVE_INFINITY;
  return rows
    .filter(({ risk }) => risk.status !== "closed" && ["high", "extreme"].includes(bandIn(risk, "residual", limits)))
    .sort((a, b) => scoreIn(b.risk, "residual") - scoreIn(a.risk, "residual") || reviewDay(a) - reviewDay(b) || a.number - b.number)
    .slice(0, max);
}

/**
 * `rows` with the row of risk `id` (from `all`) at `index`, wherever the order or filter would put it: the risk the
 * reader is editing stays where it was, in view, while its scores change.
 */
export function keepInPlace(rows: readonly RiskRow[], all: readonly RiskRow[], id: string, index: number): RiskRow[] {
  const row = all.find((r) => r.risk.id === id);
  if (!row) return [...rows];
  const rest = rows.filter((r) => r.risk.id !== id);
  rest.splice(Math.min(Math.max(0, index), rest.length), 0, row);
  return rest;
}

/** One page of the register. */
export interface RegisterPage {
  rows: RiskRow[];
  /** The page shown, from 0; a page past the end shows the last one. */
  page: number;
  pages: number;
  /** Places of the first and last rows shown among all the rows, from 1; 0 and 0 when there are none. */
  first: number;
  last: number;
  total: number;
}

/** Page `page` of the register, `size` rows at a time (the site's long-table page size unless told). */
export function pageOf(rows: readonly RiskRow[], page: number, size = PAGE_SIZE): RegisterPage {
  const range = pageRange(rows.length, Math.floor(page), size);
  const shown = rows.slice(range.start, range.end);
  return {
    rows: shown,
    page: range.page,
    pages: range.pages,
    first: shown.length > 0 ? range.start + 1 : 0,
    last: range.end,
    total: rows.length,
  };
}

const count = (n: number) => numberFormat("en-GB").format(n);

/** "Showing 1–25 of 1,000 risks." */
export function describePage({ first, last, total }: RegisterPage): string {
  if (total === 0) return "No risks to show.";
  if (first === 1 && last === total) return `Showing all ${count(total)} ${total === 1 ? "risk" : "risks"}.`;
  return `Showing ${count(first)}–${count(last)} of ${count(total)} risks.`;
}

/** The first `max` numbers of a matrix cell to show, and how many more it holds. */
export function firstNumbers(numbers: readonly number[], max: number): { shown: number[]; more: number } {
  return { shown: numbers.slice(0, max), more: Math.max(0, numbers.length - max) };
}
