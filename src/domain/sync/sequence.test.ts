// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSequence, EMPTY_SEQUENCE_BOOK, type SequenceBook, sequenceCounter } from './sequence';

/** Runs a stream through the check and says which messages were accepted. */
function accepted(stream: readonly { from: string; seq: number }[]): boolean[] {
  let book: SequenceBook = EMPTY_SEQUENCE_BOOK;
  return stream.map(({ from, seq }) => {
    const result = checkSequence(book, from, seq);
    if (result.ok) book = result.book;
    return result.ok;
  });
}

describe('the sequence check', () => {
  it('accepts each sender counting upward, on its own count', () => {
    expect(
      accepted([
        { from: 'host', seq: 1 },
        { from: 'guest', seq: 1 },
        { from: 'host', seq: 2 },
        { from: 'guest', seq: 5 },
      ]),
    ).toEqual([true, true, true, true]);
  });

  it('refuses a replayed message and one that arrives after a later one', () => {
    expect(
      accepted([
        { from: 'host', seq: 1 },
        { from: 'host', seq: 3 },
        { from: 'host', seq: 3 },
        { from: 'host', seq: 2 },
        { from: 'host', seq: 4 },
      ]),
    ).toEqual([true, true, false, false, true]);
  });

  it('refuses numbers that are no count', () => {
    for (const seq of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(checkSequence(EMPTY_SEQUENCE_BOOK, 'a', seq)).toEqual({ ok: false, reason: 'bad-number' });
  });

  it('leaves the book it was given as it was', () => {
    const first = checkSequence(EMPTY_SEQUENCE_BOOK, 'a', 1);
    expect(first.ok && first.book.get('a')).toBe(1);
    expect(EMPTY_SEQUENCE_BOOK.size).toBe(0);
  });

  it('in any stream of duplicates and reorders, accepts exactly the messages above every earlier one of their sender', () => {
    const message = fc.record({ from: fc.constantFrom('host', 'guest-1', 'guest-2'), seq: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 60 }), (stream) => {
        const verdicts = accepted(stream);
        stream.forEach((message, i) => {
          const highestBefore = Math.max(
            0,
            ...stream
              .slice(0, i)
              .filter((earlier) => earlier.from === message.from)
              .map((earlier) => earlier.seq),
          );
          expect(verdicts[i]).toBe(message.seq > highestBefore);
        });
      }),
    );
  });

  it('a stream sent in order and then replayed whole is accepted once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.nat(), { maxLength: 40 }), (count, picks) => {
        const next = sequenceCounter();
        const sent = Array.from({ length: count }, () => ({ from: 'guest', seq: next() }));
        const replayed = picks.map((pick) => sent[pick % sent.length]!);
        const verdicts = accepted([...sent, ...replayed]);
        expect(verdicts.slice(0, count).every(Boolean)).toBe(true);
        expect(verdicts.slice(count).some(Boolean)).toBe(false);
      }),
    );
  });
});
