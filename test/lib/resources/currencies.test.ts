import { describe, expect, it } from "vitest";
import { CURRENCY_CODES, changeCurrency, currencyLabel } from "~/lib/resources/currencies";
import { currencyDigits } from "~/lib/resources/money";
import { resourcesExample } from "~/lib/resources/resources-example";
import { emptyResources } from "~/lib/resources/resources-tool";

describe("currencies", () => {
  it("labels every offered code with its name", () => {
    expect(currencyLabel("USD", "en-US")).toBe("US Dollar (USD)");
    for (const code of CURRENCY_CODES) expect(currencyLabel(code, "en")).toMatch(new RegExp(`\\(${code}\\)$`));
  });

  it("knows the minor-unit digits of every offered code", () => {
    for (const code of CURRENCY_CODES) expect([0, 2, 3]).toContain(currencyDigits(code));
  });
});

describe("changeCurrency", () => {
  it("relabels amounts between currencies with the same digits, without converting", () => {
    const data = resourcesExample();
    const change = changeCurrency(data, "EUR");
    expect(change.ok && change.rescaled).toBe(false);
    expect(change.ok && change.data.currency).toBe("EUR");
    expect(change.ok && change.data.costs).toEqual(data.costs);
  });

  it("rescales exactly to a currency with more digits, so 2,500.00 USD reads 2,500.000 KWD", () => {
    const data = resourcesExample();
    const change = changeCurrency(data, "KWD");
    expect(change.ok && change.rescaled).toBe(true);
    expect(change.ok && change.data.costs[0]?.amount).toBe(2_500_000);
    expect(change.ok && change.data.volunteerRate).toBe(33_490);
  });

  it("refuses a currency without minor units while amounts have cents, and says how many", () => {
    const data = resourcesExample();
    // The volunteer-hour setting, the staff rates of 28.50 and 31.25, the volunteer rate of 33.49 and the volunteers' monthly cost of 1,339.60.
    expect(changeCurrency(data, "JPY")).toEqual({ ok: false, blocking: 5 });
  });

  it("switches to a currency without minor units when every amount is whole", () => {
    const data = {
      ...emptyResources(),
      volunteerRate: 3300,
      costs: [{ id: "c", name: "Tents", amount: 480000, frequency: "one-off" as const }],
    };
    const change = changeCurrency(data, "JPY");
    expect(change.ok && change.data.costs[0]?.amount).toBe(4800);
    expect(change.ok && change.data.volunteerRate).toBe(33);
  });

  it("refuses when rescaling would pass the field limit", () => {
    const data = {
      ...emptyResources(),
      currency: "JPY" as const,
      volunteerRate: 0,
      costs: [{ id: "c", name: "Huge", amount: 1_000_000_000_000_000, frequency: "one-off" as const }],
    };
    expect(changeCurrency(data, "USD")).toEqual({ ok: false, blocking: 1 });
  });
});
