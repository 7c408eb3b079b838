import type { FigureId } from './ids';
import type { RoomState } from './roomState';

/**
 * Covert mode (IoPT) names elements "Element 1, Element 2…". If the numbers followed the words
 * of the intention, a client who knows the sentence could tell which figure stands for which
 * word; so each session numbers its elements in its own random order, drawn once when the
 * session starts and stored with it, so the numbers stay the same after a reload, in an export
 * and in replay.
 */

/** A source of numbers in [0, 1), like Math.random; injected so tests are deterministic. */
export type RandomSource = () => number;

/** A shuffled copy (Fisher–Yates); every order is equally likely for a uniform source. */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy;
}

/**
 * A small deterministic generator (mulberry32) seeded from a text. Sessions kept before the
 * covert order existed get their order from their id, so it is still the same every time.
 */
export function seededRandom(seed: string): RandomSource {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i += 1) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the numbering needs from the session: its id and the order drawn when it started. */
export interface CovertSource {
  readonly id: string;
  readonly covertOrder?: readonly FigureId[];
}

/**
 * The number each element in the room is shown by in covert mode. An element keeps its number
 * for the whole session, even when another is removed; one missing from the stored order (an
 * older session) is numbered after the others, in an order drawn from the session's id.
 */
export function covertNumbers(session: CovertSource | null, room: RoomState): ReadonlyMap<FigureId, number> {
  const elements = room.order.filter((id) => room.figures[id]?.kind === 'element');
  const stored = session?.covertOrder ?? [];
  const numbers = new Map<FigureId, number>();
  stored.forEach((id, index) => numbers.set(id, index + 1));
  const missing = elements.filter((id) => !numbers.has(id));
  shuffled(missing, seededRandom(session?.id ?? '')).forEach((id, index) => numbers.set(id, stored.length + index + 1));
  return new Map(elements.map((id) => [id, numbers.get(id) ?? 0]));
}

/**
 * A list with its elements re-ordered by covert number, for lists that must not follow the
 * words; every other figure keeps its place.
 */
export function inCovertOrder(session: CovertSource | null, room: RoomState, ids: readonly FigureId[]): FigureId[] {
  const numbers = covertNumbers(session, room);
  const elements = ids.filter((id) => numbers.has(id)).sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
  let next = 0;
  return ids.map((id) => (numbers.has(id) ? (elements[next++] ?? id) : id));
}
