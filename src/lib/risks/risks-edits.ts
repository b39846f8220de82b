import type { RisksData, Risk } from "./risks-tool";
import type { BandLimits } from "./scoring";

/** The fields of a risk the reader can change. */
export type RiskChange = Partial<Omit<Risk, "id">>;

/** The register with `risk` added at the end (its number is the register's length). */
export function addRisk(data: RisksData, risk: Risk): RisksData {
  return { ...data, risks: [...data.risks, risk] };
}

/** Changes the risk with `id`; the data is returned as it was when there is no such risk or nothing changes. */
export function editRisk(data: RisksData, id: string, change: RiskChange): RisksData {
  let changed = false;
  const risks = data.risks.map((risk) => {
    if (risk.id !== id) return risk;
    const next = { ...risk, ...change };
    changed = (Object.keys(change) as (keyof RiskChange)[]).some((key) => next[key] !== risk[key]);
    return changed ? next : risk;
  });
  return changed ? { ...data, risks } : data;
}

/** The register without the risk with `id`; the data as it was when there is none. */
export function deleteRisk(data: RisksData, id: string): RisksData {
  const risks = data.risks.filter((risk) => risk.id !== id);
  return risks.length === data.risks.length ? data : { ...data, risks };
}

/** The register under new band limits; the data as it was when they are the same. */
export function setLimits(data: RisksData, limits: BandLimits): RisksData {
  const same = data.limits.low === limits.low && data.limits.moderate === limits.moderate && data.limits.high === limits.high;
  return same ? data : { ...data, limits: { ...limits } };
}
