import { useComputed } from "@preact/signals";
import { removeMember, renameMember, setDecides, setEscalatesTo, setMeets, setMemberOrganization } from "~/lib/governance/governance-edit";
import { memberNameProblem } from "~/lib/governance/governance-input";
import { DECIDES_MAX, MEETS_MAX, MEMBER_MAX, type Member, TIERS, type TierKey } from "~/lib/governance/governance-tool";
import { SelectField, TextField } from "../shared/fields";
import { MemberForm } from "./MemberForm";
import { hasOrganizations, optionsHolding } from "../shared/organizations";
import { escalationOptions, gapsByTier, governance } from "./governance-state";

/** One tier: its members, how often it meets, what it decides and where it escalates. Re-renders when that tier changes. */
export function TierSection({ tier }: { tier: TierKey }) {
  const data = useComputed(() => governance.data.value[tier]).value;
  const gaps = useComputed(() => (gapsByTier.value.get(tier) ?? []).join(" and ")).value;
  const { label, hint } = TIERS.find((t) => t.key === tier) ?? TIERS[0];
  const id = (field: string) => `governance-${tier}-${field}`;
  const lower = label.toLowerCase();
  return (
    <section class="governance-tier" aria-labelledby={id("title")}>
      <h3 id={id("title")}>{label}</h3>
      <p class="governance-tier__hint">
        {hint[0]?.toUpperCase()}
        {hint.slice(1)}.
      </p>
      {gaps && (
        <p class="governance-flag">
          The {lower} {gaps}.
        </p>
      )}
      {data.members.length > 0 && (
        <ul class="governance-members" aria-label={`Members of the ${lower}`}>
          {data.members.map((m, index) => (
            <MemberRow key={m.id} tier={tier} member={m} number={index + 1} />
          ))}
        </ul>
      )}
      <MemberForm tier={tier} label={label} />
      <div class="governance-tier__fields">
        <TextField
          id={id("meets")}
          label="How often it meets"
          wide
          maxLength={MEETS_MAX}
          value={data.meets}
          onValue={(text) => governance.apply(`Edit how often the ${lower} meets`, (d) => setMeets(d, tier, text), id("meets"))}
        />
        <SelectField
          id={id("escalates")}
          label="Escalates to"
          value={data.escalatesTo}
          options={escalationOptions(tier)}
          onValue={(target) => governance.apply(`Change where the ${lower} escalates`, (d) => setEscalatesTo(d, tier, target))}
        />
        <TextField
          id={id("decides")}
          label="What it decides"
          wide
          multiline
          maxLength={DECIDES_MAX}
          value={data.decides}
          onValue={(text) => governance.apply(`Edit what the ${lower} decides`, (d) => setDecides(d, tier, text), id("decides"))}
        />
      </div>
    </section>
  );
}

function MemberRow({ tier, member, number }: { tier: TierKey; member: Member; number: number }) {
  const base = `governance-member-${member.id}`;
  return (
    <li class="governance-member">
      <TextField
        id={`${base}-name`}
        label={`Member ${number}`}
        maxLength={MEMBER_MAX}
        value={member.name}
        required="Write the name of the member."
        check={(text) => memberNameProblem(text, governance.data.peek(), tier, member.id)}
        onValue={(name) => governance.apply(`Rename member ${number}`, (d) => renameMember(d, member.id, name), `${base}-name`)}
      />
      {hasOrganizations.value && (
        <SelectField
          id={`${base}-organization`}
          label={`Organization of member ${number}`}
          value={member.organizationId}
          options={optionsHolding(member.organizationId)}
          onValue={(org) =>
            governance.apply(`Change the organization of “${member.name}”`, (d) => setMemberOrganization(d, member.id, org))
          }
        />
      )}
      <button
        type="button"
        class="button--quiet"
        onClick={() => governance.apply(`Remove “${member.name}”`, (d) => removeMember(d, member.id))}
      >
        Remove<span class="visually-hidden"> {member.name}</span>
      </button>
    </li>
  );
}
