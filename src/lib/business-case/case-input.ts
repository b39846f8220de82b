import * as v from "valibot";
import { type FieldErrors, type Read, limitMessage, readWithSchema } from "../form-read/form-read";
import {
  BenchmarkSchema,
  type Benefit,
  BenefitSchema,
  type Benchmark,
  type BusinessCaseData,
  MAX_BENCHMARKS,
  MAX_BENEFITS,
  MAX_OPTIONS,
  MAX_SWOT_ITEMS,
  OptionSchema,
  type SwotItem,
  SwotItemSchema,
  type SwotList,
} from "./business-case-tool";
import { findByName } from "../organizations/names";
import { readMoney } from "./case-money";
import type { OptionDraft } from "./options";
import { SWOT_LABEL } from "./swot";

/** Where the reader is when reading money: the case's currency and the reader's locale. */
export interface MoneyContext {
  currency: string;
  locale?: string | undefined;
}

export interface OptionFields {
  name: string;
  cost: string;
  benefits: string;
  risks: string;
  verdict: string;
}

const OptionDraftSchema = v.omit(OptionSchema, ["id", "baseline"]);

/** Checks the option form; the cost may stay empty (not estimated). */
export function readOptionFields(fields: OptionFields, money: MoneyContext): Read<OptionDraft, OptionFields> {
  const cost = readMoney(fields.cost, money.currency, "cost", money.locale);
  const found: FieldErrors<OptionFields> = cost.ok ? {} : { cost: cost.message };
  const candidate = { ...fields, cost: cost.ok ? cost.value : null };
  const labels = { name: "The option", cost: "The cost", benefits: "The benefits", risks: "The risks", verdict: "The verdict" };
  return readWithSchema(OptionDraftSchema, candidate, labels, found);
}

export interface BenefitFields {
  name: string;
  yearlyValue: string;
  basis: string;
}

/** Checks the benefit form; `id` is the new or edited line's id. */
export function readBenefitFields(fields: BenefitFields, id: string, money: MoneyContext): Read<Benefit, BenefitFields> {
  const value = readMoney(fields.yearlyValue, money.currency, "yearly value", money.locale);
  const found: FieldErrors<BenefitFields> = {};
  if (!value.ok) found.yearlyValue = value.message;
  else if (value.value === null) found.yearlyValue = "Enter the yearly value.";
  const candidate = { id, name: fields.name, yearlyValue: value.ok ? value.value : null, basis: fields.basis };
  return readWithSchema(BenefitSchema, candidate, { name: "The benefit", yearlyValue: "The yearly value", basis: "The basis" }, found);
}

export interface BenchmarkFields {
  program: string;
  figure: string;
  source: string;
}

export function readBenchmarkFields(fields: BenchmarkFields, id: string): Read<Benchmark, BenchmarkFields> {
  const labels = { program: "The program", figure: "The figure", source: "The source" };
  return readWithSchema(BenchmarkSchema, { id, ...fields }, labels);
}

/** Checks a SWOT point typed into one list's field ("Strength", "Weakness" …). */
export function readSwotText(text: string, list: SwotList, id: string): Read<SwotItem, { text: string }> {
  return readWithSchema(SwotItemSchema, { id, text }, { text: `The ${SWOT_LABEL[list].one.toLowerCase()}` });
}

/** Why nothing more can be added, said when a list is full; null while there is room. */
export const caseLimits = {
  options: (data: BusinessCaseData) => limitMessage(data.options.length, MAX_OPTIONS, "options", "the appraisal"),
  benefits: (data: BusinessCaseData) => limitMessage(data.benefits.length, MAX_BENEFITS, "benefit lines", "the case"),
  benchmarks: (data: BusinessCaseData) => limitMessage(data.benchmarks.length, MAX_BENCHMARKS, "benchmarks", "the case"),
  swot: (data: BusinessCaseData, list: SwotList) =>
    limitMessage(data.swot[list].length, MAX_SWOT_ITEMS, SWOT_LABEL[list].many.toLowerCase(), "a SWOT list"),
};

/** Why `name` cannot name an option (blank, or another option's name once spaces and case are set aside), or null. */
export function optionNameProblem(data: Pick<BusinessCaseData, "options">, name: string, exceptId?: string): string | null {
  if (name.trim() === "") return "Name the option before adding it.";
  if (findByName(data.options, name, exceptId)) return "There is already an option with that name.";
  return null;
}
