import "~/styles/risks.css";
import { useComputed } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { storedPartnerNames } from "~/lib/partners";
import { followOwners } from "~/lib/risks/owners";
import { risksExports } from "~/lib/risks/risks-csv";
import { risksTool } from "~/lib/risks/risks-tool";
import { browserStorage } from "~/lib/storage/safe-storage";
import { createRegisterView } from "./risks/register-view";
import { RiskForm } from "./risks/RiskForm";
import { RiskMatrix } from "./risks/RiskMatrix";
import { RiskPrintout } from "./risks/RiskPrintout";
import { RiskRegister } from "./risks/RiskRegister";
import { RiskSummary } from "./risks/RiskSummary";
import { OWNER_LIST_ID, ownerOptions, partnerNames, riskCount, risks } from "./risks/risks-state";
import { ScoringMethod } from "./risks/ScoringMethod";
import { useOrganizationLinks } from "./shared/organization-links";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

/** Step 5: the risk register with its 5 × 5 likelihood × impact matrix, before and after mitigation. */
export default function RiskTool() {
  useTool(risksTool);
  useOrganizationLinks(risks, followOwners);
  const view = useMemo(createRegisterView, []);
  const hasRisks = useComputed(() => riskCount.value > 0);
  useEffect(() => {
    partnerNames.value = storedPartnerNames(browserStorage());
  }, []);
  return (
    <ToolFrame
      state={risks}
      id="risk-tool"
      hasData={hasRisks}
      noun="risks"
      example={() =>
        import("~/lib/risks/risks-example").then((m) => ({ ...risksTool.empty(), ...risks.data.peek(), risks: m.risksExample() }))
      }
      exports={risksExports}
      intro={
        <p>
          List what could go wrong in the partnership, score each risk before and after you mitigate it, and see where the risks sit on the
          matrix. It is saved in this browser only.
        </p>
      }
    >
      <ScoringMethod />
      <OwnerList />
      <h3 class="no-print">Add a risk</h3>
      <RiskForm />
      <h3>Matrix</h3>
      <RiskMatrix view={view} />
      <h3>Register</h3>
      <RiskRegister view={view} />
      <RiskSummary />
      <RiskPrintout />
    </ToolFrame>
  );
}

/** The owners the owner fields offer: partner organizations, then the owners already used. */
function OwnerList() {
  return (
    <datalist id={OWNER_LIST_ID}>
      {ownerOptions.value.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
