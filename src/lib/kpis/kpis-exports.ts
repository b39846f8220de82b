import type { ToolExports } from "../exports";
import { measurementsCsv, trackingCsv } from "./kpis-csv";
import type { KpisData } from "./kpis-tool";

const hasKpis = ({ kpis }: KpisData) => kpis.length > 0;
const hasMeasurements = ({ kpis }: KpisData) => kpis.some((kpi) => kpi.measurements.length > 0);

/** The tracker's downloads: the tracking table and every measurement as CSV, and a printout of the tool. */
export const kpisExports: ToolExports<KpisData> = {
  csv: [
    { name: "KPI tracker", available: hasKpis, csv: (data) => (hasKpis(data) ? trackingCsv(data.kpis) : null) },
    { name: "measurements", available: hasMeasurements, csv: (data) => (hasMeasurements(data) ? measurementsCsv(data.kpis) : null) },
  ],
  print: true,
};
