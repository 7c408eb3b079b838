import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterIds } from '../model/ids';
import { type Session, createSession } from '../model/session';
import { epochMillis } from '../model/units';
import { parseSession } from './sessionSchema';

const labels = { client: 'Me', intention: 'Intention' };

function session(elements: readonly string[] = ['Eg', 'vil', 'sove', 'betre']): Session {
  return createSession({ clientPseudonym: 'K-17', intention: 'Eg vil sove betre', template: 'iopt', elements }, labels, {
    ids: counterIds(),
    now: () => epochMillis(1_750_000_000_000),
  });
}

/** A plain, mutable copy as it would come from storage or a file. */
interface Raw {
  info: Record<string, unknown>;
  room: { figures: Record<string, { pose: Record<string, unknown> } & Record<string, unknown>>; order: unknown[] };
}
const raw = (value: Session = session()): Raw => JSON.parse(JSON.stringify(value)) as Raw;

function firstFigure(data: Raw) {
  const id = data.room.order[0] as string;
  const figure = data.room.figures[id];
  if (!figure) throw new Error('no figure');
  return figure;
}

function problemOf(input: unknown): string {
  const result = parseSession(input);
  if (result.ok) throw new Error('expected the session to be rejected');
  return result.problem;
}

describe('parseSession accepts', () => {
  it('a created session round-tripped through JSON', () => {
    const original = session();
    const result = parseSession(JSON.parse(JSON.stringify(original)));
    expect(result).toEqual({ ok: true, value: original });
  });

  it('a session with no elements and one with every kind of figure', () => {
    expect(parseSession(raw(session([]))).ok).toBe(true);
    const data = raw();
    const figure = firstFigure(data);
    figure.kind = 'person';
    figure.size = 'child';
    figure.colour = 'rose';
    figure.pose.posture = 'lying';
    expect(parseSession(data).ok).toBe(true);
  });

  it('figures on the very edge of the room', () => {
    const data = raw();
    Object.assign(firstFigure(data).pose, { x: 3, z: -3 });
    const result = parseSession(data);
    expect(result.ok && result.value.room.figures[data.room.order[0] as never]?.pose).toMatchObject({ x: 3, z: -3 });
  });

  it('a facing of 360°, read as 0°', () => {
    const data = raw();
    firstFigure(data).pose.facing = 360;
    const result = parseSession(data);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.room.figures[data.room.order[0] as never]?.pose.facing).toBe(0);
  });

  it('any created session round-tripped through JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 70 }), { maxLength: 12 }), fc.string({ maxLength: 250 }), (elements, intention) => {
        const original = createSession({ clientPseudonym: 'p', intention, template: 'free', elements }, labels, {
          ids: counterIds(),
          now: () => epochMillis(5),
        });
        expect(parseSession(JSON.parse(JSON.stringify(original)))).toEqual({ ok: true, value: original });
      }),
    );
  });
});

describe('parseSession rejects, naming the problem', () => {
  it.each([null, undefined, 42, 'a session', [], true])('the non-object %o', (input) => {
    const problem = problemOf(input);
    expect(typeof problem).toBe('string');
    expect(problem.length).toBeGreaterThan(0);
  });

  it('an object without a room', () => {
    const data = raw();
    expect(problemOf({ info: data.info })).toContain('room');
  });

  it.each([
    ['x', NaN],
    ['x', Infinity],
    ['z', -Infinity],
    ['x', 3.01],
    ['z', -4],
    ['x', '1'],
    ['facing', NaN],
    ['facing', -1],
    ['facing', 360.5],
  ])('a pose with %s = %o', (field, value) => {
    const data = raw();
    firstFigure(data).pose[field] = value;
    expect(problemOf(data)).toContain(`pose.${field}`);
  });

  it('an unknown posture', () => {
    const data = raw();
    firstFigure(data).pose.posture = 'flying';
    expect(problemOf(data)).toContain('pose.posture');
  });

  it.each([
    ['kind', 'ghost'],
    ['kind', undefined],
    ['colour', 'red'],
    ['size', 'giant'],
    ['label', ''],
    ['label', 'x'.repeat(61)],
    ['id', ''],
  ])('a figure with %s = %o', (field, value) => {
    const data = raw();
    firstFigure(data)[field] = value;
    expect(problemOf(data)).toContain(field);
  });

  it('an order that leaves out a figure', () => {
    const data = raw();
    data.room.order.pop();
    expect(problemOf(data)).toContain('order');
  });

  it('an order that names one figure twice and hides another', () => {
    const data = raw();
    data.room.order[1] = data.room.order[0];
    expect(problemOf(data)).toContain('order');
  });

  it('an order that names a figure that is not there', () => {
    const data = raw();
    data.room.order.push('ghost');
    expect(problemOf(data)).toContain('order');
  });

  it('an order of the right length with an unknown id', () => {
    const data = raw();
    data.room.order[1] = 'ghost';
    expect(problemOf(data)).toContain('order');
  });

  it('a figure kept under another id than its own', () => {
    const data = raw();
    const id = data.room.order[0] as string;
    const figure = firstFigure(data);
    figure.id = 'someone-else';
    expect(data.room.figures[id]).toBe(figure);
    expect(problemOf(data)).toContain('order');
  });

  it.each([
    ['template', 'gestalt'],
    ['createdAt', -1],
    ['createdAt', NaN],
    ['id', ''],
    ['intention', 'x'.repeat(201)],
    ['clientPseudonym', 'x'.repeat(61)],
    ['elements', 'Eg vil'],
  ])('info with %s = %o', (field, value) => {
    const data = raw();
    data.info[field] = value;
    expect(problemOf(data)).toContain(`info.${field}`);
  });
});
