/**
 * Gives every row whose id an earlier row of the same kind already has a new id, so that no two rows share one (an
 * edit, a deletion or an undo addressed to one would otherwise touch both). Rows are objects with a string `id` in
 * lists; rows of one kind are those of the lists at one path ("kpis.measurements" holds every KPI's measurements).
 * References to an id keep pointing at its first row. Returns the data unchanged when no id repeats.
 */
export function giveDuplicatesNewIds<T>(data: T, makeId: () => string): { data: T; renamed: number } {
  const kinds = new Map<string, Set<string>>();
  let renamed = 0;
  const visit = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) {
      let changed = false;
      const next = value.map((item) => {
        const visited = visit(item, path);
        if (visited !== item) changed = true;
        return visited;
      });
      return changed ? next : value;
    }
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    let result = record;
    const id = record["id"];
    const seen = kinds.get(path) ?? new Set<string>();
    kinds.set(path, seen);
    if (typeof id === "string") {
      if (seen.has(id)) {
        let fresh = makeId();
        while (seen.has(fresh)) fresh = makeId();
        result = { ...record, id: fresh };
        seen.add(fresh);
        renamed++;
      } else {
        seen.add(id);
      }
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === "id") continue;
      const visited = visit(child, `${path}.${key}`);
      if (visited !== child) {
        if (result === record) result = { ...record };
        result[key] = visited;
      }
    }
    return result;
  };
  const repaired = visit(data, "") as T;
  return { data: repaired, renamed };
}
