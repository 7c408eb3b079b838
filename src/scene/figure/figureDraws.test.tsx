import ReactThreeTestRenderer from '@react-three/test-renderer';
import { describe, expect, it } from 'vitest';
import { Color, Mesh, MeshStandardMaterial, type Object3D, Raycaster, Vector3 } from 'three';
import type { FigureKind } from '../../domain/model/figure';
import { StoreProvider } from '../../store/StoreContext';
import { storeWithSession } from '../../../tests/unit/renderWithProviders';
import { LabelAnchors } from '../labels/labelAnchors';
import { buildFigureGeometry } from './figureGeometry';
import { FigureNode } from './FigureNode';

function roomWithEveryKind() {
  const { store } = storeWithSession('Ro');
  const person = store.getState().addFigure('person', 'child', 'Bror');
  const free = store.getState().addFigure('free', 'adult', 'Angst');
  if (!person || !free) throw new Error('figures not added');
  store.getState().setDeceased(person, true);
  store.getState().setPosture(free, 'lying');
  // The selected figure's ring and turn handle are counted apart: one figure at a time has them.
  store.getState().select(null);
  return store;
}

const meshesUnder = (root: Object3D) => {
  const meshes: Mesh[] = [];
  root.traverse((object) => {
    if ((object as Mesh).isMesh) meshes.push(object as Mesh);
  });
  return meshes;
};

describe('a figure in the room', () => {
  it('is drawn with at most three meshes, whatever its kind, size, posture or mark', async () => {
    const store = roomWithEveryKind();
    const anchors = new LabelAnchors();
    const renderer = await ReactThreeTestRenderer.create(
      <StoreProvider store={store}>
        {store.getState().room.order.map((id) => (
          <FigureNode key={id} id={id} anchors={anchors} />
        ))}
      </StoreProvider>,
    );
    const kinds = new Set<FigureKind>();
    for (const id of store.getState().room.order) {
      const figure = store.getState().room.figures[id];
      if (!figure) throw new Error('no figure');
      kinds.add(figure.kind);
      const root = renderer.scene.instance.getObjectByName(`figure:${figure.label}`);
      if (!root) throw new Error(`no figure named ${figure.label}`);
      const meshes = meshesUnder(root);
      expect(meshes.length, figure.label).toBeGreaterThan(0);
      expect(meshes.length, figure.label).toBeLessThanOrEqual(3);
    }
    expect([...kinds].sort()).toEqual(['client', 'element', 'free', 'intention', 'person']);
    await renderer.unmount();
  });
});

describe('buildFigureGeometry', () => {
  const look = { kind: 'person', posture: 'standing', colour: '#3366aa', deceased: false } as const;

  it('carries the figure colour, the skin-free head and the ink of nose and notch in one geometry', () => {
    const geometry = buildFigureGeometry(look);
    const colours = geometry.getAttribute('color');
    const seen = new Set<string>();
    for (let i = 0; i < colours.count; i += 1) seen.add(new Color(colours.getX(i), colours.getY(i), colours.getZ(i)).getHexString());
    expect(seen).toEqual(new Set(['3366aa', '4a4038']));
    expect(geometry.getAttribute('normal').count).toBe(colours.count);
  });

  it('adds the band of someone who has died, and lays a lying body down', () => {
    const standing = buildFigureGeometry(look);
    const deceased = buildFigureGeometry({ ...look, deceased: true });
    expect(deceased.getAttribute('position').count).toBeGreaterThan(standing.getAttribute('position').count);
    const lying = buildFigureGeometry({ ...look, posture: 'lying' });
    standing.computeBoundingBox();
    lying.computeBoundingBox();
    expect(lying.boundingBox!.max.y).toBeLessThan(standing.boundingBox!.max.y * 0.6);
  });

  it('is hit by a ray from above, so a pointer on the figure grabs it', () => {
    const mesh = new Mesh(buildFigureGeometry(look), new MeshStandardMaterial());
    const down = new Vector3(0, -1, 0);
    const onHead = new Raycaster(new Vector3(0, 3, 0), down).intersectObject(mesh);
    expect(onHead[0]?.point.y).toBeCloseTo(0.91, 2);
    const beside = new Raycaster(new Vector3(0.5, 3, 0), down).intersectObject(mesh);
    expect(beside).toEqual([]);
  });
});
