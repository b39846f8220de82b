import { nameKey, tidyName } from "../names";

/**
 * The owners to offer: the partner organizations (as the costing tool spells them), then the owners already used in the
 * register, each name once however it is written (names are compared by `nameKey`).
 */
export function ownerChoices(partners: readonly string[], owners: readonly string[]): string[] {
  const seen = new Set<string>();
  const choices: string[] = [];
  for (const name of [...partners, ...owners]) {
    const shown = tidyName(name);
    const key = nameKey(shown);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    choices.push(shown);
  }
  return choices;
}

/** The owner to store for what the reader typed: a partner's own spelling when it names that partner, else the name tidied. */
export function matchOwner(typed: string, partners: readonly string[]): string {
  const key = nameKey(typed);
  if (key === "") return "";
  return partners.find((partner) => nameKey(partner) === key) ?? tidyName(typed);
}
