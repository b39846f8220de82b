import { describe, expect, it } from "vitest";
import { escalationText, termText } from "~/lib/agreement/agreement-blocks";
import type { AgreementInput } from "~/lib/agreement/agreement-input";
import { agreementText, assembleAgreement } from "~/lib/agreement/agreement-outline";
import { NOT_LEGAL_ADVICE, SECTION_KEYS } from "~/lib/agreement/agreement-sections";

const HEADINGS = [
  "Parties",
  "Purpose and goals",
  "Term and dates",
  "Governance and roles",
  "Contributions and cost sharing",
  "Risks, insurance and indemnity",
  "Data sharing and privacy",
  "Branding and communications",
  "Reporting against the KPIs",
  "Resolving disputes",
  "Changing this agreement",
  "Ending the partnership or leaving it",
  "Signatures",
];

const tiers: AgreementInput["tiers"] = [
  {
    name: "Strategic group",
    members: ["Executive director (Eastside Food Bank)"],
    meets: "Quarterly",
    decides: "Renewal",
    escalatesTo: "each partner's own leadership",
  },
  { name: "Project group", members: ["Programs director"], meets: "Every two weeks", decides: "", escalatesTo: "Strategic group" },
  { name: "Implementing group", members: [], meets: "", decides: "", escalatesTo: "Project group" },
];

const partial: Partial<AgreementInput> = {
  parties: [
    { name: "Eastside Food Bank", kind: "Nonprofit", contactRole: "Programs director", brings: "Staff and volunteers" },
    { name: "Greenleaf Grocers", kind: "Business", contactRole: "Produce manager", brings: "Produce at cost" },
  ],
  clauses: { data: "Sign-in sheets stay with Eastside.\n\n  Shared figures are counts only.  ", branding: "  " },
};

describe("assembleAgreement", () => {
  it("from nothing: every section in order, each saying which step fills it, with the notice", () => {
    const outline = assembleAgreement({});
    expect(outline.title).toBe("Memorandum of understanding");
    expect(outline.notice).toBe(NOT_LEGAL_ADVICE);
    expect(outline.notice).toMatch(/not legal advice/);
    expect(outline.sections.map((s) => s.heading)).toEqual(HEADINGS);
    expect(outline.sections.map((s) => s.key)).toEqual(SECTION_KEYS);
    expect(outline.sections.map((s) => s.missing)).toEqual(
      [2, 1, 4, 4, 7, 5, 4, 4, 8, 4, 4, 4, 2].map((step) =>
        // The agreement is step 4's own tool: its sections say where on this step they are filled.
        step === 4
          ? "Nothing saved yet: fill it in this step, with the governance tiers and RACI chart or in your own words"
          : `Nothing saved yet: step ${step} fills this`,
      ),
    );
    expect(outline.sections.every((s) => s.blocks.length === 0 && s.prompt.length > 0 && !s.prompt.includes("\n"))).toBe(true);
  });

  it.each([
    [
      "parties",
      null,
      [
        {
          kind: "table",
          caption: "Parties",
          header: ["Organization", "Kind", "Contact role", "What they bring"],
          rows: [
            ["Eastside Food Bank", "Nonprofit", "Programs director", "Staff and volunteers"],
            ["Greenleaf Grocers", "Business", "Produce manager", "Produce at cost"],
          ],
        },
      ],
    ],
    [
      "data",
      null,
      [
        { kind: "paragraph", text: "Sign-in sheets stay with Eastside." },
        { kind: "paragraph", text: "Shared figures are counts only." },
      ],
    ],
    ["branding", "Nothing saved yet: fill it in this step, with the governance tiers and RACI chart or in your own words", []],
    [
      "signatures",
      null,
      [
        {
          kind: "table",
          caption: "Signatures",
          header: ["Organization", "Name", "Title", "Signature", "Date"],
          rows: [
            ["Eastside Food Bank", "", "", "", ""],
            ["Greenleaf Grocers", "", "", "", ""],
          ],
        },
      ],
    ],
    ["purpose", "Nothing saved yet: step 1 fills this", []],
  ])("from a partial input, section %s", (key, missing, blocks) => {
    const section = assembleAgreement(partial).sections.find((s) => s.key === key);
    expect([section?.missing, section?.blocks]).toEqual([missing, blocks]);
  });

  it("from a full input, fills every section and keeps names as plain text", () => {
    const full: AgreementInput = {
      name: "Riverside <b>Fresh</b> Start",
      parties: partial.parties ?? [],
      goals: [{ title: "Fresh produce for 250 households & more", owner: "Programs director" }],
      term: { start: "2027-03-01", end: "2028-02-29", months: 12 },
      tiers,
      accountabilities: [{ task: "Weekly produce order", accountable: "Produce manager", responsible: ["Market coordinator"] }],
      contributions: [{ party: "Greenleaf Grocers", what: "Produce at cost", value: "$4,800.00" }],
      shares: [{ party: "Greenleaf Grocers", contributed: "$4,800.00", share: "$2,400.00 (50%)" }],
      costSharing: "Costs are shared equally.",
      risks: [{ title: "Cold chain fails", response: "Treat (reduce it)", owner: "Greenleaf Grocers", mitigation: "Temperature log" }],
      kpis: [
        { name: "Households served", target: "250 households by Feb 29, 2028", frequency: "Monthly", responsible: "Eastside Food Bank" },
      ],
      clauses: Object.fromEntries(SECTION_KEYS.map((k) => [k, `Our words on ${k}.`])),
    };
    const outline = assembleAgreement(full, "en-US");
    expect(outline.title).toBe("Memorandum of understanding: Riverside <b>Fresh</b> Start");
    expect(outline.sections.every((s) => s.missing === null)).toBe(true);
    expect(outline.sections.every((s) => s.blocks.at(-1)?.kind === "paragraph")).toBe(true);
    const text = agreementText(outline);
    for (const expected of [
      "The partnership's working name is Riverside <b>Fresh</b> Start.",
      "Fresh produce for 250 households & more | Programs director",
      "From Mar 1, 2027 to Feb 29, 2028 (12 months).",
      "Project group | Programs director | Every two weeks |  | Strategic group",
      "Weekly produce order | Produce manager | Market coordinator",
      "Greenleaf Grocers | Produce at cost | $4,800.00",
      "Greenleaf Grocers | $4,800.00 | $2,400.00 (50%)",
      "Costs are shared equally.",
      "Cold chain fails | Treat (reduce it) | Greenleaf Grocers | Temperature log",
      "Households served | 250 households by Feb 29, 2028 | Monthly | Eastside Food Bank",
      "A disagreement goes up in this order: Implementing group, Project group, Strategic group, each partner's own leadership.",
      "Our words on ending.",
      NOT_LEGAL_ADVICE,
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe("term and escalation in words", () => {
  it.each([
    [{ start: "2027-03-01", end: "2028-02-29", months: 12 }, "From Mar 1, 2027 to Feb 29, 2028 (12 months)."],
    [{ start: "2027-03-01", end: "", months: null }, "From Mar 1, 2027."],
    [{ start: "", end: "2028-02-29", months: 1 }, "Until Feb 29, 2028 (1 month)."],
    [{ start: "", end: "", months: 12 }, "For 12 months."],
    [{ start: "", end: "", months: null }, ""],
  ])("%j", (term, text) => {
    expect(termText(term, "en-US")).toBe(text);
  });

  it.each([
    [
      "three tiers",
      tiers,
      "A disagreement goes up in this order: Implementing group, Project group, Strategic group, each partner's own leadership.",
    ],
    [
      "two tiers",
      tiers.slice(0, 2),
      "A disagreement goes up in this order: Project group, Strategic group, each partner's own leadership.",
    ],
    ["the lowest tier does not say", [...tiers.slice(0, 2), { ...tiers[2]!, escalatesTo: "" }], ""],
    [
      "a loop stops",
      [{ ...tiers[0]!, escalatesTo: "Project group" }, tiers[1]!],
      "A disagreement goes up in this order: Project group, Strategic group.",
    ],
    ["no tiers", [], ""],
  ])("%s", (_, list, text) => {
    expect(escalationText(list)).toBe(text);
  });
});
