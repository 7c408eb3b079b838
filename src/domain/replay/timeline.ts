/**
 * Values that change at moments in time, kept as two parallel arrays sorted by time.
 * Looking up the value at a time is a binary search: logarithmic in the number of changes.
 */
export interface Timeline<T> {
  readonly times: number[];
  readonly values: T[];
}

export const emptyTimeline = <T>(): Timeline<T> => ({ times: [], values: [] });

export function pushAt<T>(timeline: Timeline<T>, t: number, value: T): void {
  timeline.times.push(t);
  timeline.values.push(value);
}

/** The index of the last entry at or before `t`, or −1 when every entry is later. */
export function lastIndexAtOrBefore(times: readonly number[], t: number): number {
  let low = 0;
  let high = times.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((times[middle] ?? Number.POSITIVE_INFINITY) <= t) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The index of the first entry after `t`, or the length when there is none. */
export function firstIndexAfter(times: readonly number[], t: number): number {
  return lastIndexAtOrBefore(times, t) + 1;
}

/** The value in force at `t`: the last one set at or before it (held after the last change). */
export function valueAt<T>(timeline: Timeline<T>, t: number): T | undefined {
  const index = lastIndexAtOrBefore(timeline.times, t);
  return index < 0 ? undefined : timeline.values[index];
}
