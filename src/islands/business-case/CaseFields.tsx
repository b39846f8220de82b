import type { CaseTextField } from "~/lib/business-case/case-edit";
import { CaseText } from "./CaseText";

const FIELDS: readonly { field: CaseTextField; label: string; hint?: string }[] = [
  { field: "problem", label: "Problem or opportunity" },
  { field: "purpose", label: "Purpose", hint: "Two sentences: if you cannot, the partners do not yet agree on what they are doing." },
  { field: "audiences", label: "Who it is for" },
  { field: "decision", label: "Decision asked of each partner's leadership" },
];

/** The case in words: problem, purpose, audiences and the decision asked. */
export function CaseFields() {
  return (
    <section class="case-section" aria-labelledby="case-words-title">
      <h3 id="case-words-title">The case</h3>
      {FIELDS.map(({ field, label, hint }) => (
        <CaseText key={field} field={field} label={label} hint={hint} />
      ))}
    </section>
  );
}
