import { useComputed, useSignal } from "@preact/signals";
import { MAX_SCORE, QUADRANTS, QUADRANT_LABEL, type Quadrant, gridStep, quadrantOf } from "~/lib/engagement/power-interest";
import type { EngagementData, Stakeholder } from "~/lib/engagement/engagement-tool";
import { moveStakeholder, placeStakeholder, stakeholderName } from "~/lib/engagement/stakeholders";
import { useDrag } from "./grid-drag";
import { engagement, gridPlaces, highFrom, organizationNames, stakeholderById, stakeholderIds } from "./engagement-state";

const SCORES = [1, 2, 3, 4, 5];

/** Grid lines of a quadrant: interest across from column 2, power 5 in row 1 down to power 1 in row 5. */
function quadrantArea(q: Quadrant, high: number): { gridRow: string; gridColumn: string } {
  const highRows = `1 / ${MAX_SCORE - high + 2}`;
  const lowRows = `${MAX_SCORE - high + 2} / 6`;
  const highColumns = `${high + 1} / 7`;
  const lowColumns = `2 / ${high + 1}`;
  const rows = q === "manage-closely" || q === "keep-satisfied" ? highRows : lowRows;
  const columns = q === "manage-closely" || q === "keep-informed" ? highColumns : lowColumns;
  return { gridRow: rows, gridColumn: columns };
}

/**
 * Mendelow's power/interest grid drawn as a CSS grid, each stakeholder a button in its cell; the arrow keys move the
 * focused one (up and down change power, left and right interest). The "Stakeholder map" table is its alternative.
 */
export function PowerInterestGrid() {
  const ids = stakeholderIds.value;
  const said = useSignal("");
  if (ids.length === 0) return null;
  const high = highFrom.value;
  return (
    <figure class="pi-grid-figure">
      <figcaption id="pi-grid-title">Power and interest grid</figcaption>
      <p id="pi-grid-keys" class="pi-grid__keys no-print">
        Select a stakeholder and use the arrow keys: up and down change its power, left and right its interest.
      </p>
      <div class="pi-grid" role="group" aria-labelledby="pi-grid-title" aria-describedby="pi-grid-keys">
        {QUADRANTS.map((q) => (
          <div key={q} class={`pi-grid__quadrant pi-grid__quadrant--${q}`} style={quadrantArea(q, high)}>
            {QUADRANT_LABEL[q]}
          </div>
        ))}
        {SCORES.map((score) => (
          <span key={`p${score}`} class="pi-grid__axis" style={{ gridArea: `${MAX_SCORE - score + 1} / 1` }} aria-hidden="true">
            {score}
          </span>
        ))}
        {SCORES.map((score) => (
          <span key={`i${score}`} class="pi-grid__axis" style={{ gridArea: `6 / ${score + 1}` }} aria-hidden="true">
            {score}
          </span>
        ))}
        {SCORES.flatMap((power) =>
          SCORES.map((interest) => (
            <div
              key={`c${power}-${interest}`}
              class="pi-grid__cell"
              data-power={power}
              data-interest={interest}
              style={{ gridRow: String(MAX_SCORE - power + 1), gridColumn: String(interest + 1) }}
              aria-hidden="true"
            />
          )),
        )}
        {ids.map((id) => (
          <Marker key={id} id={id} onMoved={(text) => (said.value = text)} />
        ))}
      </div>
      <p class="pi-grid__legend" aria-hidden="true">
        Power ↑ (1–5), interest → (1–5)
      </p>
      <p class="visually-hidden" role="status">
        {said.value}
      </p>
    </figure>
  );
}

function Marker({ id, onMoved }: { id: string; onMoved: (text: string) => void }) {
  const s = useComputed(() => stakeholderById.value.get(id)).value;
  const place = useComputed(() => gridPlaces.value.get(id) ?? 0).value;
  if (!s) return null;
  return <MarkerButton stakeholder={s} place={place} onMoved={onMoved} />;
}

interface MarkerProps {
  stakeholder: Stakeholder;
  /** Its place among the stakeholders sharing its cell. */
  place: number;
  onMoved: (text: string) => void;
}

/** A stakeholder on the grid: a button the arrow keys or a pointer move. */
function MarkerButton({ stakeholder: s, place, onMoved }: MarkerProps) {
  const id = s.id;
  const name = stakeholderName(s, organizationNames.value);
  const where = (power: number, interest: number) =>
    `${name}: power ${power}, interest ${interest}, ${QUADRANT_LABEL[quadrantOf(power, interest, highFrom.value)]}`;
  const move = (edit: (d: EngagementData) => EngagementData) => {
    engagement.apply(`Move “${name}” on the grid`, edit, `${id}-move`);
    const moved = engagement.data.peek().stakeholders.find((x) => x.id === id);
    if (moved) onMoved(where(moved.power, moved.interest));
  };
  const drag = useDrag((power, interest) => move((d) => placeStakeholder(d, id, power, interest)));
  const onKeyDown = (event: KeyboardEvent) => {
    const step = gridStep(event.key);
    if (!step) return;
    event.preventDefault();
    move((d) => moveStakeholder(d, id, ...step));
  };
  return (
    <button
      type="button"
      class="pi-grid__marker"
      style={{
        gridArea: `${MAX_SCORE - s.power + 1} / ${s.interest + 1}`,
        marginTop: `${0.2 + place * 1.8}rem`,
      }}
      aria-label={where(s.power, s.interest)}
      title={name}
      onKeyDown={onKeyDown}
      {...drag}
    >
      {name}
    </button>
  );
}
