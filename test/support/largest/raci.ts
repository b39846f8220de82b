import { MAX_PEOPLE, MAX_TASKS, type Letter, raciTool } from "~/lib/raci/raci-tool";
import { encodeRecord } from "~/lib/storage/decode";

const LETTERS: readonly (Letter | "")[] = ["R", "", "C", "", "I", "", ""];

/** The RACI chart at its largest: 100 tasks × 30 people or roles (3,000 cells), one Accountable a row, letters spread over the rest. */
export function largestRaci(): string {
  const people = Array.from({ length: MAX_PEOPLE }, (_, i) => ({
    id: `person-${i}`,
    name: `Partner role ${i + 1}: coordinator of the east-side sites`,
    organizationId: "",
    group: i === MAX_PEOPLE - 1,
  }));
  const tasks = Array.from({ length: MAX_TASKS }, (_, i) => ({
    id: `task-${i}`,
    name: `Task ${i + 1}: the weekly order, delivery and report`,
  }));
  const cells = tasks.flatMap((task, row) =>
    people.flatMap((person, column) => {
      const letter = column === row % (MAX_PEOPLE - 1) ? "A" : LETTERS[(row + column) % LETTERS.length];
      return letter ? [{ taskId: task.id, personId: person.id, letter }] : [];
    }),
  );
  const encoded = encodeRecord(raciTool, { people, tasks, cells, overloadLimit: 5 }, Date.UTC(2027, 0, 1));
  if (!encoded.ok) throw new Error(`the largest RACI chart does not pass its schema: ${encoded.message}`);
  return encoded.text;
}
