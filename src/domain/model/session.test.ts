import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_BY_KIND, MAX_LABEL_LENGTH } from './figure';
import { counterIds } from './ids';
import { MAX_INTENTION_LENGTH } from './intentionWords';
import { facingDirection } from './pose';
import { figuresInOrder } from './roomState';
import { MAX_PSEUDONYM_LENGTH, type NewSessionInput, type Session, createAddedFigure, createFigure, createSession } from './session';
import { MIN_SPACING_METRES, startPositions } from './placement';
import { placeFigure, releaseFigure } from './figureEdits';
import { isOnBoard } from './room';
import { degrees, epochMillis } from './units';

const NOW = epochMillis(1_750_000_000_000);
const labels = { client: 'Meg', intention: 'Intensjonen' };
const input: NewSessionInput = {
  clientPseudonym: 'K-17',
  intention: 'Eg vil sove betre',
  template: 'iopt',
  elements: ['Eg', 'vil', 'sove', 'betre'],
};

const create = (overrides: Partial<NewSessionInput> = {}) => createSession({ ...input, ...overrides }, labels, { ids: counterIds(), now: () => NOW });

describe('createSession', () => {
  it('has the client, the intention and then each element, in order', () => {
    const session = create();
    const figures = figuresInOrder(session.room);
    expect(figures.map((f) => f.kind)).toEqual(['client', 'intention', 'element', 'element', 'element', 'element']);
    expect(figures.map((f) => f.label)).toEqual(['Meg', 'Intensjonen', 'Eg', 'vil', 'sove', 'betre']);
  });

  it('takes its ids from the injected source and its time from the injected clock', () => {
    const session = create();
    expect(session.room.order).toEqual(['id-1', 'id-2', 'id-3', 'id-4', 'id-5', 'id-6']);
    expect(session.info.id).toBe('id-7');
    expect(session.info.createdAt).toBe(NOW);
  });

  it('starts a recording from its room, with no events and no figure released', () => {
    const session = create();
    expect(session.recording.initialRoom).toEqual(session.room);
    expect(session.recording.events).toEqual([]);
    expect(figuresInOrder(session.room).every((f) => !f.released)).toBe(true);
  });

  it('is deterministic for the same ids and clock', () => {
    expect(create()).toEqual(create());
  });

  it('keeps the intention exactly as typed', () => {
    const intention = '  eg VIL sove betre!!  \n(kanskje)  ';
    expect(create({ intention }).info.intention).toBe(intention);
  });

  it('cuts only an over-long intention', () => {
    const intention = 'å'.repeat(MAX_INTENTION_LENGTH + 10);
    expect(create({ intention }).info.intention).toBe('å'.repeat(MAX_INTENTION_LENGTH));
  });

  it('trims and limits the pseudonym', () => {
    expect(create({ clientPseudonym: '  K-17  ' }).info.clientPseudonym).toBe('K-17');
    expect(create({ clientPseudonym: 'p'.repeat(100) }).info.clientPseudonym).toHaveLength(MAX_PSEUDONYM_LENGTH);
  });

  it('cleans the elements and drops the empty ones, in info and in the room alike', () => {
    const session = create({ elements: ['  sove  ', '', '   ', 'sove   betre', 'x'.repeat(100)] });
    const expected = ['sove', 'sove betre', 'x'.repeat(MAX_LABEL_LENGTH)];
    expect(session.info.elements).toEqual(expected);
    expect(
      figuresInOrder(session.room)
        .slice(2)
        .map((f) => f.label),
    ).toEqual(expected);
  });

  it('has only the client and the intention without elements', () => {
    const session = create({ elements: [] });
    expect(figuresInOrder(session.room).map((f) => f.kind)).toEqual(['client', 'intention']);
    expect(session.info.id).toBe('id-3');
  });

  it('keeps the template', () => {
    expect(create({ template: 'rtt' }).info.template).toBe('rtt');
  });

  it('stands everyone at the start positions, upright, facing the way the client faces, in default colours', () => {
    const session = create();
    const figures = figuresInOrder(session.room);
    const positions = startPositions(figures.length);
    figures.forEach((figure, index) => {
      expect(figure.pose).toEqual({ ...positions[index], facing: 0, posture: 'standing' });
      expect(figure.colour).toBe(DEFAULT_COLOUR_BY_KIND[figure.kind]);
      expect(figure.size).toBe('adult');
    });
    // The client looks into the board, toward the others.
    const [me, ...others] = figures;
    const look = facingDirection(me?.pose.facing ?? degrees(0));
    for (const other of others) expect((other.pose.x - (me?.pose.x ?? 0)) * look.x + (other.pose.z - (me?.pose.z ?? 0)) * look.z).toBeGreaterThan(0);
  });

  it('stands every element of a long intention on the board', () => {
    const words = 'Jeg vil kunne være nær de jeg er glad i uten å bli redd'.split(' ');
    const session = create({ elements: words });
    for (const figure of figuresInOrder(session.room)) {
      expect(isOnBoard(figure.pose)).toBe(true);
    }
  });

  it('falls back to the kind when a standard label is blank', () => {
    const session = createSession(input, { client: '  ', intention: '' }, { ids: counterIds(), now: () => NOW });
    expect(
      figuresInOrder(session.room)
        .slice(0, 2)
        .map((f) => f.label),
    ).toEqual(['client', 'intention']);
  });
});

describe('createFigure', () => {
  it('makes a figure with a cleaned label, clamped pose and the default colour of its kind', () => {
    const figure = createFigure(counterIds('f'), 'person', '  Mor  ', { x: 9, z: -1 }, 100, 'child');
    expect(figure).toEqual({
      id: 'f-1',
      kind: 'person',
      label: 'Mor',
      colour: DEFAULT_COLOUR_BY_KIND.person,
      size: 'child',
      pose: { x: 3, z: -1, facing: 100, posture: 'standing' },
      released: false,
    });
  });
});

describe('createAddedFigure', () => {
  it('stands a hand-added figure apart from everyone, facing the back of the room', () => {
    const session = create();
    const figure = createAddedFigure(session.room, counterIds('new'), 'person', 'child', 'Bestemor');
    expect(figure).toMatchObject({ id: 'new-1', kind: 'person', size: 'child', label: 'Bestemor' });
    expect(figure.pose.facing).toBe(0);
    for (const other of figuresInOrder(session.room)) {
      expect(Math.hypot(other.pose.x - figure.pose.x, other.pose.z - figure.pose.z)).toBeGreaterThanOrEqual(MIN_SPACING_METRES);
    }
  });

  it('stands in front of the client where the client now stands, and ignores released figures', () => {
    const session = create({ elements: [] });
    const [me, intention] = session.room.order;
    if (!me || !intention) throw new Error('no figures');
    // The client has moved to the left side and turned to face right (90°).
    let room = placeFigure(session.room, me, { x: -1.2, z: 0, facing: 90 });
    room = placeFigure(room, intention, { x: 0, z: 0, facing: 0 });
    const blocked = createAddedFigure(room, counterIds('a'), 'person', 'adult', 'A');
    expect(Math.hypot(blocked.pose.x, blocked.pose.z)).toBeGreaterThanOrEqual(MIN_SPACING_METRES);
    expect(blocked.pose.x).toBeGreaterThan(-1.2);
    // Once the intention is released, its spot straight in front of the client is free again.
    const released = createAddedFigure(releaseFigure(room, intention), counterIds('b'), 'person', 'adult', 'B');
    expect(released.pose).toMatchObject({ x: 0, z: 0 });
  });
});

describe('the covert order', () => {
  it('holds every element once, drawn with the injected randomness', () => {
    const session = create();
    const elements = figuresInOrder(session.room)
      .filter((figure) => figure.kind === 'element')
      .map((figure) => figure.id);
    expect([...(session.info.covertOrder ?? [])].sort()).toEqual([...elements].sort());
    // A source that always says "the last" leaves the order as it was; one that says "the first" turns it around.
    const always = (value: number) => createSession(input, labels, { ids: counterIds(), now: () => NOW, random: () => value });
    expect(always(0.999).info.covertOrder).toEqual(['id-3', 'id-4', 'id-5', 'id-6']);
    expect(always(0).info.covertOrder).toEqual(['id-4', 'id-5', 'id-6', 'id-3']);
  });

  it('in a session started covertly, stands the elements left to right by their numbers, not by the words', () => {
    const started = (covert: boolean) =>
      createSession({ ...input, ...(covert ? { covert } : {}) }, labels, { ids: counterIds(), now: () => NOW, random: () => 0 });
    const covert = started(true);
    expect(covert.info.covert).toBe(true);
    const leftToRight = (session: Session) =>
      figuresInOrder(session.room)
        .filter((figure) => figure.kind === 'element')
        .sort((a, b) => a.pose.x - b.pose.x)
        .map((figure) => figure.id);
    // The random source turned the order round: vil, sove, betre, Eg.
    expect(leftToRight(covert)).toEqual(covert.info.covertOrder);
    expect(leftToRight(covert)).toEqual(['id-4', 'id-5', 'id-6', 'id-3']);
    // Everything else is as in an open session: the same ids, the same places in another order.
    const open = started(false);
    expect(open.info.covert).toBeUndefined();
    expect(leftToRight(open)).toEqual(['id-3', 'id-4', 'id-5', 'id-6']);
    const places = (session: Session) =>
      figuresInOrder(session.room)
        .map((figure) => `${figure.pose.x},${figure.pose.z}`)
        .sort();
    expect(places(covert)).toEqual(places(open));
  });

  it('is empty without elements', () => {
    expect(create({ elements: [] }).info.covertOrder).toEqual([]);
  });
});
