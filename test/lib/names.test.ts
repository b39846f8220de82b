import { describe, expect, it } from "vitest";
import { partnerKey } from "~/lib/health/health-tool";
import { nameKey, tidyName } from "~/lib/names";

describe("nameKey", () => {
  it.each([
    ["Greenleaf Grocers", "greenleaf grocers"],
    ["Green\u200Bleaf Grocers", "greenleaf grocers"],
    ["\uFEFFGreenleaf\u00A0 Grocers ", "greenleaf grocers"],
    ["Ｇｒｅｅｎｌｅａｆ Grocers", "greenleaf grocers"],
    ["Cafe\u0301 Uno", "café uno"],
    ["Caf\u00E9 Uno", "café uno"],
    ["ﬁrst Church", "first church"],
    ["Green\u2060leaf\u200D Grocers", "greenleaf grocers"],
  ])("%j is the same name as %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("keeps different names different", () => {
    expect(nameKey("Greenleaf")).not.toBe(nameKey("Greenleaf Grocers"));
  });

  it("is what the health check matches partners by", () => {
    expect(partnerKey("Green\u200Bleaf")).toBe(partnerKey("greenleaf"));
  });
});

describe("tidyName", () => {
  it("removes invisible characters and extra spaces but keeps the case", () => {
    expect(tidyName("  Green\u200Bleaf   Grocers ")).toBe("Greenleaf Grocers");
  });
});
