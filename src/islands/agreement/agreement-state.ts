import { computed } from "@preact/signals";
import { costingFrom } from "~/lib/agreement/agreement-costing";
import type { AgreementInput } from "~/lib/agreement/agreement-input";
import { assembleAgreement } from "~/lib/agreement/agreement-outline";
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

/** The reader's saved work as the outline's inputs, without their own words. */
const saved = computed<Partial<AgreementInput>>(() => ({
  name: nameFrom(goals.data.value),
  parties: partiesFrom(organizations.data.value),
  goals: goalsFrom(goals.data.value),
  tiers: tiersFrom(governance.data.value, organizations.data.value),
  accountabilities: accountabilitiesFrom(raci.data.value),
  // Owners and responsible partners under their names on step 2's list, renamed there since they were saved.
  risks: risksFrom(followOwners(risks.data.value, organizations.data.value)),
  kpis: kpisFrom(followResponsible(kpis.data.value, organizations.data.value)),
  ...costingFrom(resources.data.value, organizations.data.value),
}));

/** The whole outline, the reader's words included: what is printed and downloaded. */
export const outline = computed(() => assembleAgreement({ ...saved.value, ...notesFrom(agreement.data.value, months.value) }));

/** The outline from the saved work and dates alone: the screen shows the reader's words in their own fields instead. */
export const savedOutline = computed(() =>
  assembleAgreement({ ...saved.value, ...notesFrom(agreement.data.value, months.value), clauses: {} }),
);

/** Whether the reader has written or dated anything in the agreement notes. */
export const hasNotes = computed(() => agreementTool.summarize(agreement.data.value) !== "");
