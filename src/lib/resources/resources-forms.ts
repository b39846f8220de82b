import { nameKey, tidyName } from "../names";
import { numberFormat } from "../intl-cache";
import { type FieldRule, numberMessage } from "./field-messages";
import { currencyDigits, formatCap, formatPlain, maxMinor, readAmount, withoutCurrencySign } from "./money";
import {
  type Contribution,
  type ContributionType,
  type Cost,
  type Frequency,
  MAX_CONTRIBUTIONS,
  MAX_COSTS,
  MAX_PARTNERS,
  MAX_QUANTITY,
  MAX_TERM_MONTHS,
  MAX_WEIGHT,
  PERCENT_SCALE,
  type Partner,
  QUANTITY_SCALE,
  RESOURCE_LIMITS,
  WEIGHT_SCALE,
} from "./resources-tool";
import { contributionValue } from "./valuation";

/** How a number field reads the reader's text: a value (null for an empty field), or why it is refused. */
export type FieldReading = { ok: true; value: number | null } | { ok: false; message: string };

/** A number field's rule: decimals, range and noun, for reading and for messages. */
export interface NumberRule extends FieldRule {
  max: bigint;
  min?: bigint;
  /** An empty field reads as null rather than being refused. */
  optional?: boolean;
  /** For an amount of money: its currency, whose sign the reader may type with the amount ("$1,250"). */
  currency?: string;
}

/** Reads a number field's text into units of 10^−scale, exactly; every refusal comes with its message in words. */
export function readNumber(text: string, rule: NumberRule, locale?: string): FieldReading {
  const amount = rule.currency ? withoutCurrencySign(text, rule.currency, locale) : text;
  const read = readAmount(amount, rule.scale, rule.max, locale);
  if (!read.ok) {
    if (read.problem === "empty" && rule.optional) return { ok: true, value: null };
    return { ok: false, message: numberMessage(read.problem, rule) };
  }
  if (rule.min !== undefined && read.value < rule.min) {
    return { ok: false, message: `The ${rule.noun} must be at least ${formatPlain(rule.min, rule.scale, locale)}.` };
  }
  return { ok: true, value: Number(read.value) };
}

/** An amount of money in `currency`, in its minor units, up to the cap. */
export function moneyRule(currency: string, noun: string, locale?: string): NumberRule {
  const digits = currencyDigits(currency);
  return { noun, scale: digits, max: maxMinor(digits), largest: `${formatCap(locale)} ${currency}`, currency };
}

export const TERM_RULE: NumberRule = {
  noun: "term",
  scale: 0,
  max: BigInt(MAX_TERM_MONTHS),
  min: 1n,
  largest: `${MAX_TERM_MONTHS} months`,
};
export const PERCENT_RULE: NumberRule = { noun: "percentage", scale: PERCENT_SCALE, max: 10_000n, largest: "100", optional: true };

export function weightRule(locale?: string): NumberRule {
  return { noun: "weight", scale: WEIGHT_SCALE, max: BigInt(MAX_WEIGHT), largest: numberFormat(locale).format(1e12), optional: true };
}

export function quantityRule(locale?: string): NumberRule {
  return { noun: "quantity", scale: QUANTITY_SCALE, max: BigInt(MAX_QUANTITY), largest: numberFormat(locale).format(1e9) };
}

/** Why `name` cannot name a partner (blank, too long, or the same name as another partner's), or null when it can. */
export function partnerNameProblem(name: string, partners: readonly Partner[], exceptId?: string): string | null {
  const tidy = tidyName(name);
  if (!tidy) return "Enter the partner's name.";
  if (tidy.length > RESOURCE_LIMITS.partnerName) return `Keep the name to ${RESOURCE_LIMITS.partnerName} characters or fewer.`;
  const key = nameKey(tidy);
  const other = partners.find((p) => p.id !== exceptId && nameKey(p.name) === key);
  return other ? `${other.name} is already a partner: each name must be different.` : null;
}

/** Why a new partner named `name` cannot be added, or null when it can. */
export function newPartnerProblem(name: string, partners: readonly Partner[]): string | null {
  if (partners.length >= MAX_PARTNERS) return `This tool holds up to ${MAX_PARTNERS} partners.`;
  return partnerNameProblem(name, partners);
}

/** A cost as the add form holds it; amounts are null until they read. */
export interface CostDraft {
  name: string;
  amount: number | null;
  frequency: Frequency;
}

export type Checked<T, K extends string> = { ok: true; item: T } | { ok: false; errors: Partial<Record<K, string>> };

/** Checks a new cost against the tool's rules; `count` is how many costs the tool holds already. */
export function checkCost(draft: CostDraft, count: number): Checked<Omit<Cost, "id">, "name" | "amount"> {
  const errors: Partial<Record<"name" | "amount", string>> = {};
  const name = draft.name.trim();
  if (!name) errors.name = "Name the cost item.";
  else if (name.length > RESOURCE_LIMITS.costName) errors.name = `Keep the name to ${RESOURCE_LIMITS.costName} characters or fewer.`;
  else if (count >= MAX_COSTS) errors.name = `This tool holds up to ${MAX_COSTS} costs.`;
  if (draft.amount === null) errors.amount = "Enter the amount.";
  if (errors.name || errors.amount || draft.amount === null) return { ok: false, errors };
  return { ok: true, item: { name, amount: draft.amount, frequency: draft.frequency } };
}

/** A contribution as the add form holds it. */
export interface ContributionDraft {
  partnerId: string;
  type: ContributionType;
  description: string;
  /** Thousandths of a unit; null until it reads. */
  quantity: number | null;
  /** Minor units; null until it reads. */
  unitValue: number | null;
}

type ContributionField = "partner" | "description" | "quantity" | "unitValue";

/** Checks a new contribution: a partner that exists, room in the tool, and a value within the cap. */
export function checkContribution(
  draft: ContributionDraft,
  context: { partners: readonly Partner[]; count: number; currency: string },
  locale?: string,
): Checked<Omit<Contribution, "id">, ContributionField> {
  const errors: Partial<Record<ContributionField, string>> = {};
  const partnerId = context.partners.some((p) => p.id === draft.partnerId) ? draft.partnerId : (context.partners[0]?.id ?? "");
  if (!partnerId) errors.partner = "Add a partner above first.";
  if (context.count >= MAX_CONTRIBUTIONS) errors.partner = `This tool holds up to ${MAX_CONTRIBUTIONS} contributions.`;
  const description = draft.description.trim();
  if (description.length > RESOURCE_LIMITS.description)
    errors.description = `Keep the description to ${RESOURCE_LIMITS.description} characters or fewer.`;
  const { quantity, unitValue } = draft;
  if (quantity === null) errors.quantity = "Enter the quantity.";
  if (unitValue === null) errors.unitValue = "Enter the unit value.";
  else if (quantity !== null && contributionValue({ quantity, unitValue }) > maxMinor(currencyDigits(context.currency))) {
    errors.unitValue = `Quantity × unit value comes to more than ${formatCap(locale)} ${context.currency}, the largest amount accepted.`;
  }
  if (Object.keys(errors).length > 0 || quantity === null || unitValue === null) return { ok: false, errors };
  return { ok: true, item: { partnerId, type: draft.type, description, quantity, unitValue } };
}
