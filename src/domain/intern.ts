// One shared object per distinct value for the small explanation texts the follow-up gives every engineer
// (「工龄 28 ≥ 10」, in both languages). Fifty thousand engineers share a few hundred distinct ones; built
// per engineer they were a quarter of a gigabyte. The objects are plain data that nobody mutates, so sharing
// them changes nothing but memory; the table is bounded so a long-lived pane does not grow it for ever.
const LIMIT = 20_000;
const table = new Map<string, unknown>();

export function interned<T>(key: string, make: () => T): T {
  const found = table.get(key);
  if (found !== undefined) return found as T;
  if (table.size >= LIMIT) table.clear();
  const made = make();
  table.set(key, made);
  return made;
}
