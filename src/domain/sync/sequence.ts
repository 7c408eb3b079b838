/**
 * Every sender numbers its messages 1, 2, 3… for as long as its room is open; a receiver
 * accepts a message only if its number is above the last one it accepted from that sender.
 * A message the relay (or anyone) replays, or delivers after a later one, is refused.
 */

/** The last number accepted from each sender. */
export type SequenceBook = ReadonlyMap<string, number>;

export const EMPTY_SEQUENCE_BOOK: SequenceBook = new Map();

export type SequenceCheck = { readonly ok: true; readonly book: SequenceBook } | { readonly ok: false; readonly reason: 'replayed' | 'bad-number' };

export function checkSequence(book: SequenceBook, from: string, seq: number): SequenceCheck {
  if (!Number.isSafeInteger(seq) || seq < 1) return { ok: false, reason: 'bad-number' };
  if (seq <= (book.get(from) ?? 0)) return { ok: false, reason: 'replayed' };
  const next = new Map(book);
  next.set(from, seq);
  return { ok: true, book: next };
}

/** A sender's numbers: each call gives the next. */
export function sequenceCounter(): () => number {
  let last = 0;
  return () => (last += 1);
}
