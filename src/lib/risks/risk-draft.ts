import { isValidDate } from "../dates";
import type { OrganizationsData } from "../organizations/organizations-tool";
import { matchOwner, ownerChange } from "./owners";
import { type Category, type Escalation, MAX_RISKS, RISK_LIMITS, type Response, type Risk } from "./risks-tool";

/** What the reader has typed into the "Add risk" form so far. */
export interface Draft {
  title: string;
  description: string;
  category: Category;
  likelihood: number;
  impact: number;
  owner: string;
  response: Response;
  mitigation: string;
  residualLikelihood: number;
  residualImpact: number;
  /** Whether the reader set a residual level; until then both follow the inherent ones. */
  residualSet: boolean;
  escalation: Escalation;
  review: string;
}

export const BLANK_DRAFT: Draft = {
  title: "",
  description: "",
  category: "operational",
  likelihood: 3,
  impact: 3,
  owner: "",
  response: "treat",
  mitigation: "",
  residualLikelihood: 3,
  residualImpact: 3,
  residualSet: false,
  escalation: "project",
  review: "",
};

export type DraftTextField = "title" | "description" | "owner" | "mitigation";
export type DraftErrors = Partial<Record<DraftTextField, string>>;

/** The text fields in form order, with the most characters the schema keeps. */
export const DRAFT_TEXT_LIMITS: readonly { field: DraftTextField; max: number; noun: string }[] = [
  { field: "title", max: RISK_LIMITS.title, noun: "the risk" },
  { field: "description", max: RISK_LIMITS.description, noun: "the description" },
  { field: "owner", max: RISK_LIMITS.owner, noun: "the owner's name" },
  { field: "mitigation", max: RISK_LIMITS.mitigation, noun: "the mitigation" },
];

/** What is wrong with a draft, field by field; empty when it can be added to a register of `count` risks. */
export function draftErrors(draft: Draft, count: number): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = "Name the risk before adding it.";
  else if (count >= MAX_RISKS) errors.title = `The register holds at most ${MAX_RISKS} risks; delete one before adding another.`;
  for (const { field, max, noun } of DRAFT_TEXT_LIMITS) {
    if (!errors[field] && draft[field].trim().length > max) errors[field] = `Keep ${noun} to ${max} characters or fewer.`;
  }
  return errors;
}

/** The draft with an inherent level changed; a residual level the reader has not set follows it. */
export function withInherentLevel(draft: Draft, field: "likelihood" | "impact", level: number): Draft {
  const follower = field === "likelihood" ? "residualLikelihood" : "residualImpact";
  return { ...draft, [field]: level, ...(draft.residualSet ? {} : { [follower]: level }) };
}

/** The draft with a residual level the reader chose; from then on it no longer follows the inherent one. */
export function withResidualLevel(draft: Draft, field: "residualLikelihood" | "residualImpact", level: number): Draft {
  return draft[field] === level ? draft : { ...draft, [field]: level, residualSet: true };
}

/**
 * The risk a valid draft adds: text trimmed, status open, an unreadable date dropped, an owner that names one of
 * `partners` written as that partner is, and linked to the organization of that name on step 2's list.
 */
export function draftToRisk(
  draft: Draft,
  id: string,
  partners: readonly string[] = [],
  organizations: OrganizationsData = { organizations: [] },
): Risk {
  return {
    id,
    title: draft.title.trim(),
    description: draft.description.trim(),
    category: draft.category,
    likelihood: draft.likelihood,
    impact: draft.impact,
    ...ownerChange(matchOwner(draft.owner, partners), organizations),
    response: draft.response,
    mitigation: draft.mitigation.trim(),
    residualLikelihood: draft.residualLikelihood,
    residualImpact: draft.residualImpact,
    escalation: draft.escalation,
    status: "open",
    review: isValidDate(draft.review) ? draft.review : "",
  };
}
