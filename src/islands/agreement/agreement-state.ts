import { type ReadonlySignal, computed, signal } from "@preact/signals";
import { costingFrom } from "~/lib/agreement/agreement-costing";
import type { AgreementInput } from "~/lib/agreement/agreement-input";
import { agreementTitle, assembleAgreement, assembleSection } from "~/lib/agreement/agreement-outline";
import { SECTIONS } from "~/lib/agreement/agreement-sections";
import {
  accountabilitiesFrom,
  goalsFrom,
  kpisFrom,
  nameFrom,
  notesFrom,
  partiesFrom,
  risksFrom,
  tiersFrom,
} from "~/lib/agreement/agreement-sources";
import { agreementTool } from "~/lib/agreement/agreement-tool";
import { goalsTool } from "~/lib/goals/goals-tool";
import { governanceTool } from "~/lib/governance/governance-tool";
import { followResponsible } from "~/lib/kpis/kpi-partners";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { raciTool } from "~/lib/raci/raci-tool";
import { hasResources, resourcesTool } from "~/lib/resources/resources-tool";
import { followOwners } from "~/lib/risks/owners";
import { risksTool } from "~/lib/risks/risks-tool";
import { toolState } from "../shared/tool-state";

/** Step 4's agreement notes: the dates and the reader's own words. */
export const agreement = toolState(agreementTool);

const goals = toolState(goalsTool);
const organizations = toolState(organizationsTool);
const governance = toolState(governanceTool);
const raci = toolState(raciTool);
const risks = toolState(risksTool);
const kpis = toolState(kpisTool);
const resources = toolState(resourcesTool);

/** The term's length from the costing tool (step 7), when the reader has used it. */
const months = computed(() => (hasResources(resources.data.value) ? resources.data.value.termMonths : null));

const start = computed(() => agreement.data.value.start);
const end = computed(() => agreement.data.value.end);

/**
 * The outline's inputs, each worked out from its own tools only and read through a getter: a section's computed then
 * follows just the inputs its section reads, so a member added to a tier redraws the governance section and leaves
 * the others (the 1,000 risks of the risks section) as they are.
 */
const costing = computed(() => costingFrom(resources.data.value, organizations.data.value));
const parts: { [K in keyof AgreementInput]: ReadonlySignal<AgreementInput[K]> } = {
  name: computed(() => nameFrom(goals.data.value)),
  parties: computed(() => partiesFrom(organizations.data.value)),
  goals: computed(() => goalsFrom(goals.data.value)),
  // From the two dates and the length alone: words typed into a clause leave the term section as it is.
  term: computed(() => notesFrom({ ...agreementTool.empty(), start: start.value, end: end.value }, months.value).term),
  tiers: computed(() => tiersFrom(governance.data.value, organizations.data.value)),
  accountabilities: computed(() => accountabilitiesFrom(raci.data.value)),
  contributions: computed(() => costing.value.contributions),
  shares: computed(() => costing.value.shares),
  costSharing: computed(() => costing.value.costSharing),
  // Owners and responsible partners under their names on step 2's list, renamed there since they were saved.
  risks: computed(() => risksFrom(followOwners(risks.data.value, organizations.data.value))),
  kpis: computed(() => kpisFrom(followResponsible(kpis.data.value, organizations.data.value))),
  clauses: computed(() => agreement.data.value.clauses),
};

/** An input whose every field reads its signal when read, so a computed that reads it follows only those fields. */
function readThrough(signals: typeof parts): AgreementInput {
  const input = {};
  for (const [key, part] of Object.entries(signals)) Object.defineProperty(input, key, { get: () => part.value, enumerable: true });
  return input as AgreementInput;
}

const withWords = readThrough(parts);
/** The same without the reader's words: the screen shows them in their own fields. */
const savedWork = readThrough({ ...parts, clauses: signal({}) });

/** The whole outline, the reader's words included: what is downloaded. */
export const outline = computed(() => assembleAgreement({ ...withWords }));

/** The outline's title; it changes with the partnership's name only. */
export const title = computed(() => agreementTitle(parts.name.value));

/** Each section from the saved work alone (the screen shows the reader's words in their own fields instead). */
export const savedSections = SECTIONS.map((section) => computed(() => assembleSection(section, savedWork)));

/** Each section's "Nothing saved yet: step N fills this" line, or null once saved work or the reader's words fill it. */
export const missingLines = SECTIONS.map((section) => computed(() => assembleSection(section, withWords).missing));

/** Whether the reader has written or dated anything in the agreement notes. */
export const hasNotes = computed(() => agreementTool.summarize(agreement.data.value) !== "");
