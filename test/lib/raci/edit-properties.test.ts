import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  addPerson,
  addTask,
  moveTask,
  removePerson,
  removeTask,
  renamePerson,
  renameTask,
  setOverloadLimit,
  setPersonGroup,
  setRaci,
} from "~/lib/raci/raci-edit";
import { type RaciData, RaciSchema, raciTool } from "~/lib/raci/raci-tool";

type Edit = (data: RaciData) => RaciData;

const task = fc.constantFrom("t1", "t2", "t3");
const person = fc.constantFrom("p1", "p2", "p3");
const name = fc.constantFrom("Setup", "SETUP", "set\u200Bup", "Order", "", " ", "x".repeat(201));
const letter = fc.constantFrom("R" as const, "A" as const, "C" as const, "I" as const, "" as const);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(task, name).map(
    ([id, n]): Edit =>
      (d) =>
        addTask(d, { id, name: n }),
  ),
  fc.tuple(task, name).map(
    ([id, n]): Edit =>
      (d) =>
        renameTask(d, id, n),
  ),
  fc.tuple(task, fc.constantFrom(-1 as const, 1 as const)).map(
    ([id, step]): Edit =>
      (d) =>
        moveTask(d, id, step),
  ),
  task.map(
    (id): Edit =>
      (d) =>
        removeTask(d, id),
  ),
  fc.tuple(person, name, fc.boolean()).map(
    ([id, n, group]): Edit =>
      (d) =>
        addPerson(d, { id, name: n, organizationId: "", group }),
  ),
  fc.tuple(person, name).map(
    ([id, n]): Edit =>
      (d) =>
        renamePerson(d, id, n),
  ),
  fc.tuple(person, fc.boolean()).map(
    ([id, group]): Edit =>
      (d) =>
        setPersonGroup(d, id, group),
  ),
  person.map(
    (id): Edit =>
      (d) =>
        removePerson(d, id),
  ),
  fc.tuple(task, person, letter).map(
    ([t, p, l]): Edit =>
      (d) =>
        setRaci(d, t, p, l),
  ),
  fc.oneof(fc.integer({ min: -1, max: 120 }), fc.constant(2.5)).map(
    (n): Edit =>
      (d) =>
        setOverloadLimit(d, n),
  ),
);

describe("any sequence of edits", () => {
  it("keeps the chart valid, and returns the same object exactly when nothing changed", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let data = raciTool.empty();
        for (const apply of edits) {
          const next = apply(data);
          if (next === data) continue;
          expect(JSON.stringify(next)).not.toBe(JSON.stringify(data));
          expect(v.safeParse(RaciSchema, next).success).toBe(true);
          data = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
