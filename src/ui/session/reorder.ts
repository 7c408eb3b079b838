/** Moves the item at `from` to `to`, keeping every other item in its order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...items];
  next.splice(Math.max(0, Math.min(next.length, to)), 0, item);
  return next;
}

/** Keeps a chosen order of ids, drops ids that are gone and appends new ones in their given order. */
export function reconcileOrder<T>(chosen: readonly T[], available: readonly T[]): T[] {
  const present = new Set(available);
  const kept = chosen.filter((id) => present.has(id));
  const keptSet = new Set(kept);
  return [...kept, ...available.filter((id) => !keptSet.has(id))];
}
