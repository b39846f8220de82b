import { describe, expect, it } from "vitest";
import {
  addContribution,
  addCost,
  addPartner,
  deleteContribution,
  deleteCost,
  deletePartner,
  editPartner,
  newPartner,
  renamePartner,
  revalueVolunteerTime,
  setMethod,
  setTerm,
  setVolunteerRate,
  setWeightBasis,
  volunteerEntriesOffRate,
} from "~/lib/resources/resources-edits";
import { type ResourcesData, emptyResources } from "~/lib/resources/resources-tool";

function sample(): ResourcesData {
  return {
    ...emptyResources(),
    method: "equal",
    partners: [newPartner("Alpha", "p1"), newPartner("Beta", "p2")],
    costs: [{ id: "c1", name: "Tents", amount: 1000, frequency: "one-off" }],
    contributions: [
      { id: "k1", partnerId: "p1", type: "cash", description: "", quantity: 1000, unitValue: 500 },
      { id: "k2", partnerId: "p2", type: "volunteer", description: "", quantity: 2000, unitValue: 3000 },
      { id: "k3", partnerId: "p1", type: "volunteer", description: "", quantity: 1000, unitValue: 3349 },
    ],
  };
}

describe("edits that change nothing return the data they were given", () => {
  const data = sample();
  it.each<[string, (d: ResourcesData) => ResourcesData]>([
    ["rename to the same name", (d) => renamePartner(d, "p1", "Alpha")],
    ["rename a partner that is not there", (d) => renamePartner(d, "nobody", "X")],
    ["set a weight to what it is", (d) => editPartner(d, "p2", { weight: null })],
    ["delete a partner that is not there", (d) => deletePartner(d, "nobody")],
    ["delete a cost that is not there", (d) => deleteCost(d, "nobody")],
    ["delete a contribution that is not there", (d) => deleteContribution(d, "nobody")],
    ["set the term it has", (d) => setTerm(d, 12)],
    ["set the volunteer rate it has", (d) => setVolunteerRate(d, d.volunteerRate)],
    ["choose the method it has", (d) => setMethod(d, "equal")],
    ["choose the weight basis it has", (d) => setWeightBasis(d, "capacity")],
  ])("%s", (_name, edit) => {
    expect(edit(data)).toBe(data);
  });

  it("revalue when every entry is at the rate", () => {
    const revalued = revalueVolunteerTime(sample());
    expect(revalueVolunteerTime(revalued)).toBe(revalued);
  });
});

describe("edits address rows by id", () => {
  it.each<[string, (d: ResourcesData) => ResourcesData, (d: ResourcesData) => unknown, unknown]>([
    ["rename", (d) => renamePartner(d, "p2", "Beta Fund"), (d) => d.partners.map((p) => p.name), ["Alpha", "Beta Fund"]],
    ["weight", (d) => editPartner(d, "p1", { weight: 2000 }), (d) => d.partners.map((p) => p.weight), [2000, null]],
    ["percent", (d) => editPartner(d, "p2", { percent: 4000 }), (d) => d.partners.map((p) => p.percent), [null, 4000]],
    ["add a partner", (d) => addPartner(d, newPartner("Gamma", "p3")), (d) => d.partners.map((p) => p.id), ["p1", "p2", "p3"]],
    [
      "delete a partner with its contributions",
      (d) => deletePartner(d, "p1"),
      (d) => [d.partners.map((p) => p.id), d.contributions.map((c) => c.id)],
      [["p2"], ["k2"]],
    ],
    ["add a cost", (d) => addCost(d, { id: "c2", name: "Hall", amount: 5, frequency: "monthly" }), (d) => d.costs.length, 2],
    ["delete a cost", (d) => deleteCost(d, "c1"), (d) => d.costs.length, 0],
    [
      "add a contribution",
      (d) => addContribution(d, { id: "k4", partnerId: "p2", type: "cash", description: "", quantity: 1000, unitValue: 1 }),
      (d) => d.contributions.map((c) => c.id),
      ["k1", "k2", "k3", "k4"],
    ],
    ["delete a contribution", (d) => deleteContribution(d, "k2"), (d) => d.contributions.map((c) => c.id), ["k1", "k3"]],
    ["term", (d) => setTerm(d, 18), (d) => d.termMonths, 18],
    ["method", (d) => setMethod(d, "custom"), (d) => d.method, "custom"],
    ["weight basis", (d) => setWeightBasis(d, "benefit"), (d) => d.weightBasis, "benefit"],
    [
      "revalue volunteer time at the setting",
      (d) => revalueVolunteerTime(setVolunteerRate(d, 3500)),
      (d) => d.contributions.map((c) => c.unitValue),
      [500, 3500, 3500],
    ],
  ])("%s", (_name, edit, pick, expected) => {
    const before = sample();
    const snapshot = structuredClone(before);
    expect(pick(edit(before))).toEqual(expected);
    expect(before).toEqual(snapshot);
  });

  it("keeps rows it did not touch as they were", () => {
    const before = sample();
    const after = renamePartner(before, "p2", "Beta Fund");
    expect(after.partners[0]).toBe(before.partners[0]);
    expect(after.costs).toBe(before.costs);
    expect(after.contributions).toBe(before.contributions);
  });

  it("counts the volunteer entries valued at another rate than the setting", () => {
    expect(volunteerEntriesOffRate(sample())).toBe(1);
    expect(volunteerEntriesOffRate(setVolunteerRate(sample(), 3000))).toBe(1);
    expect(volunteerEntriesOffRate(setVolunteerRate(sample(), 1))).toBe(2);
  });
});
