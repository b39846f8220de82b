import { FOOD_BANK, GROCER, PARKS } from "./partnership";

/**
 * Riverside Fresh Start's money for its twelve months, in US cents. The budget and the ledger are one list:
 * every line is a resource the market needs and the partner who provides it, so the two cannot disagree.
 */

export type Kind = "cash" | "in kind";
/** The costing tool's contribution types used here. */
export type LineType = "cash" | "staff" | "volunteer" | "space" | "equipment" | "data";

export interface MoneyLine {
  id: string;
  /** The budget line's name. */
  item: string;
  kind: Kind;
  type: LineType;
  partner: string;
  /** Where the money or the resource comes from, in a few words. */
  source: string;
  /** Units given and the value of one unit, in cents; quantity × unit is the line's value. */
  quantity: number;
  unitCents: number;
  /** What one unit is, for the valuation column ("hours", "months"). */
  unit: string;
  /** How the line is paid over the term, as the costing tool's budget records it. */
  frequency: "one-off" | "monthly" | "yearly";
}

export const VOLUNTEER_HOUR_CENTS = 3349;
/** Independent Sector's national value of a volunteer hour for this data year. */
export const VOLUNTEER_HOUR_YEAR = 2023;

export const MONEY_LINES: readonly MoneyLine[] = [
  {
    id: "tents",
    item: "Tents, tables and scales",
    kind: "cash",
    type: "cash",
    partner: PARKS,
    source: "the city's community events grant, paid to the shared account",
    quantity: 1,
    unitCents: 250_000,
    unit: "",
    frequency: "one-off",
  },
  {
    id: "ingredients",
    item: "Cooking-class ingredients",
    kind: "cash",
    type: "cash",
    partner: GROCER,
    source: "Greenleaf's sponsorship",
    quantity: 1,
    unitCents: 300_000,
    unit: "",
    frequency: "monthly",
  },
  {
    id: "insurance",
    item: "Event liability insurance",
    kind: "cash",
    type: "cash",
    partner: FOOD_BANK,
    source: "the foundation grant",
    quantity: 1,
    unitCents: 180_000,
    unit: "",
    frequency: "yearly",
  },
  {
    id: "printing",
    item: "Outreach printing",
    kind: "cash",
    type: "cash",
    partner: FOOD_BANK,
    source: "the foundation grant",
    quantity: 1,
    unitCents: 120_000,
    unit: "",
    frequency: "one-off",
  },
  {
    id: "stipends",
    item: "Resident panel stipends",
    kind: "cash",
    type: "cash",
    partner: FOOD_BANK,
    source: "the foundation grant",
    quantity: 1,
    unitCents: 180_000,
    unit: "",
    frequency: "monthly",
  },
  {
    id: "coordinator",
    item: "Market coordinator, half time",
    kind: "in kind",
    type: "staff",
    partner: FOOD_BANK,
    source: "Eastside staff, paid from the foundation grant",
    quantity: 1040,
    unitCents: 2850,
    unit: "hours",
    frequency: "monthly",
  },
  {
    id: "educator",
    item: "Nutrition educator, teaching the classes",
    kind: "in kind",
    type: "staff",
    partner: FOOD_BANK,
    source: "Eastside staff",
    quantity: 192,
    unitCents: 3125,
    unit: "hours",
    frequency: "monthly",
  },
  {
    id: "volunteers",
    item: "Stall and class volunteers",
    kind: "in kind",
    type: "volunteer",
    partner: FOOD_BANK,
    source: "volunteers Eastside recruits, trains and insures; 40 hours a month, the floor it could promise in February",
    quantity: 480,
    unitCents: VOLUNTEER_HOUR_CENTS,
    unit: "hours",
    frequency: "monthly",
  },
  {
    id: "space",
    item: "Pavilion, market lawn and teaching kitchen",
    kind: "in kind",
    type: "space",
    partner: PARKS,
    source: "fair rental value",
    quantity: 12,
    unitCents: 100_000,
    unit: "months",
    frequency: "monthly",
  },
  {
    id: "crew",
    item: "Grounds crew and outreach staff",
    kind: "in kind",
    type: "staff",
    partner: PARKS,
    source: "Parks staff",
    quantity: 120,
    unitCents: 3500,
    unit: "hours",
    frequency: "monthly",
  },
  {
    id: "discount",
    item: "Produce sold below store prices",
    kind: "in kind",
    type: "equipment",
    partner: GROCER,
    source: "store value less what shoppers pay",
    quantity: 12,
    unitCents: 112_500,
    unit: "months",
    frequency: "monthly",
  },
  {
    id: "newsletter",
    item: "Notices in Greenleaf's customer newsletter",
    kind: "in kind",
    type: "data",
    partner: GROCER,
    source: "what the same notice would cost to buy",
    quantity: 12,
    unitCents: 12_500,
    unit: "months",
    frequency: "monthly",
  },
  {
    id: "produceStaff",
    item: "Produce manager and delivery driver",
    kind: "in kind",
    type: "staff",
    partner: GROCER,
    source: "Greenleaf staff",
    quantity: 312,
    unitCents: 2500,
    unit: "hours",
    frequency: "monthly",
  },
];

export const lineValue = (line: MoneyLine): number => line.quantity * line.unitCents;
const sum = (lines: readonly MoneyLine[]) => lines.reduce((total, line) => total + lineValue(line), 0);

export const line = (id: string): MoneyLine => {
  const found = MONEY_LINES.find((l) => l.id === id);
  if (!found) throw new Error(`no money line "${id}"`);
  return found;
};

/** The line's amount each time it is paid: monthly lines spread over the twelve months. */
export function perTime(l: MoneyLine, termMonths = 12): number {
  return l.frequency === "monthly" ? lineValue(l) / termMonths : lineValue(l);
}

export const TOTAL = sum(MONEY_LINES);
export const CASH_TOTAL = sum(MONEY_LINES.filter((l) => l.kind === "cash"));
export const IN_KIND_TOTAL = TOTAL - CASH_TOTAL;
export const byPartner = (partner: string, kind?: Kind): number =>
  sum(MONEY_LINES.filter((l) => l.partner === partner && (kind === undefined || l.kind === kind)));

/** Annual budgets, the capacity weights the partners compared (in dollars). */
export const ANNUAL_BUDGETS: Record<string, number> = { [FOOD_BANK]: 2_400_000, [PARKS]: 3_600_000, [GROCER]: 1_800_000 };

/** The negotiated shares, in percent. */
export const SHARES_PERCENT: Record<string, number> = { [FOOD_BANK]: 50, [PARKS]: 20, [GROCER]: 30 };

/** Each partner's share of the total under the negotiated percentages (exact here: the total divides evenly). */
export const shareOf = (partner: string): number => (TOTAL * (SHARES_PERCENT[partner] ?? 0)) / 100;
/** Above zero the partner gave more than its share. */
export const balanceOf = (partner: string): number => byPartner(partner) - shareOf(partner);

/** Shares the other methods would give, as the costing tool computes them (checked by test/lib/content/). */
export const EQUAL_SHARES: Record<string, number> = { [FOOD_BANK]: 3_367_174, [PARKS]: 3_367_173, [GROCER]: 3_367_173 };
export const CAPACITY_SHARES: Record<string, number> = { [FOOD_BANK]: 3_108_160, [PARKS]: 4_662_240, [GROCER]: 2_331_120 };

/** The year's settlement on the plan's figures: everyone pays the lead partner, which holds the shared account. */
export const SETTLEMENT = [
  { from: GROCER, to: FOOD_BANK, cents: -balanceOf(GROCER) },
  { from: PARKS, to: FOOD_BANK, cents: -balanceOf(PARKS) },
] as const;

/** Money that passes through the market but is not a partner's gift. */
export const SALES = {
  /** What shoppers are expected to pay Greenleaf for market produce over the year; it pays for the produce. */
  revenue: 5_400_000,
  /** What the same produce would sell for at Greenleaf's store prices. */
  storeValue: 6_750_000,
} as const;

/** The real sources of money behind the cash and the paid staff. */
export const FUNDING = {
  /** Harbor Community Foundation's food-access grant to Eastside: the coordinator plus Eastside's cash lines. */
  foundationGrant: lineValue(line("coordinator")) + byPartner(FOOD_BANK, "cash"),
  eventsGrant: lineValue(line("tents")),
  sponsorship: lineValue(line("ingredients")),
} as const;

/** The rate the foundation's report uses for volunteer time: what Eastside pays market assistants. */
export const FOUNDATION_VOLUNTEER_RATE_CENTS = 1800;
export const foundationVolunteerValue = line("volunteers").quantity * FOUNDATION_VOLUNTEER_RATE_CENTS;

/** The business case's cost per household, for the 400 households of the first goal. */
export const HOUSEHOLD_TARGET = 400;
export const COST_PER_HOUSEHOLD = Math.round(TOTAL / HOUSEHOLD_TARGET);

const SHORT: Record<string, string> = { [FOOD_BANK]: "Eastside", [PARKS]: "Parks", [GROCER]: "Greenleaf" };
/** A partner's short name, as the pages' tables use it. */
export const short = (partner: string): string => SHORT[partner] ?? partner;

const dollars = (cents: number) => {
  const whole = Math.floor(Math.abs(cents) / 100).toLocaleString("en-US");
  const rest = Math.abs(cents) % 100;
  return `${cents < 0 ? "-" : ""}$${whole}${rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`}`;
};

/** Line `id` as the resources page's ledger shows it. */
export function ledgerRow(id: string): { item: string; kind: string; partner: string; valuation: string; value: string } {
  const l = line(id);
  const valuation =
    l.type === "cash"
      ? `Face value, from ${l.source}`
      : `${l.quantity.toLocaleString("en-US")} ${l.unit} × ${dollars(l.unitCents)}, ${l.source}`;
  return { item: l.item, kind: l.kind === "cash" ? "Cash" : "In kind", partner: short(l.partner), valuation, value: dollars(lineValue(l)) };
}
