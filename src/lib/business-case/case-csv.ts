import { toCsv } from "../csv";
import { csvAmount } from "../resources/resources-csv";
import { currencyDigits } from "../resources/money";
import { type BusinessCaseData, SWOT_LISTS } from "./business-case-tool";
import { SWOT_LABEL } from "./swot";

const amount = (minor: number | null, currency: string) => (minor === null ? "" : csvAmount(BigInt(minor), currencyDigits(currency)));

/** The options appraisal, one row per option, amounts in major units of the case's currency. */
export function optionsCsv(data: BusinessCaseData): string {
  const rows = data.options.map((o) => [
    o.name,
    amount(o.cost, data.currency),
    o.benefits,
    o.risks,
    o.verdict,
    o.id === data.chosenOptionId ? "Chosen" : "",
  ]);
  return toCsv(["Option", `Cost (${data.currency})`, "Benefits", "Risks", "Verdict", "Chosen"], rows);
}

/** The benefit lines with their yearly value and basis. */
export function benefitsCsv(data: BusinessCaseData): string {
  const rows = data.benefits.map((b) => [b.name, amount(b.yearlyValue, data.currency), b.basis]);
  return toCsv(["Benefit", `Yearly value (${data.currency})`, "Basis"], rows);
}

/** The SWOT, one row per point with its list. */
export function swotCsv(data: BusinessCaseData): string {
  const rows = SWOT_LISTS.flatMap((list) => data.swot[list].map((item) => [SWOT_LABEL[list].one, item.text]));
  return toCsv(["Kind", "Point"], rows);
}
