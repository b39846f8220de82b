import { formatDate } from "~/lib/dates";
import { figureDecimals, withUnit } from "~/lib/kpis/kpi-format";
import { deleteMeasurement } from "~/lib/kpis/kpis-edits";
import type { Kpi } from "~/lib/kpis/kpis-tool";
import { byDate, expectedValue, formatPercent, progress } from "~/lib/kpis/progress";
import { kpis } from "./kpi-state";

/** A KPI's measurements in date order, each with the value expected on its date (in the KPI's unit and precision). */
export function MeasurementTable({ kpi, number }: { kpi: Kpi; number: number }) {
  const decimals = figureDecimals([kpi.baseline, kpi.target, ...kpi.measurements.map((m) => m.value)]);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`Measurements of KPI ${number}, scrolls sideways`}>
      <table class="data-table">
        <caption>
          Measurements of KPI {number}: {kpi.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" class="num">
              Actual value
            </th>
            <th scope="col" class="num">
              Expected by then
            </th>
            <th scope="col" class="num">
              Progress
            </th>
            <th scope="col">Note</th>
            <th scope="col" class="no-print">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {byDate(kpi.measurements).map((m) => {
            const expected = expectedValue(kpi, m.date);
            const ratio = progress(kpi.baseline, kpi.target, m.value);
            const when = formatDate(m.date);
            return (
              <tr key={m.id}>
                <th scope="row">{when}</th>
                <td class="num">{withUnit(m.value, kpi.unit)}</td>
                <td class="num">{expected === null ? "–" : withUnit(expected, kpi.unit, undefined, decimals)}</td>
                <td class="num">{ratio === null ? "no ratio" : formatPercent(ratio)}</td>
                <td>{m.note}</td>
                <td class="no-print">
                  <button
                    type="button"
                    class="button--quiet"
                    onClick={() =>
                      kpis.apply(`Delete the measurement of ${when} from KPI ${number}`, (d) => deleteMeasurement(d, kpi.id, m.id))
                    }
                  >
                    Delete
                    <span class="visually-hidden">
                      {" "}
                      the measurement of {when} from KPI {number}
                    </span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
