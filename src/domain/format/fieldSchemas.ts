import * as v from 'valibot';

/**
 * The small checks every part of a file shares: ids, times and texts, each bounded, so that no
 * value in a file can reach an object's prototype, overflow a date or swell memory.
 */

/**
 * Names an id must never take: an id becomes a key of id-keyed maps all over the app
 * (`statements[id]`), and a key such as "toString" or "__proto__" would read the prototype's
 * function instead of a missing entry.
 */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/** Letters, digits and `_ . : -`; what crypto.randomUUID and the counters in tests write. */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

export const isSafeId = (value: string): boolean => ID_PATTERN.test(value) && !PROTOTYPE_NAMES.has(value);

export const idSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(100),
  v.regex(ID_PATTERN, 'may hold only letters, digits and _ . : -'),
  v.check((value) => !PROTOTYPE_NAMES.has(value), 'is a name the app reserves (such as "toString" or "constructor"), not an id'),
);

/** The latest time a JavaScript date can hold: 8.64e15 ms after 1970, in the year 275760. */
export const MAX_EPOCH_MS = 8.64e15;

/** A moment in milliseconds since 1970-01-01 UTC that a date can show. */
export const epochTimeSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_EPOCH_MS));

/** 1,000 recorded hours: far beyond any session, and a bound that keeps sums of times exact. */
export const MAX_SESSION_TIME_MS = 1000 * 60 * 60 * 1000;

/** Session time in milliseconds (0 when the session started). */
export const sessionTimeSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_SESSION_TIME_MS));
