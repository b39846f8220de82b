import { setOverloadLimit } from "~/lib/raci/raci-edit";
import { overloadText } from "~/lib/raci/raci-checks";
import { overloadLimitProblem, parseOverloadLimit } from "~/lib/raci/raci-input";
import { summaryText } from "~/lib/raci/raci-summary";
import { NumberField, type NumberReading } from "../shared/fields";
import { failingTasks, overloadLimit, overloaded, raci, summaries, taskIds } from "./raci-state";

function readLimit(text: string): NumberReading<number> {
  const limit = parseOverloadLimit(text);
  return limit === null ? { ok: false, message: overloadLimitProblem(text) ?? "" } : { ok: true, value: limit };
}

/** How the chart stands against its checks, in words, with the limit that flags an overloaded column. */
export function RaciChecks() {
  const limit = overloadLimit.value;
  const failing = failingTasks.value;
  const over = overloaded.value;
  const tasks = taskIds.value.length;
  return (
    <div class="raci-checks-block">
      <NumberField
        id="raci-overload-limit"
        label="Most tasks one person or role is Responsible for"
        hint="A column past this is flagged as overloaded."
        maxLength={3}
        value={limit}
        format={String}
        read={readLimit}
        onValue={(value) => value !== null && raci.apply("Change the overload limit", (d) => setOverloadLimit(d, value), "overload-limit")}
      />
      <p role="status" class="raci-verdict">
        {tasks === 0
          ? ""
          : failing === 0 && over.length === 0
            ? "Every task has exactly one Accountable and at least one Responsible, and nobody is overloaded."
            : `${failing === 0 ? "Every task passes its checks" : `${failing} of ${tasks} ${tasks === 1 ? "task needs" : "tasks need"} attention`}${
                over.length > 0 ? `; ${over.length} overloaded` : ""
              }.`}
      </p>
      {over.length > 0 && (
        <ul class="raci-overloads">
          {over.map((o) => (
            <li key={o.person.id}>
              <strong>{o.person.name}</strong>: {overloadText(o, limit)}.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What each person or role is accountable and responsible for. */
export function RaciSummary() {
  const list = summaries.value;
  if (list.length === 0) return null;
  return (
    <section class="raci-summary" aria-labelledby="raci-summary-title">
      <h3 id="raci-summary-title">Who answers for what</h3>
      <dl>
        {list.map((s) => (
          <div key={s.person.id} class="raci-summary__item">
            <dt>
              {s.person.name}
              {s.person.group ? " (group)" : ""}
            </dt>
            <dd>{summaryText(s)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
