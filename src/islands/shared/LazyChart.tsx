import type { ChartConfiguration, ChartType } from "chart.js";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { type LegendItem, legendItems } from "~/lib/charts/legend";
import { loadChart } from "~/lib/charts/load-chart";
import { type ChartTheme, readChartTheme } from "~/lib/charts/theme";

interface Props<T extends ChartType, D> {
  /** The figures to draw; the chart is rebuilt only when they change. Must be plain JSON data. */
  data: D;
  /** Builds the chart's configuration from the figures (framework-free code in src/lib/charts/). */
  build: (data: D, theme: ChartTheme) => ChartConfiguration<T>;
  /** A one-sentence description of what the chart shows, for screen readers. */
  label: string;
  /** The same data as a table: the chart's text alternative, always in the page. */
  children: ComponentChildren;
  /** A taller drawing area, for radar charts and long category lists. */
  tall?: boolean;
}

/**
 * A chart.js chart that loads chart.js only when it scrolls into view, is created in an effect
 * and destroyed in its cleanup, and always comes with its data as a table.
 */
export function LazyChart<T extends ChartType, D>({ data, build, label, children, tall = false }: Props<T, D>) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const [legend, setLegend] = useState<LegendItem[]>([]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box || visible) return;
    if (typeof IntersectionObserver === "undefined") {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [visible]);

  const signature = JSON.stringify(data);
  useEffect(() => {
    if (!visible || !canvasRef.current) return;
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    const config = build(data, readChartTheme(canvasRef.current)) as ChartConfiguration;
    setLegend(legendItems(config));
    loadChart(config.type)
      .then(({ drawChart }) => {
        if (cancelled || !canvasRef.current) return;
        chart = drawChart(canvasRef.current, config);
        setDrawn(true);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // `signature` stands for `data`; `build` is expected to be a module-level function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, signature]);

  return (
    // data-chart says where the chart is (waiting to be seen, loading, drawn or failed), for tests and the benchmark.
    <figure class="chart" ref={boxRef} data-chart={failed ? "failed" : drawn ? "drawn" : visible ? "loading" : "waiting"}>
      {legend.length > 0 && !failed && (
        <ul class="chart__legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              {/* Set through the DOM, not as markup, so the Content-Security-Policy's style rules allow it. */}
              <span class="chart__swatch" style={{ backgroundColor: item.color }} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div class={tall ? "chart__canvas chart__canvas--tall" : "chart__canvas"}>
        {failed ? (
          <p>The chart could not be drawn; the table below has the same figures.</p>
        ) : (
          <canvas ref={canvasRef} role="img" aria-label={label} />
        )}
      </div>
      <figcaption class="chart__table">{children}</figcaption>
    </figure>
  );
}
