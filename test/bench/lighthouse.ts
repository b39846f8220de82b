import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { type Figure, median } from "./budgets.ts";
import { CHROMIUM_ARGS, READER_CHROMIUM } from "../support/browser.ts";

export const LIGHTHOUSE_PAGES = ["/", "/guide/partners/", "/guide/risks/", "/guide/resources/", "/guide/evaluation/"];

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** The elements Lighthouse saw move, for the log when a run shifted. */
  shifted: string[];
}

async function runOnce(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.POSITIVE_INFINITY;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcp: numeric("largest-contentful-paint") / 1000,
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    shifted: shiftedNodes(audits["layout-shifts"]?.details),
  };
}

function shiftedNodes(details: unknown): string[] {
  const items = (details as { items?: { score?: number; node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? [];
  return items.map((item) => `${(item.score ?? 0).toFixed(3)} ${item.node?.selector ?? "?"} ${item.node?.snippet ?? ""}`);
}

/**
 * Lighthouse's default (mobile) profile, `runCount` runs per page (three; one with --quick); each figure is the median, so one
 * run's outlier (a late task, a shift seen once) neither passes nor fails a page alone. The CLS row lists all three, and
 * any shifted element is printed with the run, so a failure can be traced.
 */
export async function measureLighthouse(base: string, tolerance: { score: number; time: number }, runCount = 3): Promise<Figure[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: READER_CHROMIUM,
    chromeFlags: CHROMIUM_ARGS,
  });
  const figures: Figure[] = [];
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < runCount; i++) runs.push(await runOnce(base + path, chrome.port));
      for (const [i, run] of runs.entries()) {
        for (const node of run.shifted) console.log(`layout shift on ${path}, run ${i + 1}: ${node}`);
      }
      const m = (key: Exclude<keyof Run, "shifted">) => median(runs.map((run) => run[key]));
      const group = `Lighthouse mobile ${path}`;
      figures.push(
        { group, name: "Performance", value: m("performance"), unit: "", budget: 95 - tolerance.score, kind: "min" },
        { group, name: "Accessibility", value: m("accessibility"), unit: "", budget: 100, kind: "min" },
        { group, name: "Best Practices", value: m("bestPractices"), unit: "", budget: 100, kind: "min" },
        { group, name: "SEO", value: m("seo"), unit: "", budget: 95, kind: "min" },
        { group, name: "LCP", value: m("lcp"), unit: "s", budget: 1.5 * tolerance.time, kind: "max" },
        { group, name: "TBT", value: m("tbt"), unit: "ms", budget: 50 * tolerance.time, kind: "max" },
        {
          group,
          name: `CLS (median of ${runs.map((run) => run.cls.toFixed(3)).join("/")})`,
          value: m("cls"),
          unit: "",
          budget: 0.02,
          kind: "max",
        },
      );
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
