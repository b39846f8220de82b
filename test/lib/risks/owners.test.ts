import { describe, expect, it } from "vitest";
import { matchOwner, ownerChoices } from "~/lib/risks/owners";

describe("ownerChoices", () => {
  it.each([
    ["partners first, then owners used", ["Parks"], ["Grocer", "Parks"], ["Parks", "Grocer"]],
    ["a name once however it is written", ["Greenleaf Grocers"], ["greenleaf  grocers", "GREENLEAF\u200B GROCERS"], ["Greenleaf Grocers"]],
    ["a name in another Unicode form matched, in the partner's own spelling", ["Ｅastside"], ["Eastside"], ["Ｅastside"]],
    ["blank owners left out", [], ["", "  ", "\u200B"], []],
    ["spaces tidied", [], ["  Food   Bank "], ["Food Bank"]],
  ])("%s", (_, partners, owners, expected) => {
    expect(ownerChoices(partners, owners)).toEqual(expected);
  });
});

describe("matchOwner", () => {
  const partners = ["Harbor City Parks Department", "Greenleaf Grocers"];
  it.each([
    ["a partner in other case and spacing", "  harbor city  parks department ", "Harbor City Parks Department"],
    ["a partner with an invisible character", "Greenleaf\u200B Grocers", "Greenleaf Grocers"],
    ["another name, tidied", "  Market   coordinator ", "Market coordinator"],
    ["a blank owner", "   ", ""],
  ])("%s", (_, typed, expected) => {
    expect(matchOwner(typed, partners)).toBe(expected);
  });
});
