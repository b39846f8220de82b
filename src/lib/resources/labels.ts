import type { ContributionType, Frequency, Method, WeightBasis } from "./resources-tool";

/**
 * Each contribution type as the form and tables show it: its name, its valuation rule, and what its quantity and unit
 * value hold (the words under those two fields).
 */
export const TYPE_INFO: Record<ContributionType, { label: string; rule: string; quantity: string; unitValue: string }> = {
  cash: {
    label: "Cash",
    rule: "Cash counts at face value: quantity 1, unit value the amount.",
    quantity: "1 for a sum of cash",
    unitValue: "The amount",
  },
  staff: {
    label: "Staff time",
    rule: "Hours × the organization's hourly rate for that person, pay plus benefits.",
    quantity: "Hours",
    unitValue: "The hourly rate for that person, pay plus benefits",
  },
  volunteer: {
    label: "Volunteer time",
    rule: "Hours × the value of a volunteer hour (see the setting above).",
    quantity: "Hours",
    unitValue: "The value of a volunteer hour",
  },
  space: {
    label: "Space and facilities",
    rule: "Months or days of use × the fair rental value of the space.",
    quantity: "Months or days of use",
    unitValue: "The rent for one month or day",
  },
  equipment: {
    label: "Equipment and materials",
    rule: "Items × fair market value; loaned equipment at its fair rental value.",
    quantity: "Items",
    unitValue: "The value of one item, or its rent if loaned",
  },
  data: {
    label: "Data and access",
    rule: "Units × what the partnership would otherwise pay for the data, list or access.",
    quantity: "Units",
    unitValue: "What one unit would otherwise cost",
  },
  other: { label: "Other in-kind", rule: "Units × fair market value.", quantity: "Units", unitValue: "The value of one unit" },
};

export const FREQUENCY_LABEL: Record<Frequency, string> = { "one-off": "One-off", monthly: "Monthly", yearly: "Yearly" };

export const METHOD_INFO: Record<Method, { label: string; hint: string }> = {
  equal: { label: "Equal", hint: "Every partner carries the same share: total cost ÷ number of partners." },
  proportional: {
    label: "Proportional",
    hint: "Shares follow a weight per partner: total cost × the partner's weight ÷ the sum of weights.",
  },
  custom: { label: "Custom", hint: "Shares are percentages you negotiate; they must add up to exactly 100%." },
};

export const WEIGHT_BASIS_LABEL: Record<WeightBasis, string> = {
  capacity: "Capacity to pay, such as each partner's annual budget",
  benefit: "Expected benefit, such as the share of participants each partner serves",
};
