import { useComputed } from "@preact/signals";
import { useRef } from "preact/hooks";
import { formatDate } from "~/lib/dates";
import { type View, bandIn, mitigationIncreases, positionIn, scoreIn } from "~/lib/risks/register";
import { CATEGORIES, RESPONSES, type Risk, STATUSES, labelOf } from "~/lib/risks/risks-tool";
import type { BandLimits } from "~/lib/risks/scoring";
import type { RegisterView } from "./register-view";
import { RiskEditor } from "./RiskEditor";
import { ScoreBadge } from "./parts";
import { limits, riskById } from "./risks-state";

interface Props {
  id: string;
  /** The risk's number, its place in entry order. */
  number: number;
  view: RegisterView;
}

/** "4 × 3 = 12 High": a score with how it is made. */
function Assessment({ risk, view, bands }: { risk: Risk; view: View; bands: BandLimits }) {
  const { likelihood, impact } = positionIn(risk, view);
  return (
    <>
      {likelihood} × {impact} = <ScoreBadge score={scoreIn(risk, view)} band={bandIn(risk, view, bands)} />
    </>
  );
}

/** A cell's column heading, shown in the cell only where the register reads as cards (on a phone). */
function CardLabel({ text }: { text: string }) {
  return (
    <span class="risk-row__label" aria-hidden="true">
      {text}
    </span>
  );
}

/**
 * One risk as a row of text and an "Edit risk N" button that opens its fields in a row below; re-renders only when
 * this risk changes or is opened or closed.
 */
export function RegisterRow({ id, number, view }: Props) {
  const risk = useComputed(() => riskById.value.get(id)).value;
  const open = useComputed(() => view.editing.value?.id === id).value;
  const bands = limits.value;
  const button = useRef<HTMLButtonElement>(null);
  if (!risk) return null;
  const editorId = `risk-${id}-editor`;
  const close = () => {
    view.edit(null);
    button.current?.focus();
  };
  return (
    <>
      <tr class={open ? "risk-row risk-row--open" : "risk-row"}>
        <th scope="row" class="num">
          {number}
        </th>
        <td class="risk-text">
          <span class="risk-row__title" dir="auto">
            {risk.title}
          </span>
          {risk.description && (
            <span class="risk-row__line risk-row__description" dir="auto">
              {risk.description}
            </span>
          )}
          <span class="risk-row__line">{labelOf(CATEGORIES, risk.category)}</span>
        </td>
        <td class="risk-text" dir="auto">
          <CardLabel text="Owner" />
          {risk.owner || "No owner yet"}
        </td>
        <td>
          <CardLabel text="Inherent score" />
          <Assessment risk={risk} view="inherent" bands={bands} />
        </td>
        <td>
          <CardLabel text="Residual score" />
          <Assessment risk={risk} view="residual" bands={bands} />
          {mitigationIncreases(risk) && <span class="risk-flag">Mitigation increases this risk?</span>}
        </td>
        <td>
          <CardLabel text="Response and status" />
          <span class="risk-row__line">{labelOf(RESPONSES, risk.response)}</span>
          <span class="risk-row__line">
            {labelOf(STATUSES, risk.status)}
            {risk.review && `, review ${formatDate(risk.review)}`}
          </span>
        </td>
        <td>
          <button
            ref={button}
            type="button"
            class="button--quiet"
            aria-expanded={open}
            aria-controls={open ? editorId : undefined}
            onClick={() => view.edit(open ? null : id)}
          >
            Edit risk {number}
          </button>
        </td>
      </tr>
      {open && (
        <tr class="risk-editor-row">
          <td colSpan={7}>
            <RiskEditor id={editorId} risk={risk} number={number} onClose={close} />
          </td>
        </tr>
      )}
    </>
  );
}
