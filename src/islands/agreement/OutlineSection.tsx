import { useComputed } from "@preact/signals";
import type { Block } from "~/lib/agreement/agreement-blocks";
import { CLAUSE_MAX, setClause } from "~/lib/agreement/agreement-tool";
import { TextField } from "../shared/fields";
import { agreement, outline, savedOutline } from "./agreement-state";
import { TermDates } from "./TermDates";

/** A paragraph, or a table with its caption and header row; text only. */
function BlockView({ block }: { block: Block }) {
  if (block.kind === "paragraph") return <p>{block.text}</p>;
  return (
    // Named for the agreement, so the region's name does not repeat a tool's own heading on the page ("Governance tiers").
    <section class="table-scroll" tabIndex={0} aria-label={`Agreement: ${block.caption}`}>
      <table class="data-table">
        <caption>{block.caption}</caption>
        <thead>
          <tr>
            {block.header.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * One clause of the outline: its heading and one-line prompt, what the reader's saved work puts there, the line
 * saying which step fills it while nothing does, and the reader's own words.
 */
export function OutlineSection({ index }: { index: number }) {
  const section = useComputed(() => savedOutline.value.sections[index]).value;
  const missing = useComputed(() => outline.value.sections[index]?.missing ?? null).value;
  const key = section?.key;
  const words = useComputed(() => (key ? agreement.data.value.clauses[key] : "")).value;
  if (!section || !key) return null;
  const id = `agreement-${key}`;
  return (
    <section class="agreement-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {index + 1}. {section.heading}
      </h3>
      <p class="agreement-section__prompt">{section.prompt}</p>
      {section.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      {missing && <p class="agreement-section__missing">{missing}.</p>}
      {key === "term" && <TermDates />}
      <TextField
        id={id}
        label={`Your words: ${section.heading}`}
        multiline
        wide
        maxLength={CLAUSE_MAX}
        value={words}
        onValue={(text) => agreement.apply(`Write “${section.heading}”`, (d) => setClause(d, key, text), id)}
      />
    </section>
  );
}
