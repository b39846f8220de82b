import { useComputed } from "@preact/signals";
import { organizationsExports } from "~/lib/organizations/organizations-csv";
import { AddOrganizationForm } from "./AddOrganizationForm";
import { OrganizationList } from "./OrganizationList";
import { organizationIds, organizations } from "./organizations-state";
import { OwnOrganizationOffer } from "./OwnOrganizationOffer";
import { ToolFrame } from "../shared/ToolFrame";

/** The partnership's organizations, entered once for every tool. */
export function OrganizationsFrame() {
  const hasData = useComputed(() => organizationIds.value.length > 0);
  return (
    <ToolFrame
      state={organizations}
      id="organizations-tool"
      hasData={hasData}
      noun="organizations"
      example={() => import("~/lib/organizations/organizations-example").then((m) => m.organizationsExample())}
      exports={organizationsExports}
      intro={
        <p>
          List your own organization and every candidate, with what each could bring and where it stands. The other tools of the guide offer
          these names. It is saved in this browser only.
        </p>
      }
    >
      <OwnOrganizationOffer />
      <AddOrganizationForm />
      <OrganizationList />
    </ToolFrame>
  );
}
