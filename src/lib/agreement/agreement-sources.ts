import { formatDate } from "../dates";
import { byPriority, type GoalsData } from "../goals/goals-tool";
import { escalationLabel, type GovernanceData, tiersInUse } from "../governance/governance-tool";
import { numberFormat } from "../intl-cache";
import type { KpisData } from "../kpis/kpis-tool";
import { FREQUENCY_LABEL } from "../kpis/kpis-tool";
import { KINDS, labelOf, type OrganizationsData, organizationName } from "../organizations/organizations-tool";
import { holdersByTask } from "../raci/raci-checks";
import type { RaciData } from "../raci/raci-tool";
import { RESPONSES, type RisksData } from "../risks/risks-tool";
import type { AgreementInput } from "./agreement-input";
import type { AgreementData } from "./agreement-tool";

/** Each tool's saved data as the outline's plain inputs; the costing tool's (step 7) are in agreement-costing. */

/** The signing parties: the reader's own organization first, then the partners, in list order. */
export function partiesFrom(data: OrganizationsData): AgreementInput["parties"] {
  const signing = [...data.organizations.filter((o) => o.own), ...data.organizations.filter((o) => !o.own && o.status === "partner")];
  return signing.map((o) => ({ name: o.name, kind: labelOf(KINDS, o.kind), contactRole: o.contactRole, brings: o.brings }));
}

/** The partnership's working name as step 1's goals worksheet gives it; "" when it has none yet. */
export function nameFrom(data: GoalsData): AgreementInput["name"] {
  return data.partnershipName.trim();
}

/** The goals, high priority first. */
export function goalsFrom(data: GoalsData): AgreementInput["goals"] {
  return byPriority(data.goals).map((g) => ({ title: g.title, owner: g.owner }));
}

/** The tiers in use, from the top; members carry their organization's name when it is known. */
export function tiersFrom(data: GovernanceData, organizations: OrganizationsData): AgreementInput["tiers"] {
  return tiersInUse(data).map((key) => {
    const tier = data[key];
    const members = tier.members.map((m) => {
      const org = m.organizationId === "" ? "" : organizationName(organizations, m.organizationId);
      return org === "" ? m.name : `${m.name}, ${org}`;
    });
    return {
      name: escalationLabel(key),
      members,
      meets: tier.meets,
      decides: tier.decides,
      escalatesTo: escalationLabel(tier.escalatesTo),
    };
  });
}

/** Who answers for each task; a task without exactly one Accountable shows them all, joined, so the gap stays visible. */
export function accountabilitiesFrom(data: RaciData): AgreementInput["accountabilities"] {
  return holdersByTask(data, ["A", "R"] as const).map(({ task, holders }) => ({
    task: task.name,
    accountable: holders.A.map((p) => p.name).join("; "),
    responsible: holders.R.map((p) => p.name),
  }));
}

export function risksFrom(data: RisksData): AgreementInput["risks"] {
  return data.risks.map((r) => ({ title: r.title, response: labelOf(RESPONSES, r.response), owner: r.owner, mitigation: r.mitigation }));
}

/** The KPIs with their targets written out: "250 households by Feb 29, 2028". */
export function kpisFrom(data: KpisData, locale?: string): AgreementInput["kpis"] {
  return data.kpis.map((k) => ({
    name: k.name,
    target: `${`${numberFormat(locale).format(k.target)} ${k.unit}`.trim()} by ${formatDate(k.targetDate, locale)}`,
    frequency: FREQUENCY_LABEL[k.frequency],
    responsible: k.responsible,
  }));
}

/** The agreement notes' dates and words; `months` is the term's length when the costing tool knows it. */
export function notesFrom(data: AgreementData, months: number | null): Pick<AgreementInput, "term" | "clauses"> {
  return { term: { start: data.start, end: data.end, months }, clauses: data.clauses };
}
