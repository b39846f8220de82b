import { formatDate, today } from "../dates";
import type { PlanDocument } from "./plan-document";

/** A moment (ms since the epoch) as the day it fell on for the reader, e.g. "Nov 28, 2026". */
export function dayOf(ms: number, locale?: string): string {
  return formatDate(today(new Date(ms)), locale);
}

/** What each printed page carries at its top: the plan's title, who prepared it when known, and its date. */
export function runningHeader(doc: Pick<PlanDocument, "title" | "subtitle" | "date">): string {
  return [doc.title, doc.subtitle, doc.date].filter(Boolean).join(" · ");
}

/** `text` as a CSS string, quotes included: what a stylesheet can show with `content`, never more than text. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/[\n\r\f]/g, " ")}"`;
}
