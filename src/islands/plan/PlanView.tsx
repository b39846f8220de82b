import type { DocBlock, PlanDocument, PlanSection } from "~/lib/plan/plan-document";
import { dayOf } from "~/lib/plan/plan-text";

type Table = Extract<DocBlock, { kind: "table" }>;

function PlanTable({ table, id }: { table: Table; id: string }) {
  return (
    <div class="table-scroll plan-table" tabIndex={0} role="region" aria-labelledby={id}>
      <table class="data-table">
        <caption id={id}>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block, id }: { block: DocBlock; id: string }) {
  if (block.kind === "table") return <PlanTable table={block} id={id} />;
  if (block.kind === "subheading") return <h3>{block.text}</h3>;
  return <p>{block.text}</p>;
}

function SectionView({ section }: { section: PlanSection }) {
  const id = `plan-step-${section.step}`;
  return (
    <section class="plan-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Step {section.step}. {section.title}
      </h2>
      {section.state === "started" ? (
        <>
          <p class="plan-section__meta">
            {section.updatedAt !== null && <>Last changed {dayOf(section.updatedAt)}. </>}
            <a class="no-print" href={section.href}>
              Edit step {section.step} in the guide
            </a>
          </p>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} id={`${id}-block-${i}`} />
          ))}
        </>
      ) : (
        <p class="plan-section__empty">
          Nothing saved yet. This step gives you: {section.emptyText}{" "}
          <a class="no-print" href={section.href}>
            Start step {section.step}
          </a>
        </p>
      )}
    </section>
  );
}

/** The plan as a document of text and tables, from the value alone: no storage, so any page can show any plan. */
export function PlanView({ doc }: { doc: PlanDocument }) {
  return (
    <article class="plan-doc" aria-labelledby="plan-doc-title">
      <header class="plan-doc__header">
        <p class="plan-doc__title" id="plan-doc-title">
          {doc.title}
        </p>
        {doc.subtitle && <p class="plan-doc__subtitle">{doc.subtitle}</p>}
        <p class="plan-doc__date">{doc.date}</p>
      </header>
      {doc.sections.map((section) => (
        <SectionView key={section.step} section={section} />
      ))}
    </article>
  );
}
