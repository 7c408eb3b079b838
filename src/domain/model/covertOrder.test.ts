import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covertNumbers, inCovertOrder, seededRandom, shuffled } from './covertOrder';
import { addFigure, removeFigure } from './figureEdits';
import { counterIds, figureId } from './ids';
import { createAddedFigure, createSession } from './session';
import { epochMillis } from './units';

const input = { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt' as const, elements: ['Eg', 'vil', 'sove', 'betre'] };
const labels = { client: 'Meg', intention: 'Intensjonen' };
const start = (random?: () => number) => createSession(input, labels, { ids: counterIds(), now: () => epochMillis(0), ...(random ? { random } : {}) });

describe('shuffled', () => {
  it('keeps every item exactly once and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = [...items];
        const result = shuffled(items, seededRandom(String(seed)));
        expect(items).toEqual(before);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('reaches every order of three items', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) seen.add(shuffled(['a', 'b', 'c'], seededRandom(`s${seed}`)).join(''));
    expect(seen.size).toBe(6);
  });

  it('stays within bounds even when the source returns 1', () => {
    expect(shuffled([1, 2, 3], () => 1).sort()).toEqual([1, 2, 3]);
  });
});

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, in [0, 1), and others for another seed', () => {
    const a = seededRandom('session-1');
    const b = seededRandom('session-1');
    const c = seededRandom('session-2');
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    expect(Array.from({ length: 50 }, () => c())).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('covertNumbers', () => {
  it('numbers the elements by the stored order, not by the words', () => {
    const session = start(() => 0);
    // With a source that always says "the first", the order is turned: vil, sove, betre, Eg.
    const numbers = covertNumbers(session.info, session.room);
    const byLabel = Object.fromEntries(session.room.order.map((id) => [session.room.figures[id]?.label, numbers.get(id)]));
    expect(byLabel).toEqual({ Meg: undefined, Intensjonen: undefined, Eg: 4, vil: 1, sove: 2, betre: 3 });
  });

  it('keeps each number when another element is removed, and ignores figures added by hand', () => {
    const session = start(() => 0);
    const eg = session.room.order[2];
    if (!eg) throw new Error('no element');
    const person = createAddedFigure(session.room, counterIds('p'), 'person', 'adult', 'Mor');
    const room = addFigure(removeFigure(session.room, eg), person);
    const before = covertNumbers(session.info, session.room);
    const after = covertNumbers(session.info, room);
    expect(after.has(person.id)).toBe(false);
    expect(after.has(eg)).toBe(false);
    for (const [id, number] of after) expect(number).toBe(before.get(id));
  });

  it('gives a session without a stored order the same numbers every time, from its id', () => {
    const session = start();
    const { covertOrder: _drawn, ...older } = session.info;
    const once = covertNumbers(older, session.room);
    expect(covertNumbers({ ...older }, session.room)).toEqual(once);
    expect([...once.values()].sort()).toEqual([1, 2, 3, 4]);
  });

  it('numbers nothing without a session or elements', () => {
    const session = start();
    expect(covertNumbers(null, session.room).size).toBe(4);
    expect(covertNumbers(session.info, { figures: {}, order: [] }).size).toBe(0);
  });
});

describe('inCovertOrder', () => {
  it('re-orders only the elements, by their numbers', () => {
    const session = start(() => 0);
    const person = figureId('not-in-room');
    const ids = [...session.room.order.slice(0, 3), person, ...session.room.order.slice(3)];
    const labelsOf = (list: readonly string[]) => list.map((id) => session.room.figures[id as never]?.label ?? 'person');
    expect(labelsOf(inCovertOrder(session.info, session.room, ids))).toEqual(['Meg', 'Intensjonen', 'vil', 'person', 'sove', 'betre', 'Eg']);
  });
});
