import * as v from "valibot";
import { isValidDate } from "./dates";

/** Optional free text of at most `max` characters ("" when empty). */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `must be at most ${max} characters`));

/** Text that must not be blank, at most `max` characters. */
export const requiredText = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, "must not be empty"), v.maxLength(max, `must be at most ${max} characters`));

/** A row id. */
export const rowId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** A calendar date written yyyy-mm-dd, or "" for none. */
export const optionalDate = v.union([v.literal(""), v.pipe(v.string(), v.check(isValidDate, "must be a real date written yyyy-mm-dd"))]);

/** A finite number (never NaN or Infinity, which JSON would turn into null). */
export const finiteNumber = v.pipe(v.number(), v.finite());

/** A list of at most `max` items. */
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `must hold at most ${max} entries`));

/** The longest text a string schema accepts (its maxLength), so a form field states no limit of its own. */
export function maxLengthOf(schema: v.GenericSchema): number | undefined {
  const pipe = (schema as { pipe?: readonly { type?: string; requirement?: unknown }[] }).pipe ?? [];
  const rule = pipe.find((item) => item.type === "max_length");
  return typeof rule?.requirement === "number" ? rule.requirement : undefined;
}
