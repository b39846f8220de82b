import { BusinessCaseFields } from "~/lib/business-case/business-case-tool";
import { type CaseTextField, setCaseText } from "~/lib/business-case/case-edit";
import { maxLengthOf } from "~/lib/schema-parts";
import { TextField } from "../shared/fields";
import { businessCase, caseValue } from "./case-state";

interface Props {
  field: CaseTextField;
  label: string;
  hint?: string | undefined;
  /** What Undo says it takes back; “Edit “label”” unless given. */
  undoLabel?: string;
}

/** One of the case's long text fields, saved as the reader types; it re-renders when its own text changes. */
export function CaseText({ field, label, hint, undoLabel = `Edit “${label}”` }: Props) {
  return (
    <TextField
      id={`case-${field}`}
      label={label}
      hint={hint}
      wide
      multiline
      maxLength={maxLengthOf(BusinessCaseFields.entries[field])}
      value={caseValue(field).value}
      onValue={(text) => businessCase.apply(undoLabel, (d) => setCaseText(d, field, text), field)}
    />
  );
}
