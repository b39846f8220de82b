import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { HEALTH_PARTNERS, partnerAverage, roundAverage, satisfaction } from "~/lib/example/health";
import { KPIS } from "~/lib/example/kpis";
import {
  CAPACITY_SHARES,
  CASH_TOTAL,
  EQUAL_SHARES,
  IN_KIND_TOTAL,
  MONEY_LINES,
  SETTLEMENT,
  TOTAL,
  balanceOf,
  byPartner,
  lineValue,
  perTime,
  shareOf,
} from "~/lib/example/money";
import { DATES, EXAMPLE, SETTLEMENT_DATES } from "~/lib/example/partnership";
import { RISKS } from "~/lib/example/risks";
import { GoalsSchema, smartScore } from "~/lib/goals/goals-tool";
import { goalsExample } from "~/lib/goals/goals-example";
import { healthExample } from "~/lib/health/health-example";
import { overallAverage, partnerAverages, roundScores } from "~/lib/health/health-stats";
import { HealthSchema } from "~/lib/health/health-tool";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { KpisSchema } from "~/lib/kpis/kpis-tool";
import { STATUS_LABEL, kpiReport } from "~/lib/kpis/progress";
import { computeCostSharing } from "~/lib/resources/cost-sharing";
import { resourcesExample } from "~/lib/resources/resources-example";
import { ResourcesSchema } from "~/lib/resources/resources-tool";
import { risksExample } from "~/lib/risks/risks-example";
import { RisksSchema } from "~/lib/risks/risks-tool";
import { DEFAULT_LIMITS } from "~/lib/risks/scoring";

/** The fact sheet's story and the tools' results must agree: what the pages print is what "Load example" shows. */

describe("the example data is valid for each tool", () => {
  it.each([
    ["goals", GoalsSchema, goalsExample()],
    ["risks", RisksSchema, { limits: DEFAULT_LIMITS, risks: risksExample() }],
    ["resources", ResourcesSchema, resourcesExample()],
    ["kpis", KpisSchema, kpisExample()],
    ["health", HealthSchema, healthExample()],
  ] as const)("%s", (_, schema, data) => {
    const result = v.safeParse(schema as v.GenericSchema, data);
    expect(result.issues ?? []).toEqual([]);
  });
});

describe("the story's order", () => {
  it("keeps its dates in order, the survey before the business case and the risk workshop before the agreement", () => {
    const order = [
      DATES.goalsSession,
      DATES.goalsSigned,
      DATES.surveyStart,
      DATES.draftPlanShown,
      DATES.lettersOfIntent,
      DATES.swotMeeting,
      DATES.surveyEnd,
      DATES.caseApprovedFoodBank,
      DATES.caseApprovedGrocer,
      DATES.caseApprovedParks,
      DATES.governanceMeeting,
      DATES.riskWorkshop,
      DATES.brandingSettled,
      DATES.townHall,
      DATES.contributionPlan,
      DATES.agreementSigned,
      EXAMPLE.start,
      DATES.snapAuthorized,
      DATES.firstMarket,
      DATES.healthCheck1,
      DATES.healthCheck2,
      DATES.renewalDecision,
      DATES.closingReview,
      DATES.resultsPublished,
    ];
    expect(order).toEqual([...order].sort());
    expect(DATES.surveyEnd < DATES.caseApprovedFoodBank).toBe(true);
    expect(DATES.riskWorkshop < DATES.agreementSigned).toBe(true);
    expect(SETTLEMENT_DATES.at(-1)).toBe(EXAMPLE.end);
  });
});

describe("the money", () => {
  const data = resourcesExample();
  const result = computeCostSharing(data);
  const dollars = (n: bigint) => Number(n);

  it("has a budget equal to the ledger, with no gap", () => {
    expect(dollars(result.totalCost)).toBe(TOTAL);
    expect(dollars(result.totalContributed)).toBe(TOTAL);
    expect(result.gap).toBe(0n);
    expect(CASH_TOTAL + IN_KIND_TOTAL).toBe(TOTAL);
    for (const line of MONEY_LINES) expect(perTime(line) * (line.frequency === "monthly" ? 12 : 1)).toBe(lineValue(line));
  });

  it("gives every cash line a payer that pays it in cash", () => {
    for (const line of MONEY_LINES.filter((l) => l.kind === "cash")) {
      expect(EXAMPLE.partners).toContain(line.partner);
      expect(line.type).toBe("cash");
    }
  });

  it("matches the tool's contributions, shares, balances and payments", () => {
    expect(result.standings?.map((s) => dollars(s.contributed.total))).toEqual(EXAMPLE.partners.map((p) => byPartner(p)));
    expect(result.standings?.map((s) => dollars(s.share))).toEqual(EXAMPLE.partners.map(shareOf));
    expect(result.standings?.map((s) => dollars(s.balance))).toEqual(EXAMPLE.partners.map(balanceOf));
    const payments = result.payments.map((p) => ({ from: p.from?.name, to: p.to?.name, cents: dollars(p.amount) }));
    expect(payments).toEqual(expect.arrayContaining(SETTLEMENT.map((s) => ({ ...s }))));
    expect(payments).toHaveLength(SETTLEMENT.length);
  });

  it("matches the tool's shares under the other methods", () => {
    const equal = result.byMethod.equal;
    const proportional = result.byMethod.proportional;
    expect(equal.ok && equal.shares.map(dollars)).toEqual(EXAMPLE.partners.map((p) => EQUAL_SHARES[p]));
    expect(proportional.ok && proportional.shares.map(dollars)).toEqual(EXAMPLE.partners.map((p) => CAPACITY_SHARES[p]));
  });

  it("never has the public agency pay the business partner", () => {
    const payments: readonly { from: string; to: string }[] = SETTLEMENT;
    expect(payments.some((s) => s.from === EXAMPLE.partners[1] && s.to === EXAMPLE.partners[2])).toBe(false);
  });
});

describe("the risks", () => {
  it("are owned by the partners, and there is a funding risk for each source of money", () => {
    for (const risk of RISKS) expect(EXAMPLE.partners).toContain(risk.owner);
    const financial = RISKS.filter((r) => r.category === "financial").map((r) => `${r.title} ${r.description}`);
    for (const word of ["foundation", "events grant", "sponsorship", "sales"]) {
      expect(financial.some((title) => title.toLowerCase().includes(word)), word).toBe(true);
    }
  });
});

describe("the KPIs", () => {
  const reports = kpisExample().kpis.map(kpiReport);

  it.each(KPIS.map((kpi, i) => [kpi.plan.name, i] as const))("%s shows what the page says", (_, i) => {
    const report = reports[i];
    const shows = KPIS[i]?.shows ?? null;
    if (shows === null) {
      expect(report?.status).toBe("no-data");
      return;
    }
    expect(Math.round((report?.progress ?? Number.NaN) * 100)).toBe(shows.progress);
    expect(Math.round((report?.expected ?? Number.NaN) * 100)).toBe(shows.expected);
    expect(STATUS_LABEL[report?.status ?? "no-data"]).toBe(shows.status);
  });

  it("takes the satisfaction baseline and figure from the health checks", () => {
    const kpi = KPIS.find((k) => k.plan.name.startsWith("Partner satisfaction"));
    expect(kpi?.plan.baseline).toBe(satisfaction(0));
    expect(kpi?.plan.startDate).toBe(DATES.healthCheck1);
    expect(kpi?.measurements.at(-1)?.[1]).toBe(satisfaction(1));
  });
});

describe("the health checks", () => {
  const data = healthExample();
  it.each([0, 1])("round %i averages match the tool", (round) => {
    const rows = roundScores(data, `example-round-${round + 1}`);
    expect(Math.round((overallAverage(rows) ?? 0) * 10) / 10).toBe(roundAverage(round));
    expect(partnerAverages(rows).map((p) => Math.round((p.average ?? 0) * 10) / 10)).toEqual(
      HEALTH_PARTNERS.map((_, p) => partnerAverage(round, p)),
    );
  });
});

describe("the fact sheet's text", () => {
  it("has no sentence over 35 words in what the pages and tools print", () => {
    const texts = [
      ...RISKS.flatMap((r) => [r.title, r.description, r.mitigation]),
      ...KPIS.flatMap((k) => [k.plan.name, k.plan.method]),
      ...MONEY_LINES.map((l) => `${l.item}, ${l.source}`),
    ];
    const long = texts.flatMap((text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter((s) => s.split(/\s+/).length > 35);
    expect(long).toEqual([]);
  });
});

describe("the goals", () => {
  it("keep the SMART results the page describes", () => {
    expect(goalsExample().goals.map(smartScore)).toEqual([5, 5, 3]);
  });
});
