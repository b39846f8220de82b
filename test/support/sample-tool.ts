import * as v from "valibot";
import type { ToolDefinition } from "~/lib/storage/tool";

/** A tool whose format went through three versions, for testing the core. */
export const NotesSchema = v.object({
  notes: v.array(v.object({ text: v.pipe(v.string(), v.maxLength(50)), stars: v.pipe(v.number(), v.finite()) })),
});
export type Notes = v.InferOutput<typeof NotesSchema>;

export const notesTool: ToolDefinition<Notes> = {
  id: "notes",
  title: "Notes",
  step: 1,
  version: 3,
  schema: NotesSchema,
  migrations: [
    // v1 { items: string[] } → v2 { notes: string[] }
    (data) => ({ notes: (data as { items: string[] }).items }),
    // v2 { notes: string[] } → v3 { notes: { text, stars }[] }
    (data) => ({ notes: (data as { notes: string[] }).notes.map((text) => ({ text, stars: 0 })) }),
  ],
  empty: () => ({ notes: [] }),
  summarize: ({ notes }) => (notes.length ? `${notes.length} notes` : ""),
};

export function record(version: number, data: unknown, savedAt = 1000, tool = "notes"): string {
  return JSON.stringify({ app: "pivotpath", tool, version, savedAt, data });
}
