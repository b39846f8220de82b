import { findByName, tidyName } from "../organizations/names";
import {
  DECIDES_MAX,
  type EscalationTarget,
  type GovernanceData,
  MAX_MEMBERS,
  MEETS_MAX,
  MEMBER_MAX,
  type Member,
  TIERS,
  type Tier,
  type TierKey,
  escalationAllowed,
} from "./governance-tool";

/**
 * Edits of the governance tiers; members are addressed by id. Each returns the next data, or the same object when
 * nothing changes, including when the edit would break a rule of the schema.
 */

/** The tier that holds the member with `id`, if any. */
export function tierOf(data: GovernanceData, id: string): TierKey | undefined {
  return TIERS.find(({ key }) => data[key].members.some((m) => m.id === id))?.key;
}

function updateTier(data: GovernanceData, key: TierKey, patch: Partial<Tier>): GovernanceData {
  const tier = data[key];
  if (Object.entries(patch).every(([field, value]) => tier[field as keyof Tier] === value)) return data;
  return { ...data, [key]: { ...tier, ...patch } };
}

/** Uses two tiers or three; the implementing tier's entries are kept while unused. */
export function setTierCount(data: GovernanceData, count: 2 | 3): GovernanceData {
  return data.tierCount === count ? data : { ...data, tierCount: count };
}

export function addMember(data: GovernanceData, key: TierKey, member: Member): GovernanceData {
  const name = tidyName(member.name);
  const members = data[key].members;
  if (members.length >= MAX_MEMBERS || tierOf(data, member.id) || name === "" || name.length > MEMBER_MAX) return data;
  if (findByName(members, name)) return data;
  return updateTier(data, key, { members: [...members, { ...member, name }] });
}

function updateMember(data: GovernanceData, id: string, patch: Partial<Member>): GovernanceData {
  const key = tierOf(data, id);
  if (!key) return data;
  const members = data[key].members;
  const member = members.find((m) => m.id === id);
  if (!member || Object.entries(patch).every(([field, value]) => member[field as keyof Member] === value)) return data;
  return updateTier(data, key, { members: members.map((m) => (m.id === id ? { ...m, ...patch } : m)) });
}

export function renameMember(data: GovernanceData, id: string, name: string): GovernanceData {
  const tidy = tidyName(name);
  const key = tierOf(data, id);
  if (!key || tidy === "" || tidy.length > MEMBER_MAX || findByName(data[key].members, tidy, id)) return data;
  return updateMember(data, id, { name: tidy });
}

/** Sets the organization (its id in step 2's list, or "") a member belongs to. */
export function setMemberOrganization(data: GovernanceData, id: string, organizationId: string): GovernanceData {
  return updateMember(data, id, { organizationId });
}

export function removeMember(data: GovernanceData, id: string): GovernanceData {
  const key = tierOf(data, id);
  return key ? updateTier(data, key, { members: data[key].members.filter((m) => m.id !== id) }) : data;
}

/** Sets how often a tier meets; text past the limit is refused. */
export function setMeets(data: GovernanceData, key: TierKey, meets: string): GovernanceData {
  return meets.length > MEETS_MAX ? data : updateTier(data, key, { meets });
}

/** Sets what a tier decides; text past the limit is refused. */
export function setDecides(data: GovernanceData, key: TierKey, decides: string): GovernanceData {
  return decides.length > DECIDES_MAX ? data : updateTier(data, key, { decides });
}

/** Sets where a tier escalates; only a tier above it, the partners, or "" are accepted. */
export function setEscalatesTo(data: GovernanceData, key: TierKey, target: EscalationTarget): GovernanceData {
  return escalationAllowed(key, target) ? updateTier(data, key, { escalatesTo: target }) : data;
}

/** Unlinks the members of an organization that leaves step 2's list; the members stay. */
export function forgetOrganization(data: GovernanceData, organizationId: string): GovernanceData {
  return TIERS.reduce((next, { key }) => {
    const members = next[key].members;
    if (!members.some((m) => m.organizationId === organizationId)) return next;
    return updateTier(next, key, { members: members.map((m) => (m.organizationId === organizationId ? { ...m, organizationId: "" } : m)) });
  }, data);
}

/** Where the tiers use an organization, in words for the question asked before deleting it; null when they do not. */
export function governanceUses(data: GovernanceData, organizationId: string): string | null {
  const n = TIERS.reduce((sum, { key }) => sum + data[key].members.filter((m) => m.organizationId === organizationId).length, 0);
  return n === 0 ? null : `${n} ${n === 1 ? "member" : "members"} of the governance tiers`;
}
