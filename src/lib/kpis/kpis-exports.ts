import type { ToolExports } from "../exports";
import { measurementsCsv, trackingCsv } from "./kpis-csv";
import type { KpisData } from "./kpis-tool";

/** The tracker's downloads: the tracking table and every measurement as CSV, and a printout of the tool. */
export const kpisExports: ToolExports<KpisData> = {
  csv: [
    { name: "KPI tracker", csv: ({ kpis }) => (kpis.length === 0 ? null : trackingCsv(kpis)) },
    { name: "measurements", csv: ({ kpis }) => (kpis.some((k) => k.measurements.length > 0) ? measurementsCsv(kpis) : null) },
  ],
  print: true,
};
