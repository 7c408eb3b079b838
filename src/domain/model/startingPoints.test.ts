import { describe, expect, it } from 'vitest';
import { counterIds } from './ids';
import { isReleasePhase, PHASE_TEMPLATE_IDS, PHASE_TEMPLATES, startsFromIntention } from './phaseTemplate';
import { MIN_SPACING_METRES } from './placement';
import { figuresInOrder } from './roomState';
import { createSession, type NewSessionInput } from './session';
import { MAX_PEOPLE_AT_START, type PersonToPlace, withoutPerson, withPerson } from './systemPeople';
import { epochMillis } from './units';

/** Each method starts from its own point (DOMAIN.md): the intention's words, a theme, or the people of the system. */

const labels = { client: 'Meg', intention: 'Intensjonen' };
const create = (input: Partial<NewSessionInput>) =>
  createSession({ clientPseudonym: 'K', intention: '', template: 'iopt', elements: [], ...input }, labels, {
    ids: counterIds(),
    now: () => epochMillis(1_750_000_000_000),
  });

const FAMILY: readonly PersonToPlace[] = [
  { role: 'Mor', size: 'adult', deceased: false },
  { role: 'Far', size: 'adult', deceased: false },
  { role: 'Søster', size: 'child', deceased: false },
  { role: 'Dødfødt bror', size: 'baby', deceased: true },
  { role: 'Bestemor', size: 'adult', deceased: true },
];

describe('what a session starts from', () => {
  it('needs the intention only in IoPT and free sessions', () => {
    expect(PHASE_TEMPLATE_IDS.filter(startsFromIntention)).toEqual(['iopt', 'free']);
  });

  it('gives an RTT session only the client to begin with, keeping its theme as written', () => {
    const session = create({ template: 'rtt', intention: 'Uro når noen står bak meg' });
    expect(figuresInOrder(session.room).map((figure) => figure.kind)).toEqual(['client']);
    expect(session.info.intention).toBe('Uro når noen står bak meg');
    expect(session.info.elements).toEqual([]);
  });

  it('starts an RTT session without any theme at all', () => {
    const session = create({ template: 'rtt' });
    expect(figuresInOrder(session.room).map((figure) => figure.label)).toEqual(['Meg']);
    expect(session.recording.events).toEqual([]);
  });

  it('gives a family constellation the client and then each person of the system, with role, size and death as named', () => {
    const session = create({ template: 'family', persons: FAMILY });
    const figures = figuresInOrder(session.room);
    expect(figures.map((figure) => [figure.kind, figure.label, figure.size, figure.deceased ?? false])).toEqual([
      ['client', 'Meg', 'adult', false],
      ['person', 'Mor', 'adult', false],
      ['person', 'Far', 'adult', false],
      ['person', 'Søster', 'child', false],
      ['person', 'Dødfødt bror', 'baby', true],
      ['person', 'Bestemor', 'adult', true],
    ]);
    // Standing apart, each facing into the board, for the client to place.
    for (const [index, figure] of figures.entries()) {
      expect(figure.pose.facing).toBe(0);
      for (const other of figures.slice(0, index)) {
        expect(Math.hypot(figure.pose.x - other.pose.x, figure.pose.z - other.pose.z)).toBeGreaterThanOrEqual(MIN_SPACING_METRES - 1e-9);
      }
    }
    // The recording starts from the same room, so replay begins with the people as named.
    expect(session.recording.initialRoom).toEqual(session.room);
  });

  it('keeps the intention figure and its words in an IoPT session', () => {
    const session = create({ intention: 'Eg vil sove', elements: ['Eg', 'sove'] });
    expect(figuresInOrder(session.room).map((figure) => figure.kind)).toEqual(['client', 'intention', 'element', 'element']);
  });
});

describe('the step in which figures are released from their roles', () => {
  it('is the rounding off in IoPT and the end picture in a family constellation, and no step of RTT', () => {
    const releasing = PHASE_TEMPLATE_IDS.flatMap((template) =>
      (PHASE_TEMPLATES[template] as readonly string[]).flatMap((phase, index) => (isReleasePhase(template, index) ? [`${template}.${phase}`] : [])),
    );
    expect(releasing).toEqual(['iopt.roundingOff', 'family.endPicture']);
    expect(isReleasePhase('family', 99)).toBe(false);
  });
});

describe('naming the people of the system', () => {
  const unnamed = (number: number) => `Person ${number}`;

  it('adds a person at the end with the role cleaned of extra white space', () => {
    const people = withPerson([], { role: '  Mor   til  klienten ', size: 'adult', deceased: false }, unnamed);
    expect(withPerson(people, { role: 'Far', size: 'adult', deceased: true }, unnamed)).toEqual([
      { role: 'Mor til klienten', size: 'adult', deceased: false },
      { role: 'Far', size: 'adult', deceased: true },
    ]);
  });

  it('numbers a person left without a role, so no figure is nameless', () => {
    const people = withPerson(FAMILY, { role: '   ', size: 'baby', deceased: false }, unnamed);
    expect(people.at(-1)).toEqual({ role: 'Person 6', size: 'baby', deceased: false });
  });

  it('stops at the limit and leaves the list as it was', () => {
    const full = Array.from({ length: MAX_PEOPLE_AT_START }, (_, i) => ({ role: `P${i}`, size: 'adult' as const, deceased: false }));
    expect(withPerson(full, { role: 'One more', size: 'adult', deceased: false }, unnamed)).toEqual(full);
  });

  it('removes exactly the person at an index, even when two share a role', () => {
    const twins = withPerson(
      withPerson(FAMILY, { role: 'Tvilling', size: 'child', deceased: false }, unnamed),
      { role: 'Tvilling', size: 'baby', deceased: false },
      unnamed,
    );
    const left = withoutPerson(twins, 5);
    expect(left.map((person) => `${person.role}:${person.size}`).slice(-1)).toEqual(['Tvilling:baby']);
    expect(left).toHaveLength(FAMILY.length + 1);
    expect(withoutPerson(FAMILY, 99)).toEqual(FAMILY);
  });
});
