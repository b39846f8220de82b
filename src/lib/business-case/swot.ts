import { acceptedBy, appendRow, moveRow, removeRow, updateRow } from "../row-list/row-list";
import { type BusinessCaseData, MAX_SWOT_ITEMS, SWOT_LISTS, type SwotItem, SwotItemSchema, type SwotList } from "./business-case-tool";

const valid = acceptedBy(SwotItemSchema);

/** What each SWOT list is called, one item and the list. */
export const SWOT_LABEL: Record<SwotList, { one: string; many: string }> = {
  strengths: { one: "Strength", many: "Strengths" },
  weaknesses: { one: "Weakness", many: "Weaknesses" },
  opportunities: { one: "Opportunity", many: "Opportunities" },
  threats: { one: "Threat", many: "Threats" },
};

/** The list holding the item `id`, or null. */
export function swotListOf(data: BusinessCaseData, id: string): SwotList | null {
  return SWOT_LISTS.find((list) => data.swot[list].some((item) => item.id === id)) ?? null;
}

function withList(data: BusinessCaseData, list: SwotList, items: SwotItem[]): BusinessCaseData {
  return items === data.swot[list] ? data : { ...data, swot: { ...data.swot, [list]: items } };
}

/** The reader adds a point to one list; nothing changes when the list holds MAX_SWOT_ITEMS or the id is used anywhere. */
export function addSwotItem(data: BusinessCaseData, list: SwotList, item: SwotItem): BusinessCaseData {
  if (swotListOf(data, item.id) !== null) return data;
  return withList(data, list, appendRow(data.swot[list], item, MAX_SWOT_ITEMS, valid));
}

/** The reader rewrites a point. */
export function editSwotItem(data: BusinessCaseData, id: string, text: string): BusinessCaseData {
  const list = swotListOf(data, id);
  return list === null ? data : withList(data, list, updateRow(data.swot[list], id, { text }, valid));
}

export function removeSwotItem(data: BusinessCaseData, id: string): BusinessCaseData {
  const list = swotListOf(data, id);
  return list === null ? data : withList(data, list, removeRow(data.swot[list], id));
}

/** The reader moves a point `by` places within its list (−1 up, +1 down), stopping at either end. */
export function moveSwotItem(data: BusinessCaseData, id: string, by: number): BusinessCaseData {
  const list = swotListOf(data, id);
  return list === null ? data : withList(data, list, moveRow(data.swot[list], id, by));
}
