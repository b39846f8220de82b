import { KPIS } from "../example/kpis";
import { DEFAULT_AT_RISK_MARGIN, DEFAULT_ON_TRACK_MARGIN, type KpisData } from "./kpis-tool";

/** Riverside Fresh Start's KPIs and their figures up to the second health check in November 2027; every status word appears. */
export function kpisExample(): KpisData {
  return {
    kpis: KPIS.map(({ plan, measurements }, k) => ({
      id: `example-kpi-${k + 1}`,
      ...plan,
      onTrackMargin: DEFAULT_ON_TRACK_MARGIN,
      atRiskMargin: DEFAULT_AT_RISK_MARGIN,
      measurements: measurements.map(([date, value, note = ""], i) => ({ id: `example-kpi-${k + 1}-m${i + 1}`, date, value, note })),
    })),
  };
}
