import type { Block } from "~/lib/agreement/agreement-blocks";
import { formatDate } from "~/lib/dates";
import { type TextTable, feedbackTable, planTable, stakeholderTable } from "~/lib/engagement/engagement-csv";
import { BlockView } from "../shared/BlockView";
import { Printout } from "../shared/Printout";
import { engagement, organizationNames, today } from "./engagement-state";

const block = (caption: string, { header, rows }: TextTable): Block[] =>
  rows.length === 0 ? [] : [{ kind: "table", caption, header, rows }];

/** The map, the whole plan and the whole "you said, we did" log as text, every row, for paper. */
function Tables() {
  const data = engagement.data.peek();
  const names = organizationNames.peek();
  const blocks = [
    ...block("Stakeholder map", stakeholderTable(data, names)),
    ...block(
      "Engagement plan",
      planTable(data, names, today.peek(), (d) => formatDate(d)),
    ),
    ...block(
      "You said, we did",
      feedbackTable(
        data,
        () => true,
        (d) => formatDate(d),
      ),
    ),
  ];
  return (
    <>
      {blocks.map((b, i) => (
        <BlockView key={i} block={b} region="Printout" />
      ))}
    </>
  );
}

/** In place of the tables shown on screen (fields, a page of the log at a time), the printout has every row as text. */
export function EngagementPrintout() {
  return <Printout class="engagement-printout" draw={() => <Tables />} />;
}
