import { BusinessCaseFields } from "~/lib/business-case/business-case-tool";
import { type CaseTextField, setCaseText } from "~/lib/business-case/case-edit";
import { maxLengthOf } from "~/lib/schema-parts";
import { TextField } from "../shared/fields";
import { businessCase } from "./case-state";

const FIELDS: readonly { field: CaseTextField; label: string; hint?: string }[] = [
  { field: "problem", label: "Problem or opportunity" },
  { field: "purpose", label: "Purpose", hint: "Two sentences: if you cannot, the partners do not yet agree on what they are doing." },
  { field: "audiences", label: "Who it is for" },
  { field: "decision", label: "Decision asked of each partner's leadership" },
];

/** The case in words: problem, purpose, audiences and the decision asked. */
export function CaseFields() {
  const data = businessCase.data.value;
  return (
    <section class="case-section" aria-labelledby="case-words-title">
      <h3 id="case-words-title">The case</h3>
      {FIELDS.map(({ field, label, hint }) => (
        <TextField
          key={field}
          id={`case-${field}`}
          label={label}
          hint={hint}
          wide
          multiline
          maxLength={maxLengthOf(BusinessCaseFields.entries[field])}
          value={data[field]}
          onValue={(text) => businessCase.apply(`Edit “${label}”`, (d) => setCaseText(d, field, text), field)}
        />
      ))}
    </section>
  );
}
