// @ts-check

/**
 * When each room with a participant on this instance began, so a room that outlives its time
 * (a tab left open over the weekend) is closed. Only ids and times: the relay keeps no content.
 *
 * @param {{ ttlMs: number; now: () => number }} options milliseconds
 */
export function createRoomAges({ ttlMs, now }) {
  /** @type {Map<string, number>} */
  const bornMs = new Map();
  return {
    /** @param {string} room */
    seen(room) {
      if (!bornMs.has(room)) bornMs.set(room, now());
    },
    /** @param {string} room */
    forget(room) {
      bornMs.delete(room);
    },
    /** @param {string} room */
    isDue(room) {
      const born = bornMs.get(room);
      return born !== undefined && now() - born >= ttlMs;
    },
    /** Rooms past their time now. */
    due() {
      const nowMs = now();
      return [...bornMs].filter(([, born]) => nowMs - born >= ttlMs).map(([room]) => room);
    },
    /** Rooms with at least one participant on this instance. */
    get size() {
      return bornMs.size;
    },
  };
}
