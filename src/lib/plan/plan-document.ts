import type { Block } from "../agreement/agreement-blocks";

/**
 * The partnership plan as one document, independent of where it is shown: /plan/ renders it as HTML, and the same
 * value becomes the Word file, the read-only .html copy and the view of a share link. Text only, never markup.
 */

/** A piece of a section: a paragraph or a table (as in the agreement and the business case), or a subheading. */
export type DocBlock = Block | { kind: "subheading"; text: string };

/** A guide step as the content collection states it (titles come from content/, never from code). */
export interface StepInfo {
  step: number;
  title: string;
  navTitle: string;
  href: string;
}

/** Each tool's saved, validated data by tool id, with when it was last saved; a tool with nothing saved is absent. */
export type PlanSnapshot = Readonly<Partial<Record<string, { data: unknown; savedAt: number }>>>;

/** One guide step in the plan. */
export interface PlanSection {
  step: number;
  /** The step's title, as in the guide. */
  title: string;
  /** The step's page, where its tools edit this section. */
  href: string;
  /** "started" once any of the step's tools has saved data. */
  state: "not started" | "started";
  /** Last change to any of the step's tools (ms since the epoch); null when nothing is saved. */
  updatedAt: number | null;
  /** The step's saved work; empty when not started. */
  blocks: DocBlock[];
  /** What the step produces, said (with a link to the step) when nothing is saved. */
  emptyText: string;
}

/** The whole plan: the partnership's name, the date it was assembled, and the eight steps in order. */
export interface PlanDocument {
  /** "Partnership plan: Riverside Fresh Start" once step 1 names the partnership, else "Partnership plan". */
  title: string;
  /** Who prepared it, e.g. "Prepared by Eastside Food Bank", when the reader's organization is known. */
  subtitle?: string;
  /** Formatted date of assembly, e.g. "Nov 28, 2026". */
  date: string;
  sections: PlanSection[];
}
