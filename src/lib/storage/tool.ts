import type * as v from "valibot";

/** A migration turns data of one format version into the next. */
export type Migration = (data: unknown) => unknown;

/** Everything the saved-state core needs to know about one tool's stored data. */
export interface ToolDefinition<T> {
  /** Stable id, lower-case; the storage key is `pivotpath:<id>`. Never rename. */
  readonly id: string;
  /** Name shown to readers, e.g. "Goals worksheet". */
  readonly title: string;
  /** The guide step (1–8) whose page hosts the tool. */
  readonly step: number;
  /** Current format version. Bump it and append a migration whenever `schema` changes shape. */
  readonly version: number;
  /** The single schema for the tool's data; types are inferred from it. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** Append-only: `migrations[n]` turns version n+1 into version n+2, so its length is version − 1. */
  readonly migrations: readonly Migration[];
  /** The state of a tool nobody has used yet. */
  readonly empty: () => T;
  /** A few words on what is saved, e.g. "3 goals"; empty data gives "". */
  readonly summarize: (data: T) => string;
}

// Tools have different data types; collections of them are typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTool = ToolDefinition<any>;
