import type { PlanDocument } from "~/lib/plan/plan-document";
import { dayOf } from "~/lib/plan/plan-text";

/** The eight steps at a glance, each with its state and a link to its part of the plan. */
export function PlanOverview({ doc }: { doc: PlanDocument }) {
  const started = doc.sections.filter((s) => s.state === "started").length;
  return (
    <nav class="plan-overview" aria-labelledby="plan-overview-title">
      <h2 id="plan-overview-title">The eight steps</h2>
      <p>
        {started} of {doc.sections.length} steps started.
      </p>
      <ol class="plan-overview__list">
        {doc.sections.map((s) => (
          <li key={s.step} class={`plan-overview__step plan-overview__step--${s.state === "started" ? "started" : "empty"}`}>
            <a href={`#plan-step-${s.step}`}>
              Step {s.step}. {s.title}
            </a>{" "}
            <span class="plan-overview__state">
              {s.state === "started" ? "Started" : "Not started"}
              {s.updatedAt !== null && `, last changed ${dayOf(s.updatedAt)}`}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
