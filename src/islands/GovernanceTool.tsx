import "~/styles/governance.css";
import { useComputed } from "@preact/signals";
import { setTierCount } from "~/lib/governance/governance-edit";
import { TIERS, governanceTool, tierKeys } from "~/lib/governance/governance-tool";
import { governance } from "./governance/governance-state";
import { TierSection } from "./governance/TierSection";
import { RadioGroup } from "./shared/fields";
import { hasOrganizations, useOrganizations } from "./shared/organizations";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

const COUNT_OPTIONS = [
  { value: "3", label: "Three tiers", hint: "strategic, project and implementing groups" },
  { value: "2", label: "Two tiers", hint: "a small partnership: the project group also does the work" },
] as const;

const exports = { csv: [], print: true };

/** Step 4: the governance tiers, who sits in each, how often it meets, what it decides and where it escalates. */
export default function GovernanceTool() {
  useTool(governanceTool);
  useOrganizations();
  const count = useComputed(() => governance.data.value.tierCount).value;
  const hasData = useComputed(() => {
    const d = governance.data.value;
    return TIERS.some(({ key }) => d[key].members.length > 0 || d[key].meets !== "" || d[key].decides !== "");
  });
  const noOrganizations = !hasOrganizations.value;
  return (
    <ToolFrame
      state={governance}
      id="governance-tool"
      hasData={hasData}
      noun="governance tiers"
      example={() => import("~/lib/governance/governance-example").then((m) => m.governanceExample())}
      exports={exports}
      intro={
        <p>
          Name who sits in each group, how often it meets, what it decides and where it takes what it cannot settle. It is saved in this
          browser only.
        </p>
      }
    >
      <RadioGroup
        legend="How many tiers"
        name="governance-tier-count"
        value={String(count) as "2" | "3"}
        options={COUNT_OPTIONS}
        onValue={(value) => governance.apply(`Use ${value === "2" ? "two" : "three"} tiers`, (d) => setTierCount(d, value === "2" ? 2 : 3))}
      />
      {noOrganizations && (
        <p class="governance-note no-print">
          To say which organization each member comes from, list the partnership's organizations in <a href="/guide/partners/">step 2</a>.
        </p>
      )}
      {tierKeys(count).map((tier) => (
        <TierSection key={tier} tier={tier} />
      ))}
    </ToolFrame>
  );
}
