import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOUR_BY_KIND, MAX_LABEL_LENGTH } from './figure';
import { counterIds } from './ids';
import { MAX_INTENTION_LENGTH } from './intentionWords';
import { facingDirection } from './pose';
import { figuresInOrder } from './roomState';
import { MAX_PSEUDONYM_LENGTH, type NewSessionInput, createAddedFigure, createFigure, createSession } from './session';
import { startRowPositions } from './startRow';
import { epochMillis } from './units';

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

  it('stands everyone in the start row, upright, facing into the board, in default colours', () => {
    const session = create();
    const figures = figuresInOrder(session.room);
    const positions = startRowPositions(figures.length);
    figures.forEach((figure, index) => {
      expect(figure.pose).toEqual({ ...positions[index], facing: 0, posture: 'standing' });
      expect(figure.colour).toBe(DEFAULT_COLOUR_BY_KIND[figure.kind]);
      expect(figure.size).toBe('adult');
      const look = facingDirection(figure.pose.facing);
      expect(look.x * -figure.pose.x + look.z * -figure.pose.z).toBeGreaterThan(0);
    });
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
      expect(Math.hypot(other.pose.x - figure.pose.x, other.pose.z - figure.pose.z)).toBeGreaterThanOrEqual(0.5);
    }
  });
});
