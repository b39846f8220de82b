import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Figure } from "./budgets.ts";

export const LIGHTHOUSE_PAGES = ["/", "/guide/partners/", "/guide/risks/", "/guide/resources/", "/guide/evaluation/"];
const RUNS = 3;

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
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
  };
}

/** Lighthouse's default (mobile) profile, median run by performance score, for each page. */
export async function measureLighthouse(base: string, tolerance: { score: number; time: number }): Promise<Figure[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env["CHROMIUM_PATH"] || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const figures: Figure[] = [];
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(base + path, chrome.port));
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor(RUNS / 2)] as Run;
      const group = `Lighthouse mobile ${path}`;
      figures.push(
        { group, name: "Performance", value: median.performance, unit: "", budget: 95 - tolerance.score, kind: "min" },
        { group, name: "Accessibility", value: median.accessibility, unit: "", budget: 100, kind: "min" },
        { group, name: "Best Practices", value: median.bestPractices, unit: "", budget: 100, kind: "min" },
        { group, name: "SEO", value: median.seo, unit: "", budget: 95, kind: "min" },
        { group, name: "LCP", value: median.lcp, unit: "s", budget: 1.5 * tolerance.time, kind: "max" },
        { group, name: "TBT", value: median.tbt, unit: "ms", budget: 50 * tolerance.time, kind: "max" },
        { group, name: "CLS", value: median.cls, unit: "", budget: 0.02, kind: "max" },
      );
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
