import { useComputed } from "@preact/signals";
import { newId } from "~/lib/id";
import { nameKey, tidyName } from "~/lib/names";
import { findByName } from "~/lib/organizations/names";
import { syncOwnOrganization } from "~/lib/organizations/organization-edit";
import { type OrganizationsData, ownOrganization } from "~/lib/organizations/organizations-tool";
import { goals, organizations } from "./organizations-state";

/** What step 1's organization name would do to the list: nothing, add it, mark it as the reader's, or rename theirs. */
function offer(data: OrganizationsData, name: string): string | null {
  const own = ownOrganization(data);
  if (name === "" || (own && nameKey(own.name) === nameKey(name))) return null;
  if (findByName(data.organizations, name)) return `Mark “${name}” as your organization`;
  return own ? `Rename “${own.name}” to “${name}”` : `Add “${name}” as your organization`;
}

/** Offers the organization named on step 1's worksheet as the reader's own, while the list does not have it as such. */
export function OwnOrganizationOffer() {
  const name = useComputed(() => tidyName(goals.data.value.organization)).value;
  const action = offer(organizations.data.value, name);
  if (!action) return null;
  return (
    <p class="notice organization-offer">
      Your goals worksheet in step 1 names your organization “{name}”.{" "}
      <button type="button" onClick={() => organizations.apply(action, (d) => syncOwnOrganization(d, name, newId()))}>
        {action}
      </button>
    </p>
  );
}
