import * as v from "valibot";
import { currencyDigits, formatCap } from "../resources/money";
import { type FieldReading, moneyRule, readNumber } from "../resources/resources-forms";
import { BusinessCaseFields, type BusinessCaseData } from "./business-case-tool";

export type MoneyRead = FieldReading;

/**
 * Reads a typed amount in `currency` into minor units exactly, with the costing tool's reading (readNumber and its
 * money rule): currency sign and decimal commas understood, negative amounts, too many decimals and anything past a
 * trillion refused with a plain message (the cap said without the currency code). Empty text is null; a sign alone is
 * an empty amount, refused.
 */
export function readMoney(text: string, currency: string, noun: string, locale?: string): MoneyRead {
  if (text.trim() === "") return { ok: true, value: null };
  return readNumber(text, { ...moneyRule(currency, noun, locale), largest: formatCap(locale) }, locale);
}

/** Whether any amount has been entered in the case (its currency then cannot change to one with other decimals). */
function holdsAmounts(data: BusinessCaseData): boolean {
  return data.totalCost !== null || data.benefits.length > 0 || data.options.some((o) => o.cost !== null);
}

/** Why the case cannot switch to `currency`, or null when it can. */
export function currencyChangeProblem(data: BusinessCaseData, currency: string): string | null {
  if (currencyDigits(currency) === currencyDigits(data.currency) || !holdsAmounts(data)) return null;
  return `${currency} has a different number of decimals from ${data.currency}; clear the amounts first, then change the currency.`;
}

/** Sets the currency of every amount; the same case when it is unchanged or cannot change (see currencyChangeProblem). */
export function setCurrency(data: BusinessCaseData, currency: BusinessCaseData["currency"]): BusinessCaseData {
  if (currency === data.currency || !v.is(BusinessCaseFields.entries.currency, currency) || currencyChangeProblem(data, currency) !== null)
    return data;
  return { ...data, currency };
}
