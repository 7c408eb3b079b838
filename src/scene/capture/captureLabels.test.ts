import { Group, OrthographicCamera, PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../../domain/model/ids';
import { LabelAnchors } from '../labels/labelAnchors';
import { overlaps } from '../labels/placeLabels';
import { topViewPixelsPerMetre } from '../topView';
import { captureCamera } from './captureCamera';
import { captureLabels } from './captureLabels';

function anchorsAt(places: Record<string, [number, number]>): LabelAnchors {
  const anchors = new LabelAnchors();
  for (const [id, [x, z]] of Object.entries(places)) {
    const place = new Group();
    const turn = new Group();
    place.add(turn);
    place.position.set(x, 0, z);
    place.updateMatrixWorld(true);
    anchors.set(id as FigureId, { place, turn, heightMetres: 0.95, baseRadiusMetres: 0.2 });
  }
  return anchors;
}

function roomCamera(aspect: number) {
  const camera = new PerspectiveCamera(45, aspect, 0.1, 60);
  camera.position.set(0, 5, 7);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld(true);
  return camera;
}

const view = { widthPx: 1200, heightPx: 800 };
const subject = (anchors: LabelAnchors, text: (id: FigureId) => string = (id) => id) => ({
  anchors,
  camera: captureCamera(roomCamera(1.5), view, view),
  view,
  topView: false,
  selected: null,
  text,
  measure: (words: string) => words.length * 8,
});

describe('captureLabels', () => {
  it('places a label above each figure, none over another, even when figures stand together', () => {
    const labels = captureLabels(subject(anchorsAt({ me: [0, 0], intention: [0.05, 0], other: [-1, 1] })));
    expect(labels.map((label) => label.text).sort()).toEqual(['intention', 'me', 'other']);
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a.rect, b.rect)).toBe(false);
    // One of the two close figures' labels had to stand aside, and a line shows whose it is.
    expect(labels.filter((label) => label.leaderFrom !== null)).toHaveLength(1);
  });

  it('shows no label for a figure that is gone from view or has no name', () => {
    const anchors = anchorsAt({ me: [0, 0], seenFrom: [1, 0], blank: [-1, 0] });
    anchors.get('seenFrom' as FigureId)!.place.visible = false;
    const labels = captureLabels(subject(anchors, (id) => (id === 'blank' ? '' : id)));
    expect(labels.map((label) => label.text)).toEqual(['me']);
  });
});

describe('captureCamera', () => {
  it('frames a wider picture with the same height of view, leaving the screen’s camera alone', () => {
    const screen = roomCamera(1.5);
    const copy = captureCamera(screen, view, { widthPx: 1600, heightPx: 900 });
    expect(copy).not.toBe(screen);
    expect((copy as PerspectiveCamera).aspect).toBeCloseTo(16 / 9);
    expect(screen.aspect).toBe(1.5);
    expect((copy as PerspectiveCamera).fov).toBe(45);
  });

  it('keeps the whole board in the top view at the picture’s shape', () => {
    const screen = new OrthographicCamera(-600, 600, 400, -400, 0.1, 60);
    screen.zoom = topViewPixelsPerMetre(1200, 800);
    const copy = captureCamera(screen, view, { widthPx: 640, heightPx: 640 }) as OrthographicCamera;
    expect(copy.right - copy.left).toBe(640);
    expect(copy.zoom).toBeCloseTo(topViewPixelsPerMetre(640, 640));
  });
});
