import { type ToolExports, csvWhen } from "../exports";
import { type BusinessCaseData, SWOT_LISTS } from "./business-case-tool";
import { benefitsCsv, optionsCsv, swotCsv } from "./case-csv";

const hasBenefits = (data: BusinessCaseData) => data.benefits.length > 0;
const hasSwot = (data: BusinessCaseData) => SWOT_LISTS.some((list) => data.swot[list].length > 0);

/** The business case's downloads: the options appraisal, the benefit lines and the SWOT as CSV, and a printout. */
export const businessCaseExports: ToolExports<BusinessCaseData> = {
  csv: [{ name: "options appraisal", csv: optionsCsv }, csvWhen("benefits", hasBenefits, benefitsCsv), csvWhen("SWOT", hasSwot, swotCsv)],
  print: true,
};
