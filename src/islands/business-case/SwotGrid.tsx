import { computed, useComputed } from "@preact/signals";
import { SWOT_LISTS, SwotItemSchema, type SwotList } from "~/lib/business-case/business-case-tool";
import { caseLimits, readSwotText } from "~/lib/business-case/case-input";
import { SWOT_LABEL, addSwotItem, editSwotItem, moveSwotItem, removeSwotItem } from "~/lib/business-case/swot";
import { newId } from "~/lib/id";
import { maxLengthOf } from "~/lib/schema-parts";
import { TextField } from "../shared/fields";
import { useNameForm } from "../shared/name-form";
import { businessCase } from "./case-state";

const TEXT_MAX = maxLengthOf(SwotItemSchema.entries.text);
const HINT: Record<SwotList, string> = {
  strengths: "Inside the partnership: what the partners have.",
  weaknesses: "Inside the partnership: what the partners lack.",
  opportunities: "Outside: funding rounds, policy changes.",
  threats: "Outside: each threat is a likely risk for step 5.",
};
const lists = Object.fromEntries(SWOT_LISTS.map((list) => [list, computed(() => businessCase.data.value.swot[list])])) as Record<
  SwotList,
  ReturnType<typeof computed<{ id: string; text: string }[]>>
>;

/** Strengths, weaknesses, opportunities and threats: four lists, each point one line, in the reader's order. */
export function SwotGrid() {
  return (
    <section class="case-section" aria-labelledby="case-swot-title">
      <h3 id="case-swot-title">Strengths, weaknesses, opportunities and threats</h3>
      <div class="case-swot">
        {SWOT_LISTS.map((list) => (
          <SwotColumn key={list} list={list} />
        ))}
      </div>
    </section>
  );
}

function SwotColumn({ list }: { list: SwotList }) {
  const label = SWOT_LABEL[list];
  const problem = (text: string) => {
    if (text.trim() === "") return `Write the ${label.one.toLowerCase()} before adding it.`;
    const read = readSwotText(text.trim(), list, "new");
    return read.ok ? caseLimits.swot(businessCase.data.peek(), list) : (Object.values(read.errors)[0] ?? null);
  };
  const { form, submit, field } = useNameForm(problem, (text) =>
    businessCase.apply(`Add ${label.one.toLowerCase()} “${text}”`, (d) => addSwotItem(d, list, { id: newId(), text })),
  );
  const items = lists[list].value;
  return (
    <div class={`case-swot__list case-swot__list--${list}`}>
      <h4 id={`case-swot-${list}`}>{label.many}</h4>
      <p class="field-hint">{HINT[list]}</p>
      {items.length > 0 && (
        <ol aria-labelledby={`case-swot-${list}`}>
          {items.map((item, index) => (
            <SwotPoint key={item.id} list={list} id={item.id} number={index + 1} last={index === items.length - 1} />
          ))}
        </ol>
      )}
      <form ref={form} class="tool-form" aria-label={`Add a ${label.one.toLowerCase()}`} noValidate onSubmit={submit}>
        <TextField id={`case-new-${list}`} label={label.one} maxLength={TEXT_MAX} {...field} />
        <button type="submit">Add {label.one.toLowerCase()}</button>
      </form>
    </div>
  );
}

function SwotPoint({ list, id, number, last }: { list: SwotList; id: string; number: number; last: boolean }) {
  const item = useComputed(() => lists[list].value.find((i) => i.id === id)).value;
  if (!item) return null;
  const name = `${SWOT_LABEL[list].one} ${number}`;
  const move = (by: number) => businessCase.apply(`Move ${name.toLowerCase()} ${by < 0 ? "up" : "down"}`, (d) => moveSwotItem(d, id, by));
  return (
    <li class="case-swot__point">
      <TextField
        id={`case-swot-${id}`}
        label={name}
        hiddenLabel
        maxLength={TEXT_MAX}
        value={item.text}
        required="Write the point; until you do, the case keeps its last text."
        onValue={(text) => businessCase.apply(`Edit ${name.toLowerCase()}`, (d) => editSwotItem(d, id, text), `case-swot-${id}`)}
      />
      <span class="case-swot__actions">
        <button
          type="button"
          class="button--quiet"
          disabled={number === 1}
          onClick={() => move(-1)}
          aria-label={`Move ${name.toLowerCase()} up`}
        >
          ↑
        </button>
        <button type="button" class="button--quiet" disabled={last} onClick={() => move(1)} aria-label={`Move ${name.toLowerCase()} down`}>
          ↓
        </button>
        <button
          type="button"
          class="button--quiet"
          onClick={() => businessCase.apply(`Delete ${name.toLowerCase()} “${item.text}”`, (d) => removeSwotItem(d, id))}
        >
          Delete<span class="visually-hidden"> {name.toLowerCase()}</span>
        </button>
      </span>
    </li>
  );
}
