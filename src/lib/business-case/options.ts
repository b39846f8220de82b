import { acceptedBy, appendRow, removeRow, updateRow } from "../row-list/row-list";
import { type BusinessCaseData, MAX_OPTIONS, type Option, OptionSchema } from "./business-case-tool";

const valid = acceptedBy(OptionSchema);

/** What the reader fills in for an option; whether it is the baseline is not theirs to set. */
export type OptionDraft = Omit<Option, "id" | "baseline">;

function withOptions(data: BusinessCaseData, options: Option[]): BusinessCaseData {
  return options === data.options ? data : { ...data, options };
}

/** The reader adds an option to appraise; nothing changes when there are already MAX_OPTIONS, the id is taken or the row is invalid. */
export function addOption(data: BusinessCaseData, option: OptionDraft & { id: string }): BusinessCaseData {
  return withOptions(data, appendRow(data.options, { ...option, baseline: false }, MAX_OPTIONS, valid));
}

/** The reader changes an option's name, cost, benefits, risks or verdict. */
export function editOption(data: BusinessCaseData, id: string, patch: Partial<OptionDraft>): BusinessCaseData {
  return withOptions(data, updateRow(data.options, id, patch, valid));
}

/** The reader deletes an option; the "Do nothing" baseline stays. A chosen option that goes takes the choice with it. */
export function removeOption(data: BusinessCaseData, id: string): BusinessCaseData {
  if (data.options.some((o) => o.id === id && o.baseline)) return data;
  const next = withOptions(data, removeRow(data.options, id));
  return next.chosenOptionId === id ? { ...next, chosenOptionId: "" } : next;
}

/** The reader marks the option the case recommends ("" to choose none); an unknown id changes nothing. */
export function chooseOption(data: BusinessCaseData, id: string): BusinessCaseData {
  if (id === data.chosenOptionId || (id !== "" && !data.options.some((o) => o.id === id))) return data;
  return { ...data, chosenOptionId: id };
}

/** The option the case recommends, or null. */
export function chosenOption(data: BusinessCaseData): Option | null {
  return data.options.find((o) => o.id === data.chosenOptionId) ?? null;
}
