import { describe, expect, it } from "vitest";
import { bookingUrl } from "~/lib/booking";
import { inStepOrder, neighbours, stepHref } from "~/lib/guide-nav";
import { describeSaved } from "~/lib/step-status";

const FORM = "https://forms.example.org/book?src=guide";

describe("bookingUrl", () => {
  it.each([
    ["nothing shared", null, FORM],
    ["organization and step", { organization: " Eastside & Co ", step: "risks" }, `${FORM}&organization=Eastside+%26+Co&step=risks`],
    ["a step that is not a slug", { organization: "", step: "risks<script>" }, FORM],
    ["an over-long name, cut to 120 characters", { organization: "x".repeat(300), step: "" }, `${FORM}&organization=${"x".repeat(120)}`],
  ])("%s", (_, share, expected) => {
    expect(bookingUrl(FORM, share)).toBe(expected);
  });
});

const steps = [3, 1, 2].map((step) => ({ id: `s${step}`, data: { step, navTitle: `S${step}`, title: `Step ${step}` } }));

describe("guide navigation", () => {
  it("orders steps by number", () => {
    expect(inStepOrder(steps).map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
  });

  it.each([
    ["s1", null, "s2"],
    ["s2", "s1", "s3"],
    ["s3", "s2", null],
    ["missing", null, null],
  ])("around %s: previous %s, next %s", (id, previous, next) => {
    const around = neighbours(steps, id);
    expect(around.previous?.id ?? null).toBe(previous);
    expect(around.next?.id ?? null).toBe(next);
  });

  it("builds step URLs", () => {
    expect(stepHref("business-case")).toBe("/guide/business-case/");
  });
});

describe("describeSaved", () => {
  it.each([
    [[null, null], "Tool: not started"],
    [["{broken"], "Tool: work saved"],
    [[JSON.stringify({ savedAt: Date.UTC(2027, 2, 1, 12) }), null], "Tool: work saved, last changed 1 Mar 2027"],
    [
      [JSON.stringify({ savedAt: Date.UTC(2027, 2, 1, 12) }), JSON.stringify({ savedAt: Date.UTC(2027, 5, 9, 12) })],
      "Tool: work saved, last changed 9 Jun 2027",
    ],
  ])("%j → %s", (texts, expected) => {
    expect(describeSaved(texts, "en-GB")).toBe(expected);
  });
});
