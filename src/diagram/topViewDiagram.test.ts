import { describe, expect, it } from 'vitest';
import { placeFigure, setPosture, turnFigureTo } from '../domain/model/figureEdits';
import { figureId, type FigureId } from '../domain/model/ids';
import type { RoomState } from '../domain/model/roomState';
import { diagramFrame } from './diagramFrame';
import { familyRoom } from './diagramFixtures';
import { shownLabels } from './diagramLabels';
import { DIAGRAM_PARTS, type DiagramGroup, type DiagramShape, type DiagramShapes, type DiagramText } from './diagramShapes';
import { diagramToSvg } from './diagramToSvg';
import { topViewDiagram } from './topViewDiagram';

const SIZE = { widthPx: 800, heightPx: 600 };
const byLabel = (room: RoomState) => (label: string) => room.order.find((id) => room.figures[id]?.label === label) as FigureId;

function walk(shapes: readonly DiagramShape[], visit: (shape: DiagramShape) => void) {
  for (const shape of shapes) {
    visit(shape);
    if (shape.kind === 'group') walk(shape.children, visit);
  }
}
const groups = (diagram: DiagramShapes, part: string) => {
  const found: DiagramGroup[] = [];
  walk(diagram.children, (shape) => shape.kind === 'group' && shape.data?.part === part && found.push(shape));
  return found;
};
const figureGroup = (diagram: DiagramShapes, id: FigureId) => groups(diagram, DIAGRAM_PARTS.figure).find((group) => group.data?.['figure-id'] === id);
const texts = (diagram: DiagramShapes) => {
  const found: DiagramText[] = [];
  walk(diagram.children, (shape) => shape.kind === 'text' && found.push(shape));
  return found;
};
const plain = (room: RoomState) => topViewDiagram({ room, labels: (figure) => figure.label, ...SIZE });

describe('topViewDiagram', () => {
  it('draws every figure still in its role where it stands, turned to its facing', () => {
    const room = familyRoom();
    const id = byLabel(room);
    const diagram = plain(room);
    const frame = diagramFrame(SIZE.widthPx, SIZE.heightPx);
    for (const label of ['Me', 'Mother', 'Father', 'sleep']) {
      const figure = room.figures[id(label)]!;
      const group = figureGroup(diagram, figure.id)!;
      expect(group.translate).toEqual(frame.toPx(figure.pose));
      expect(group.rotateDegrees).toBe(figure.pose.facing);
    }
    // The client stands in front (toward the viewer, +z): lower on the picture than the intention.
    expect(figureGroup(diagram, id('Me'))!.translate!.y).toBeGreaterThan(figureGroup(diagram, id('I want to sleep better'))!.translate!.y);
  });

  it('follows a figure that moves and turns', () => {
    const room = familyRoom();
    const mother = byLabel(room)('Mother');
    const moved = turnFigureTo(placeFigure(room, mother, { x: 1, z: -1, facing: 0 }), mother, 270);
    const before = figureGroup(plain(room), mother)!;
    const after = figureGroup(plain(moved), mother)!;
    expect(after.translate!.x).toBeGreaterThan(before.translate!.x);
    expect(after.translate!.y).toBeLessThan(before.translate!.y);
    expect(after.rotateDegrees).toBe(270);
  });

  it('tells the client, the intention, elements, persons and free elements apart by their shapes', () => {
    const room = familyRoom();
    const id = byLabel(room);
    const diagram = plain(room);
    const outline = (label: string) =>
      figureGroup(diagram, id(label))!
        .children.map((shape) => (shape.kind === 'path' ? `path${shape.points.length}` : shape.kind === 'circle' ? `circle${shape.fill ?? ''}` : shape.kind))
        .join(',');
    const kinds = ['Me', 'I want to sleep better', 'sleep', 'Mother'].map(outline);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(outline('I want to sleep better')).toContain('path6');
  });

  it('shows someone who has died in a quieter colour with a band, and a released figure faint or not at all', () => {
    const room = familyRoom();
    const id = byLabel(room);
    const grandmother = figureGroup(plain(room), id('Grandmother'))!;
    const alive = figureGroup(
      plain({ ...room, figures: { ...room.figures, [id('Grandmother')]: { ...room.figures[id('Grandmother')]!, deceased: false } } }),
      id('Grandmother'),
    )!;
    expect(grandmother.children.length).toBe(alive.children.length + 1);
    const baseFill = (group: DiagramGroup) => group.children.filter((shape) => shape.kind === 'circle').map((shape) => shape.fill)[2];
    expect(baseFill(grandmother)).not.toBe(baseFill(alive));
    const released = figureGroup(plain(room), id('The trauma'))!;
    expect(released.opacity).toBeLessThan(0.5);
    const hidden = topViewDiagram({ room, labels: (figure) => figure.label, ...SIZE, released: 'hidden' });
    expect(figureGroup(hidden, id('The trauma'))).toBeUndefined();
    expect(texts(hidden).map((text) => text.text)).not.toContain('The trauma');
  });

  it("lets a figure's own opacity win over how released figures are shown, so a release can fade", () => {
    const room = familyRoom();
    const trauma = byLabel(room)('The trauma');
    const fading = topViewDiagram({ room, labels: (figure) => figure.label, ...SIZE, released: 'hidden', opacity: new Map([[trauma, 0.6]]) });
    expect(figureGroup(fading, trauma)!.opacity).toBe(0.6);
  });

  it('never lets the gaze wedge or the shadow take a pointer: only the figure itself does', () => {
    const svg = diagramToSvg(plain(familyRoom()));
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const figure = document.querySelector('[data-part="figure"]')!;
    const passive = [...figure.children].filter((child) => child.getAttribute('pointer-events') === 'none');
    expect(passive.length).toBeGreaterThanOrEqual(2);
    expect(figure.querySelector('path[pointer-events="none"]')).not.toBeNull();
  });

  it('shows a lying figure stretched out toward where it faces, its head ahead of its base', () => {
    const room = familyRoom();
    const mother = byLabel(room)('Mother');
    const lying = setPosture(room, mother, 'lying');
    const headOf = (diagram: DiagramShapes) =>
      figureGroup(diagram, mother)!
        .children.filter((shape) => shape.kind === 'circle')
        .at(-1)!;
    const standingHead = headOf(plain(room));
    const lyingHead = headOf(plain(lying));
    expect(standingHead.kind === 'circle' && standingHead.cy).toBe(0);
    expect(lyingHead.kind === 'circle' && lyingHead.cy).toBeLessThan(-20);
    expect(figureGroup(plain(lying), mother)!.children.some((shape) => shape.kind === 'rect' && shape.height > shape.width)).toBe(true);
  });

  it('labels every figure with real text that does not overlap another label', () => {
    const room = familyRoom();
    const diagram = plain(room);
    const shown = texts(diagram).map((text) => text.text);
    expect(shown).toEqual(expect.arrayContaining(['Me', 'sleep', 'Mother', 'Father', 'Little sister', 'Grandmother']));
    const boxes = groups(diagram, DIAGRAM_PARTS.label).map((group) => group.children.find((shape) => shape.kind === 'rect')!);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.kind !== 'rect' || b.kind !== 'rect') continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('cuts a long label short, unless its figure is selected', () => {
    const room = familyRoom();
    const intention = byLabel(room)('I want to sleep better');
    const long = {
      ...room,
      figures: { ...room.figures, [intention]: { ...room.figures[intention]!, label: 'I want to be able to sleep through the night again' } },
    };
    expect(texts(plain(long)).find((text) => text.text.startsWith('I want'))!.text).toMatch(/…$/);
    const selected = topViewDiagram({ room: long, labels: (figure) => figure.label, ...SIZE, selectedId: intention });
    expect(texts(selected).map((text) => text.text)).toContain('I want to be able to sleep through the night again');
  });

  it('in covert mode names elements by their number and never by their words', () => {
    const room = familyRoom();
    const sleep = byLabel(room)('sleep');
    const labels = shownLabels({ room, covert: true, session: { id: 's', covertOrder: [sleep] }, covertName: (number) => `Element ${number}` });
    const svg = diagramToSvg(topViewDiagram({ room, labels, ...SIZE }));
    expect(svg).toContain('Element 1');
    expect(svg).not.toMatch(/>sleep</);
    expect(svg).toContain('>Mother<');
  });

  it('draws the trail a figure walked, under the figures, in its colour', () => {
    const room = familyRoom();
    const father = byLabel(room)('Father');
    const trails = new Map([
      [
        father,
        [
          { x: 0, z: 0 },
          { x: 0.5, z: 0.2 },
          { x: 1.3, z: 0.7 },
        ],
      ],
    ]);
    const diagram = topViewDiagram({ room, labels: (figure) => figure.label, ...SIZE, trails });
    const trail = groups(diagram, DIAGRAM_PARTS.trail);
    expect(trail).toHaveLength(1);
    const path = trail[0]!.children[0]!;
    expect(path.kind === 'path' && path.points.length).toBe(3);
    const order = diagram.children.map((shape) => (shape.kind === 'group' ? shape.data?.part : undefined));
    expect(order.indexOf(DIAGRAM_PARTS.trail)).toBeLessThan(order.indexOf(DIAGRAM_PARTS.figure));
  });

  it('shows the turn handle only when asked, for the selected figure, above every figure', () => {
    const room = familyRoom();
    const mother = byLabel(room)('Mother');
    expect(groups(topViewDiagram({ room, labels: (figure) => figure.label, ...SIZE, selectedId: mother }), DIAGRAM_PARTS.turnGrip)).toHaveLength(0);
    const editing = topViewDiagram({ room, labels: (figure) => figure.label, ...SIZE, selectedId: mother, turnHandle: true });
    const handle = groups(editing, DIAGRAM_PARTS.turnGrip);
    expect(handle.map((group) => group.data?.['figure-id'])).toEqual([mother]);
    const parts = editing.children.map((shape) => (shape.kind === 'group' ? shape.data?.part : undefined));
    expect(parts.indexOf(DIAGRAM_PARTS.turnGrip)).toBeGreaterThan(parts.lastIndexOf(DIAGRAM_PARTS.figure));
  });

  it('gives the same picture for the same room, and a different one when anything moves', () => {
    const room = familyRoom();
    expect(diagramToSvg(plain(room))).toBe(diagramToSvg(plain(familyRoom())));
    const moved = placeFigure(room, byLabel(room)('Me'), { x: 0.1, z: 1.2, facing: 0 });
    expect(diagramToSvg(plain(moved))).not.toBe(diagramToSvg(plain(room)));
  });

  it('draws an empty room as the board and its edge', () => {
    const diagram = plain({ figures: {}, order: [] });
    expect(groups(diagram, DIAGRAM_PARTS.board)).toHaveLength(1);
    expect(groups(diagram, DIAGRAM_PARTS.figure)).toHaveLength(0);
    expect(figureGroup(diagram, figureId('nobody'))).toBeUndefined();
  });
});
