import { paragraph, table } from "../../agreement/agreement-blocks";
import { KINDS, STATUSES, candidates, labelOf } from "../../organizations/organizations-tool";
import { diligenceSummary, diligenceText } from "../../scorecard/diligence";
import { rankText, reasonText, scoreText, standings } from "../../scorecard/ranking";
import type { DocBlock } from "../plan-document";
import type { SavedWork, SectionContext } from "../saved-work";

function organizationBlocks({ organizations }: SavedWork): DocBlock[] {
  if (!organizations) return [];
  const rows = organizations.organizations.map((o) => [
    o.own ? `${o.name} (your organization)` : o.name,
    labelOf(KINDS, o.kind),
    o.own ? "" : labelOf(STATUSES, o.status),
    o.contactRole,
    o.brings,
  ]);
  return [
    { kind: "subheading", text: "Organizations" },
    ...(rows.length === 0 ? [paragraph("No organizations listed yet.")] : []),
    ...table("Organizations", ["Organization", "Kind", "Status", "Contact role", "What they bring"], rows),
  ];
}

function scorecardBlocks({ organizations, scorecard }: SavedWork, { locale }: SectionContext): DocBlock[] {
  if (!scorecard) return [];
  const list = organizations ? candidates(organizations) : [];
  const ranking = standings(scorecard, list);
  const checked = list.filter((o) => o.status === "shortlisted" || o.status === "partner");
  return [
    { kind: "subheading", text: "Scores and ranking" },
    ...(ranking.length === 0 ? [paragraph("No candidate organizations to score yet: list them in step 2.")] : []),
    ...table(
      "Ranking by weighted score",
      ["Organization", "Rank", "Weighted score", "Note"],
      ranking.map((s) => [s.candidate.name, rankText(s), scoreText(s, locale), reasonText(s)]),
    ),
    { kind: "subheading", text: "Due diligence" },
    ...(checked.length === 0 ? [paragraph("No organization is shortlisted or chosen as a partner yet.")] : []),
    ...table(
      "Due diligence of shortlisted organizations and partners",
      ["Organization", "Checks"],
      checked.map((o) => [o.name, diligenceText(diligenceSummary(scorecard, o.id))]),
    ),
  ];
}

/** Step 2: the organizations considered, their ranking on the scorecard, and how far due diligence has gone. */
export function partnersSection(work: SavedWork, context: SectionContext): DocBlock[] {
  return [...organizationBlocks(work), ...scorecardBlocks(work, context)];
}
