import * as v from "valibot";

/** A plain-words message per form field that was refused. */
export type FieldErrors<F> = Partial<Record<keyof F, string>>;

/** A form read: the value ready to store, or what to tell the reader beside each refused field. */
export type Read<T, F> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

/** How a refused field is named in messages, e.g. { name: "The option" }. */
export type FieldLabels<F> = Record<keyof F & string, string>;

function messageFor(issue: v.BaseIssue<unknown>, label: string): string {
  if (issue.type === "picklist") return `Choose ${label.toLowerCase()} from the list.`;
  if (issue.kind === "schema") return `${label} is missing.`;
  return `${label} ${issue.message}.`;
}

/**
 * Validates a candidate row with the same schema that checks stored and imported data, and words each refusal
 * for the field it belongs to ("The option must not be empty."). Errors already found (such as an amount that could
 * not be read) are kept and take precedence. Issues outside the labelled fields go to the first labelled field.
 */
export function readWithSchema<S extends v.GenericSchema, F>(
  schema: S,
  candidate: unknown,
  labels: FieldLabels<F>,
  found: FieldErrors<F> = {},
): Read<v.InferOutput<S>, F> {
  const result = v.safeParse(schema, candidate);
  const errors: FieldErrors<F> = { ...found };
  const keys = Object.keys(labels) as (keyof F & string)[];
  if (!result.success) {
    for (const issue of result.issues) {
      const pathKey = issue.path?.[0]?.key;
      const key = keys.find((k) => k === pathKey) ?? keys[0];
      if (key !== undefined && errors[key] === undefined) errors[key] = messageFor(issue, labels[key]);
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, value: result.output };
}

/** "You have 50 stakeholders, the most the map holds." when a list is full; null while there is room. */
export function limitMessage(count: number, max: number, rows: string, holder: string): string | null {
  return count >= max ? `You have ${max} ${rows}, the most ${holder} holds.` : null;
}
