/** One measured figure against its budget. */
export interface Figure {
  group: string;
  name: string;
  value: number;
  unit: string;
  /** The limit, and whether the value must stay at or below it ("max") or reach it ("min"). */
  budget: number;
  /** "info" figures are reported beside the budgets but have none of their own. */
  kind: "max" | "min" | "info";
}

export function passes(figure: Figure): boolean {
  if (figure.kind === "info") return true;
  return figure.kind === "max" ? figure.value <= figure.budget : figure.value >= figure.budget;
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.group,
    f.name,
    `${round(f.value)} ${f.unit}`,
    f.kind === "info" ? "(reported)" : `${f.kind === "max" ? "≤" : "≥"} ${f.budget} ${f.unit}`,
    f.kind === "info" ? "" : passes(f) ? "ok" : "OVER BUDGET",
  ]);
  const header = ["group", "figure", "measured", "budget", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}

export const KB = 1024;

/** The middle value (the upper of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
