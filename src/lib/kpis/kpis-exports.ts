import { type ToolExports, csvWhen } from "../exports";
import { measurementsCsv, trackingCsv } from "./kpis-csv";
import type { KpisData } from "./kpis-tool";

const hasKpis = ({ kpis }: KpisData) => kpis.length > 0;
const hasMeasurements = ({ kpis }: KpisData) => kpis.some((kpi) => kpi.measurements.length > 0);

/** The tracker's downloads: the tracking table and every measurement as CSV, and a printout of the tool. */
export const kpisExports: ToolExports<KpisData> = {
  csv: [
    csvWhen("KPI tracker", hasKpis, (data) => trackingCsv(data.kpis)),
    csvWhen("measurements", hasMeasurements, (data) => measurementsCsv(data.kpis)),
  ],
  print: true,
};
