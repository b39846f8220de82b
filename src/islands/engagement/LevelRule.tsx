import { setHighFrom } from "~/lib/engagement/stakeholders";
import { IAP2_LEVELS } from "~/lib/engagement/engagement-tool";
import { IAP2_LABEL, IAP2_PROMISE, SUGGESTED_LEVEL } from "~/lib/engagement/iap2";
import { QUADRANTS, QUADRANT_LABEL } from "~/lib/engagement/power-interest";
import { SelectField } from "../shared/fields";
import { engagement, highFrom } from "./engagement-state";

const HIGH_OPTIONS = ["2", "3", "4", "5"].map((value) => ({ value, label: value }));

/** The grid's threshold setting, the suggestion rule stated, and each level's promise. */
export function LevelRule() {
  return (
    <details class="level-rule">
      <summary>How quadrants and suggested levels are worked out</summary>
      <SelectField
        id="engagement-high-from"
        label="Power or interest counts as high from"
        value={String(highFrom.value)}
        options={HIGH_OPTIONS}
        onValue={(v) => engagement.apply(`Count scores from ${v} as high`, (d) => setHighFrom(d, Number(v)))}
      />
      <p>
        IAP2 does not link the grid's quadrants to its levels. This guide's own starting suggestion gives more say to those who care more,
        even with little power; Empower is never suggested, since only you can decide to hand over a decision. Choose another level for any
        stakeholder in the map; “Use the suggestion” returns to this rule.
      </p>
      <ul>
        {QUADRANTS.map((q) => (
          <li key={q}>
            {QUADRANT_LABEL[q]}: {IAP2_LABEL[SUGGESTED_LEVEL[q]]}
          </li>
        ))}
      </ul>
      <dl class="level-promises">
        {IAP2_LEVELS.map((level) => (
          <div key={level}>
            <dt>{IAP2_LABEL[level]}</dt>
            <dd>{IAP2_PROMISE[level]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
