import ReactThreeTestRenderer from '@react-three/test-renderer';
import { describe, expect, it } from 'vitest';
import type { Object3D } from 'three';
import { counterIds, type FigureId } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createResonansStore, type ResonansStore } from '../../store/createStore';
import { StoreProvider } from '../../store/StoreContext';
import { LabelAnchors } from '../labels/labelAnchors';
import { FigureNode } from './FigureNode';

function opened(readOnly = false): { store: ResonansStore; id: FigureId } {
  const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });
  const session = createSession(
    { clientPseudonym: 'K', intention: 'Ro', template: 'iopt', elements: ['Ro'] },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('s'), now: () => epochMillis(1000), random: () => 0.5 },
  );
  store.getState().openSession(session, { readOnly });
  const id = session.room.order[0];
  if (!id) throw new Error('no figure');
  return { store, id };
}

async function editingMarks(store: ResonansStore, id: FigureId): Promise<{ grip: boolean; knobKnown: boolean; knobForgotten: boolean }> {
  const anchors = new LabelAnchors();
  const renderer = await ReactThreeTestRenderer.create(
    <StoreProvider store={store}>
      <FigureNode id={id} anchors={anchors} />
    </StoreProvider>,
  );
  let grip = false;
  renderer.scene.instance.traverse((object: Object3D) => {
    if (object.userData.turnGrip === true) grip = true;
  });
  const knobKnown = anchors.turnGrip !== null;
  await renderer.unmount();
  return { grip, knobKnown, knobForgotten: anchors.turnGrip === null };
}

describe('FigureNode', () => {
  it('shows the turn handle of the selected figure while the session may change', async () => {
    const { store, id } = opened();
    store.getState().select(id);
    // The labels know where the knob is, to keep clear of it, until the handle goes.
    expect(await editingMarks(store, id)).toEqual({ grip: true, knobKnown: true, knobForgotten: true });
  });

  it('shows no turn handle in replay, even for a figure still selected', async () => {
    const { store, id } = opened();
    store.getState().openReplay();
    store.setState({ selectedFigureId: id });
    expect((await editingMarks(store, id)).grip).toBe(false);
  });

  it('shows no turn handle in a session open read-only', async () => {
    const { store, id } = opened(true);
    store.getState().select(id);
    expect((await editingMarks(store, id)).grip).toBe(false);
  });
});
