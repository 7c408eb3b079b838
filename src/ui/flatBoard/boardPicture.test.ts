import { describe, expect, it } from 'vitest';
import { fixedNow, storeWithSession } from '../../../tests/unit/renderWithProviders';
import type { DiagramGroup, DiagramShape, DiagramShapes } from '../../diagram/diagramShapes';
import { counterIds, type FigureId } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createResonansStore } from '../../store/createStore';
import { boardPicture } from './boardPicture';

const size = { widthPx: 660, heightPx: 660, covertName: (number: number) => `Element ${number}` };

function parts(picture: DiagramShapes, part: string): DiagramGroup[] {
  const found: DiagramGroup[] = [];
  const walk = (shapes: readonly DiagramShape[]) => {
    for (const shape of shapes) {
      if (shape.kind !== 'group') continue;
      if (shape.data?.part === part) found.push(shape);
      walk(shape.children);
    }
  };
  walk(picture.children);
  return found;
}
const figure = (picture: DiagramShapes, id: FigureId) => parts(picture, 'figure').find((group) => group.data?.['figure-id'] === id);
const texts = (picture: DiagramShapes) =>
  parts(picture, 'label').flatMap((group) => group.children.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : [])));

/** A session with a moving clock: a figure walks in phase 2, another is released at 20 s. */
function recordedStore() {
  let wall = fixedNow() as number;
  const ids = counterIds('b');
  const store = createResonansStore({ ids, now: () => epochMillis(wall) });
  store
    .getState()
    .openSession(
      createSession(
        { clientPseudonym: 'Kari', intention: 'Eg vil sove', template: 'iopt', elements: ['Eg', 'vil', 'sove'] },
        { client: 'Me', intention: 'Intention' },
        { ids, now: fixedNow },
      ),
    );
  const [me, , eg, vil] = store.getState().room.order as FigureId[];
  wall += 1000;
  store.getState().goToPhase(1);
  for (const [at, x] of [
    [2000, 0.5],
    [3000, 1],
    [4000, 1.5],
  ] as const) {
    wall = fixedNow() + at;
    store.getState().placeFigure(eg!, { x, z: 0, facing: 90 });
  }
  wall = fixedNow() + 20_000;
  store.getState().releaseFigure(vil!);
  wall = fixedNow() + 30_000;
  store.getState().goToPhase(2);
  return { store, me: me!, eg: eg!, vil: vil! };
}

describe('boardPicture', () => {
  it('shows a held figure where the pointer holds it, and the selected figure with its handle while the session may change', () => {
    const { store } = storeWithSession();
    const id = store.getState().room.order[2]!;
    store.getState().select(id);
    const held = boardPicture({ state: store.getState(), held: { id, x: 1, z: -1, facing: 45 }, ...size });
    expect(figure(held, id)?.rotateDegrees).toBe(45);
    expect(figure(held, id)?.translate).toEqual({ x: 330 + 100, y: 330 - 100 });
    expect(parts(held, 'turn-grip')).toHaveLength(1);
    // A saved picture shows the room, not the board's tools.
    expect(parts(boardPicture({ state: store.getState(), forPicture: true, ...size }), 'turn-grip')).toHaveLength(0);
    store.getState().finishSession();
    expect(parts(boardPicture({ state: store.getState(), ...size }), 'turn-grip')).toHaveLength(0);
  });

  it('shows the store’s drag preview when no pointer holds the figure here', () => {
    const { store } = storeWithSession();
    const id = store.getState().room.order[0]!;
    store.getState().previewDrag(id, { x: -1, z: 0.5, facing: 270 });
    expect(figure(boardPicture({ state: store.getState(), ...size }), id)?.rotateDegrees).toBe(270);
  });

  it('names elements by number in covert mode', () => {
    const { store } = storeWithSession();
    store.getState().setCovert(true);
    const shown = texts(boardPicture({ state: store.getState(), ...size }));
    expect(shown).toContain('Element 1');
    expect(shown).not.toContain('sove');
  });

  it('in replay shows the room at the playhead, the trail walked in this phase, and a release fading', () => {
    const { store, eg, vil } = recordedStore();
    store.getState().openReplay(0);
    const at = (t: number) => boardPicture({ state: store.getState(), playheadMs: t, ...size });
    expect(figure(at(3000), eg)?.translate?.x).toBe(330 + 100);
    store.getState().setTrails(false);
    expect(parts(at(3500), 'trail')).toHaveLength(0);
    store.getState().setTrails(true);
    expect(parts(at(3500), 'trail').map((group) => group.data?.['figure-id'])).toEqual([eg]);
    // The released figure fades over a little more than a second, then is gone.
    expect(figure(at(20_000), vil)?.opacity ?? 1).toBe(1);
    const fading = figure(at(20_600), vil)?.opacity ?? 1;
    expect(fading).toBeGreaterThan(0);
    expect(fading).toBeLessThan(1);
    expect(figure(at(25_000), vil)).toBeUndefined();
    expect(parts(at(25_000), 'turn-grip')).toHaveLength(0);
  });

  it('in replay shows where everyone stood at the end of a chosen phase as pale ghosts', () => {
    const { store } = recordedStore();
    store.getState().openReplay(0);
    expect(parts(boardPicture({ state: store.getState(), playheadMs: 0, ...size }), 'ghost')).toHaveLength(0);
    store.getState().setGhostPhase(1);
    const ghosts = parts(boardPicture({ state: store.getState(), playheadMs: 0, ...size }), 'ghost');
    expect(ghosts).toHaveLength(1);
    expect(ghosts[0]!.opacity).toBeLessThan(0.5);
  });
});
