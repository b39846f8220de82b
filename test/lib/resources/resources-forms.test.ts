import { describe, expect, it } from "vitest";
import {
  PERCENT_RULE,
  TERM_RULE,
  checkContribution,
  checkCost,
  moneyRule,
  newPartnerProblem,
  partnerNameProblem,
  quantityRule,
  readNumber,
  weightRule,
} from "~/lib/resources/resources-forms";
import { newPartner } from "~/lib/resources/resources-edits";

const partners = [newPartner("Eastside Food Bank", "p1"), newPartner("Greenleaf Grocers", "p2")];

describe("partner names", () => {
  it.each<[string, string, string | undefined, string | null]>([
    ["a new name", "Harbor City Parks", undefined, null],
    ["blank", "  ", undefined, "Enter the partner's name."],
    [
      "the same name in another case",
      "eastside food bank",
      undefined,
      "Eastside Food Bank is already a partner: each name must be different.",
    ],
    [
      "with a zero-width space",
      "Eastside\u200b Food Bank",
      undefined,
      "Eastside Food Bank is already a partner: each name must be different.",
    ],
    [
      "in full-width letters",
      "Ｅａｓｔｓｉｄｅ Food Bank",
      undefined,
      "Eastside Food Bank is already a partner: each name must be different.",
    ],
    ["with doubled spaces", "Greenleaf   Grocers ", undefined, "Greenleaf Grocers is already a partner: each name must be different."],
    ["its own name, renamed in place", "EASTSIDE FOOD BANK", "p1", null],
    ["too long", "x".repeat(121), undefined, "Keep the name to 120 characters or fewer."],
  ])("%s", (_case, name, exceptId, problem) => {
    expect(partnerNameProblem(name, partners, exceptId)).toBe(problem);
  });

  it("refuses a 21st partner", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => newPartner(`Partner ${i}`, `p${i}`));
    expect(newPartnerProblem("One more", twenty)).toBe("This tool holds up to 20 partners.");
    expect(newPartnerProblem("One more", partners)).toBeNull();
  });
});

describe("number fields read exactly, in words when they refuse", () => {
  const usd = moneyRule("USD", "amount", "en-US");
  it.each<[string, string, Parameters<typeof readNumber>[1], ReturnType<typeof readNumber>]>([
    ["an amount", "1,234.50", usd, { ok: true, value: 123450 }],
    ["an amount with a decimal comma", "12,5", usd, { ok: true, value: 1250 }],
    ["an empty amount", "", usd, { ok: false, message: "Enter the amount." }],
    ["a negative amount", "-5", usd, { ok: false, message: "The amount cannot be negative." }],
    ["too many decimals", "1.005", usd, { ok: false, message: "Use at most 2 decimals for the amount." }],
    ["too large", "1000000000000.01", usd, { ok: false, message: "The amount can be at most 1,000,000,000,000 USD." }],
    ["yen have no decimals", "1.5", moneyRule("JPY", "amount", "en-US"), { ok: false, message: "Enter the amount as a whole number." }],
    ["a term", "18", TERM_RULE, { ok: true, value: 18 }],
    ["a term of zero", "0", TERM_RULE, { ok: false, message: "The term must be at least 1." }],
    ["a term too long", "121", TERM_RULE, { ok: false, message: "The term can be at most 120 months." }],
    ["an empty percentage", "", PERCENT_RULE, { ok: true, value: null }],
    ["a percentage", "33.33", PERCENT_RULE, { ok: true, value: 3333 }],
    ["a percentage above 100", "100.5", PERCENT_RULE, { ok: false, message: "The percentage can be at most 100." }],
    ["a weight", "2,5", weightRule("en-US"), { ok: true, value: 2500 }],
    ["a quantity", "12.5", quantityRule("en-US"), { ok: true, value: 12500 }],
  ])("%s", (_case, text, rule, reading) => {
    expect(readNumber(text, rule, "en-US")).toEqual(reading);
  });
});

describe("new costs and contributions", () => {
  it.each<[string, Parameters<typeof checkCost>[0], number, ReturnType<typeof checkCost>]>([
    [
      "a cost",
      { name: " Tents ", amount: 1250, frequency: "monthly" },
      0,
      { ok: true, item: { name: "Tents", amount: 1250, frequency: "monthly" } },
    ],
    [
      "no name, no amount",
      { name: "", amount: null, frequency: "one-off" },
      0,
      { ok: false, errors: { name: "Name the cost item.", amount: "Enter the amount." } },
    ],
    [
      "a full budget",
      { name: "More", amount: 1, frequency: "one-off" },
      500,
      { ok: false, errors: { name: "This tool holds up to 500 costs." } },
    ],
  ])("%s", (_case, draft, count, result) => {
    expect(checkCost(draft, count)).toEqual(result);
  });

  const context = { partners, count: 0, currency: "USD" };
  it.each<[string, Parameters<typeof checkContribution>[0], typeof context, ReturnType<typeof checkContribution>]>([
    [
      "cash from the first partner when none is chosen",
      { partnerId: "", type: "cash", description: " Grant ", quantity: 1000, unitValue: 50000 },
      context,
      { ok: true, item: { partnerId: "p1", type: "cash", description: "Grant", quantity: 1000, unitValue: 50000 } },
    ],
    [
      "no partners yet",
      { partnerId: "", type: "cash", description: "", quantity: 1000, unitValue: 1 },
      { ...context, partners: [] },
      { ok: false, errors: { partner: "Add a partner above first." } },
    ],
    [
      "no quantity or unit value",
      { partnerId: "p2", type: "staff", description: "", quantity: null, unitValue: null },
      context,
      { ok: false, errors: { quantity: "Enter the quantity.", unitValue: "Enter the unit value." } },
    ],
    [
      "worth more than the cap",
      { partnerId: "p2", type: "staff", description: "", quantity: 1_000_000, unitValue: 100_000_000_000_000 },
      context,
      { ok: false, errors: { unitValue: "Quantity × unit value comes to more than 1,000,000,000,000 USD, the largest amount accepted." } },
    ],
    [
      "a full tool",
      { partnerId: "p2", type: "cash", description: "", quantity: 1000, unitValue: 1 },
      { ...context, count: 1000 },
      { ok: false, errors: { partner: "This tool holds up to 1000 contributions." } },
    ],
  ])("%s", (_case, draft, ctx, result) => {
    expect(checkContribution(draft, ctx, "en-US")).toEqual(result);
  });
});
