import { useComputed } from "@preact/signals";
import { CLAUSE_MAX, setClause } from "~/lib/agreement/agreement-tool";
import { BlockView } from "../shared/BlockView";
import { TextField } from "../shared/fields";
import { agreement, missingLines, savedSections } from "./agreement-state";
import { TermDates } from "./TermDates";

/**
 * One clause of the outline: its heading and one-line prompt, what the reader's saved work puts there, the line
 * saying which step fills it while nothing does, and the reader's own words.
 */
export function OutlineSection({ index }: { index: number }) {
  const section = savedSections[index]?.value;
  const missing = missingLines[index]?.value ?? null;
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
        <BlockView key={i} block={block} region="Agreement" />
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
