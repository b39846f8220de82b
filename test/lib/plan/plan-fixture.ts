import type { PlanDocument } from "~/lib/plan/plan-document";

/** A name that would be markup, a script, an entity and quotes if it were ever read as HTML. */
export const HOSTILE = `<script>alert("x")</script> Tom & Jerry's <b>"Co-op"</b> &amp;`;

/** A plan as /plan/ assembles it: one step started with every kind of block, one not started. */
export function planFixture(name = "Riverside Fresh Start"): PlanDocument {
  return {
    title: "Partnership plan",
    subtitle: `Prepared by ${name}`,
    date: "28 Nov 2026",
    sections: [
      {
        step: 1,
        title: "Set your partnership goals",
        href: "/guide/goals/",
        state: "started",
        updatedAt: Date.UTC(2026, 10, 27, 12),
        blocks: [
          { kind: "subheading", text: "Goals" },
          { kind: "paragraph", text: `Led by ${name}.` },
          {
            kind: "table",
            caption: "Your goals",
            header: ["Goal", "Owner"],
            rows: [
              ["Fresh produce for 400 households", name],
              ["Volunteer hours", "Eastside Food Bank"],
            ],
          },
        ],
        emptyText: "Your goals: what each organization wants from the partnership.",
      },
      {
        step: 2,
        title: "Find and assess partners",
        href: "/guide/partners/",
        state: "not started",
        updatedAt: null,
        blocks: [],
        emptyText: "The partnership's organizations, scored and checked.",
      },
    ],
  };
}
