import { DIRECTIONS, DIRECTION_LABEL, FREQUENCIES, FREQUENCY_LABEL, LEVELS, LEVEL_LABEL } from "~/lib/kpis/kpis-tool";

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The choices of the KPI's select fields, in the add form and in each KPI's editor. */
export const LEVEL_OPTIONS = options(LEVELS, LEVEL_LABEL);
export const DIRECTION_OPTIONS = options(DIRECTIONS, DIRECTION_LABEL);
export const FREQUENCY_OPTIONS = options(FREQUENCIES, FREQUENCY_LABEL);

export const UNIT_HINT = "e.g. households, %, miles";
export const MARGIN_HINT = "points below expected progress";
