import ReactThreeTestRenderer from '@react-three/test-renderer';
import { type Material, type Mesh, MeshStandardMaterial, NoBlending, NormalBlending, Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { StoreProvider } from '../../store/StoreContext';
import { storeWithSession } from '../../../tests/unit/renderWithProviders';
import { LabelAnchors } from '../labels/labelAnchors';
import { FigureNode } from './FigureNode';
import { FIGURE_RENDER_ORDER, setFigureOpacity } from './opacity';

async function selectedFigure() {
  const { store } = storeWithSession('Ro');
  const id = store.getState().room.order[0];
  if (!id) throw new Error('no figure');
  // Selected, so its ring and turn handle fade with it too.
  store.getState().select(id);
  const renderer = await ReactThreeTestRenderer.create(
    <StoreProvider store={store}>
      <FigureNode id={id} anchors={new LabelAnchors()} />
    </StoreProvider>,
  );
  const root = renderer.scene.instance.getObjectByName('figure:Me');
  if (!root) throw new Error('no figure Me');
  return root;
}

function materialsUnder(root: Object3D): Material[] {
  const materials: Material[] = [];
  root.traverse((object) => {
    const material = (object as Mesh).material;
    if (material) materials.push(...(Array.isArray(material) ? material : [material]));
  });
  return materials;
}

function meshOf(root: Object3D, material: Material): Mesh {
  let found: Mesh | undefined;
  root.traverse((object) => {
    if ((object as Mesh).material === material) found = object as Mesh;
  });
  if (!found) throw new Error('no mesh with that material');
  return found;
}

describe('fading a figure', () => {
  it('changes opacity alone: no material becomes another shader program on the way out or back', async () => {
    const root = await selectedFigure();
    const materials = materialsUnder(root);
    expect(materials.some((material) => material instanceof MeshStandardMaterial)).toBe(true);
    const before = materials.map((material) => ({ version: material.version, transparent: material.transparent, opacity: material.opacity }));
    expect(before.every((material) => material.transparent)).toBe(true);
    for (const opacity of [0.8, 0.4, 0, 0.5, 1]) {
      setFigureOpacity(root, opacity);
      materials.forEach((material, i) => {
        expect(material.version).toBe(before[i]?.version);
        expect(material.transparent).toBe(true);
        expect(material.opacity).toBeCloseTo((before[i]?.opacity ?? 1) * opacity, 6);
      });
      expect(root.visible).toBe(opacity > 0);
    }
  });

  it("blends the figure's body only while it fades: whole, it draws as an opaque one", async () => {
    const root = await selectedFigure();
    const body = materialsUnder(root).find((material) => material instanceof MeshStandardMaterial);
    if (!body) throw new Error('no body');
    const mesh = meshOf(root, body);
    expect(body.blending).toBe(NoBlending);
    expect(mesh.renderOrder).toBe(FIGURE_RENDER_ORDER);
    setFigureOpacity(root, 0.6);
    expect(body.blending).toBe(NormalBlending);
    // Among the other transparent things again, so a trail under it shows through.
    expect(mesh.renderOrder).toBeGreaterThan(FIGURE_RENDER_ORDER);
    setFigureOpacity(root, 1);
    expect(body.blending).toBe(NoBlending);
    expect(mesh.renderOrder).toBe(FIGURE_RENDER_ORDER);
  });

  it('makes a material that was opaque transparent once, and never back', () => {
    const root = new Object3D();
    const material = new MeshStandardMaterial();
    root.add(Object.assign(new Object3D(), { material }));
    setFigureOpacity(root, 0.5);
    const version = material.version;
    expect(material.transparent).toBe(true);
    setFigureOpacity(root, 1);
    setFigureOpacity(root, 0.3);
    expect(material.version).toBe(version);
    expect(material.opacity).toBeCloseTo(0.3, 6);
  });
});
