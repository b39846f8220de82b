import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  addPerson,
  addTask,
  forgetOrganization,
  moveTask,
  raciUses,
  removePerson,
  removeTask,
  renamePerson,
  renameTask,
  setOverloadLimit,
  setPersonGroup,
  setPersonOrganization,
  setRaci,
} from "~/lib/raci/raci-edit";
import { type RaciData, RaciSchema, letterAt, raciTool } from "~/lib/raci/raci-tool";
import { decodeStoredText } from "~/lib/storage/decode";
import { chart, guideChart } from "./fixtures";

const person = (id: string, name = id) => ({ id, name, organizationId: "", group: false });
const base = () => chart(["PD", "MC", "SS"], [["Setup", "AR "]]);

describe("RaciSchema", () => {
  it("accepts the empty chart and the guide's example", () => {
    expect(v.safeParse(RaciSchema, raciTool.empty()).success).toBe(true);
    expect(v.safeParse(RaciSchema, guideChart(true)).success).toBe(true);
  });

  it.each([
    ["two letters in one cell", (d: RaciData) => d.cells.push({ taskId: "t0", personId: "PD", letter: "C" })],
    ["a letter outside RACI", (d: RaciData) => (d.cells[0]!.letter = "S" as never)],
    ["tasks named alike", (d: RaciData) => d.tasks.push({ id: "t9", name: " setup " })],
    ["people named alike", (d: RaciData) => d.people.push(person("x", "pd"))],
    ["101 tasks", (d: RaciData) => d.tasks.push(...Array.from({ length: 100 }, (_, i) => ({ id: `n${i}`, name: `Task ${i}` })))],
    ["31 people", (d: RaciData) => d.people.push(...Array.from({ length: 28 }, (_, i) => person(`p${i}`)))],
    ["an overload limit of 0", (d: RaciData) => (d.overloadLimit = 0)],
    ["an overload limit of 2.5", (d: RaciData) => (d.overloadLimit = 2.5)],
  ])("refuses %s, on import too", (_, change) => {
    const data = base();
    change(data);
    expect(v.safeParse(RaciSchema, data).success).toBe(false);
    const record = JSON.stringify({ app: "pivotpath", tool: "raci", version: 1, savedAt: 1, data });
    expect(decodeStoredText(raciTool, record)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it.each([
    [raciTool.empty(), ""],
    [base(), "1 task, 3 people or roles"],
    [chart(["Solo"], []), "0 tasks, 1 person or role"],
  ])("summarizes as %j", (data, text) => {
    expect(raciTool.summarize(data)).toBe(text);
  });
});

describe("edits that change nothing return the same object", () => {
  const data = base();
  it.each([
    ["a task with a taken name", (d: RaciData) => addTask(d, { id: "n", name: "SETUP" })],
    ["a task with a taken id", (d: RaciData) => addTask(d, { id: "t0", name: "Other" })],
    ["a task with a blank name", (d: RaciData) => addTask(d, { id: "n", name: "\u200B" })],
    ["a rename to the same name", (d: RaciData) => renameTask(d, "t0", "Setup")],
    ["moving the first task up", (d: RaciData) => moveTask(d, "t0", -1)],
    ["moving an unknown task", (d: RaciData) => moveTask(d, "zz", 1)],
    ["removing an unknown task", (d: RaciData) => removeTask(d, "zz")],
    ["a person with a taken name", (d: RaciData) => addPerson(d, person("x", " mc "))],
    ["renaming to a taken name", (d: RaciData) => renamePerson(d, "PD", "MC")],
    ["the same group setting", (d: RaciData) => setPersonGroup(d, "PD", false)],
    ["the same organization", (d: RaciData) => setPersonOrganization(d, "PD", "")],
    ["removing an unknown person", (d: RaciData) => removePerson(d, "zz")],
    ["the same letter", (d: RaciData) => setRaci(d, "t0", "PD", "A")],
    ["emptying an empty cell", (d: RaciData) => setRaci(d, "t0", "SS", "")],
    ["a letter for an unknown task", (d: RaciData) => setRaci(d, "zz", "PD", "R")],
    ["a letter for an unknown person", (d: RaciData) => setRaci(d, "t0", "zz", "R")],
    ["the same limit", (d: RaciData) => setOverloadLimit(d, 5)],
    ["a limit of 0", (d: RaciData) => setOverloadLimit(d, 0)],
    ["a limit of 1.5", (d: RaciData) => setOverloadLimit(d, 1.5)],
    ["forgetting an organization nobody belongs to", (d: RaciData) => forgetOrganization(d, "org")],
  ])("%s", (_, edit) => {
    expect(edit(data)).toBe(data);
  });

  it("a 101st task and a 31st person", () => {
    const full = chart(
      Array.from({ length: 30 }, (_, i) => `P${i}`),
      Array.from({ length: 100 }, (_, i): [string, string] => [`T${i}`, ""]),
    );
    expect(addTask(full, { id: "n", name: "New" })).toBe(full);
    expect(addPerson(full, person("n", "New"))).toBe(full);
  });
});

describe("edits", () => {
  it("sets letters by task and person id, and empties a cell", () => {
    let data = setRaci(base(), "t0", "MC", "C");
    expect(letterAt(data, "t0", "MC")).toBe("C");
    data = setRaci(data, "t0", "PD", "");
    expect(letterAt(data, "t0", "PD")).toBe("");
    expect(data.cells).toEqual([{ taskId: "t0", personId: "MC", letter: "C" }]);
  });

  it("adds, renames, moves and removes tasks and people; removing drops their letters", () => {
    let data = addTask(base(), { id: "t1", name: "  Weekly   order " });
    data = renameTask(data, "t1", "Weekly produce order");
    data = moveTask(data, "t1", -1);
    expect(data.tasks.map((t) => t.name)).toEqual(["Weekly produce order", "Setup"]);
    data = addPerson(data, person("SG", "Strategic group"));
    data = setPersonGroup(data, "SG", true);
    data = setPersonOrganization(data, "PD", "eastside");
    data = renamePerson(data, "PD", "Programs director");
    expect(data.people.map((p) => [p.name, p.group, p.organizationId])).toEqual([
      ["Programs director", false, "eastside"],
      ["MC", false, ""],
      ["SS", false, ""],
      ["Strategic group", true, ""],
    ]);
    expect(removePerson(data, "PD").cells).toEqual([{ taskId: "t0", personId: "MC", letter: "R" }]);
    expect(removeTask(data, "t0").cells).toEqual([]);
  });

  it("unlinks people of a removed organization and says where it was used", () => {
    const data = setPersonOrganization(setPersonOrganization(base(), "PD", "org"), "MC", "org");
    expect(raciUses(data, "org")).toBe("2 people or roles in the RACI chart");
    expect(raciUses(setPersonOrganization(data, "MC", ""), "org")).toBe("1 person or role in the RACI chart");
    expect(raciUses(data, "other")).toBeNull();
    expect(forgetOrganization(data, "org").people.every((p) => p.organizationId === "")).toBe(true);
  });
});
