import { lastIndexAtOrBefore, type Timeline } from './timeline';

/**
 * Where the last lookup in one sorted list of times landed. While the playhead moves forward
 * by a frame, the answer is the same entry or one of the next few: stepping on from there is
 * constant time per frame; a seek or a step back searches again.
 */
export interface TimeCursor {
  /** The index found last (−1: every entry was later), and the time it was found for. */
  index: number;
  t: number;
}

/** How many entries a forward step walks before a binary search is cheaper. */
const WALK_LIMIT = 8;

export const newCursor = (): TimeCursor => ({ index: -1, t: Number.NEGATIVE_INFINITY });

/** The index of the last entry at or before `t`, as `lastIndexAtOrBefore` gives it, moving the cursor there. */
export function indexAtCursor(times: readonly number[], t: number, cursor: TimeCursor): number {
  let index = cursor.index;
  if (t >= cursor.t && index < times.length) {
    let walked = 0;
    while (walked < WALK_LIMIT && (times[index + 1] ?? Number.POSITIVE_INFINITY) <= t) {
      index += 1;
      walked += 1;
    }
    if (walked === WALK_LIMIT && (times[index + 1] ?? Number.POSITIVE_INFINITY) <= t) index = lastIndexAtOrBefore(times, t);
  } else {
    index = lastIndexAtOrBefore(times, t);
  }
  cursor.index = index;
  cursor.t = t;
  return index;
}

/** `valueAt` through a cursor. */
export function valueAtCursor<T>(timeline: Timeline<T>, t: number, cursor: TimeCursor): T | undefined {
  const index = indexAtCursor(timeline.times, t, cursor);
  return index < 0 ? undefined : timeline.values[index];
}
