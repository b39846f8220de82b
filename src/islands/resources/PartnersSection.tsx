import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { insertAt } from "~/lib/list";
import { MAX_PARTNERS, type Partner, type ResourcesData } from "~/lib/resources/resources-tool";
import { ConfirmButton } from "../shared/ConfirmButton";
import { FieldError } from "../shared/FieldError";
import { UndoBar } from "../shared/UndoBar";
import { useUndo } from "../shared/use-undo";
import { memo } from "../shared/memo";
import type { Update } from "./types";

/** Why a partner name cannot be used, or null when it can. */
function nameProblem(name: string, partners: readonly Partner[], exceptId?: string): string | null {
  if (!name) return "Enter the partner's name.";
  if (name.length > 120) return "Keep the name to 120 characters or fewer.";
  const taken = partners.some((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  return taken ? `${name} is already a partner: each name must be different.` : null;
}

function removePartner(data: ResourcesData, id: string) {
  return {
    ...data,
    partners: data.partners.filter((p) => p.id !== id),
    contributions: data.contributions.filter((c) => c.partnerId !== id),
  };
}

/** Puts a deleted partner and its contributions back where they were. */
function restorePartner(
  data: ResourcesData,
  partner: Partner,
  index: number,
  removed: { at: number; item: ResourcesData["contributions"][number] }[],
) {
  if (data.partners.some((p) => p.id === partner.id)) return data;
  const contributions = removed.reduce((list, { at, item }) => insertAt(list, at, item), data.contributions);
  return { ...data, partners: insertAt(data.partners, index, partner), contributions };
}

interface Props {
  partners: ResourcesData["partners"];
  /** Every contribution, for the count per partner and for undoing a deletion. */
  contributions: ResourcesData["contributions"];
  update: Update;
}

/** The partner organizations: added once here, offered by the other tools as owners. */
export const PartnersSection = memo(function PartnersSection({ partners, contributions, update }: Props) {
  const undo = useUndo();
  const remove = (partner: Partner) => {
    const index = partners.findIndex((p) => p.id === partner.id);
    const removed = contributions.flatMap((item, at) => (item.partnerId === partner.id ? [{ at, item }] : []));
    update((d) => removePartner(d, partner.id));
    const extra = removed.length > 0 ? ` and its ${removed.length} ${removed.length === 1 ? "contribution" : "contributions"}` : "";
    undo.offer({ message: `Deleted ${partner.name}${extra}.`, undo: () => update((d) => restorePartner(d, partner, index, removed)) });
  };
  return (
    <section class="costing-section" aria-labelledby="costing-partners-title">
      <h3 id="costing-partners-title">Partners</h3>
      <p>Name each partner organization once; the risk register and the KPI tracker offer these names as owners.</p>
      <AddPartnerForm
        partners={partners}
        onAdd={(name) => update((d) => ({ ...d, partners: [...d.partners, { id: newId(), name, weight: null, percent: null }] }))}
      />
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {partners.length === 0 ? (
        <p class="tool__empty">No partners yet.</p>
      ) : (
        <ol class="costing-partners" aria-label="Partner organizations">
          {partners.map((partner, index) => (
            <PartnerItem
              key={partner.id}
              partner={partner}
              number={index + 1}
              partners={partners}
              contributions={contributions.filter((c) => c.partnerId === partner.id).length}
              onRename={(name) => update((d) => ({ ...d, partners: d.partners.map((p) => (p.id === partner.id ? { ...p, name } : p)) }))}
              onDelete={() => remove(partner)}
            />
          ))}
        </ol>
      )}
    </section>
  );
});

function AddPartnerForm({ partners, onAdd }: { partners: readonly Partner[]; onAdd: (name: string) => void }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const full = partners.length >= MAX_PARTNERS;
  return (
    <form
      class="tool-form"
      aria-label="Add a partner"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        const problem = full ? `This tool holds up to ${MAX_PARTNERS} partners.` : nameProblem(trimmed, partners);
        setError(problem);
        ref.current?.focus();
        if (problem) return;
        onAdd(trimmed);
        setName("");
      }}
    >
      <div class="field field--wide">
        <label for="costing-partner-name">Partner name</label>
        <input
          id="costing-partner-name"
          ref={ref}
          type="text"
          autoComplete="organization"
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "costing-partner-name-error" : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <FieldError id="costing-partner-name-error" message={error} />
      </div>
      <button type="submit">Add partner</button>
    </form>
  );
}

interface ItemProps {
  partner: Partner;
  number: number;
  partners: readonly Partner[];
  contributions: number;
  onRename: (name: string) => void;
  onDelete: () => void;
}

function PartnerItem({ partner, number, partners, contributions, onRename, onDelete }: ItemProps) {
  const [error, setError] = useState<string | null>(null);
  const id = `costing-partner-${partner.id}`;
  return (
    <li class="costing-partner">
      <div class="field">
        <label for={id}>Name of partner {number}</label>
        <input
          id={id}
          type="text"
          maxLength={120}
          value={partner.name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            const name = e.currentTarget.value.trim();
            const problem = nameProblem(name, partners, partner.id);
            setError(problem);
            if (problem) e.currentTarget.value = partner.name;
            else onRename(name);
          }}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      {contributions > 0 ? (
        <ConfirmButton
          label={`Delete ${partner.name}`}
          question={`Delete ${partner.name} and its ${contributions} ${contributions === 1 ? "contribution" : "contributions"}?`}
          confirmLabel={`Yes, delete ${partner.name}`}
          onConfirm={onDelete}
        />
      ) : (
        <button type="button" onClick={onDelete}>
          Delete {partner.name}
        </button>
      )}
    </li>
  );
}
