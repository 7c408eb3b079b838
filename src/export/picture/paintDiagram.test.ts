import { describe, expect, it } from 'vitest';
import { familyRoom } from '../../diagram/diagramFixtures';
import { diagramFrame } from '../../diagram/diagramFrame';
import type { DiagramShapes } from '../../diagram/diagramShapes';
import { DIAGRAM_FONT_FAMILY } from '../../diagram/diagramToSvg';
import { topViewDiagram } from '../../diagram/topViewDiagram';
import { paintDiagram } from './paintDiagram';
import { recordingCanvas, recordingLayers } from './recordingCanvas';

const texts = (painted: ReturnType<typeof recordingCanvas>['painted']) => painted.filter((each) => each.name === 'fillText');

describe('paintDiagram', () => {
  it('paints every name of the room at its place in the picture, in the app’s font, scaled as the caller asks', () => {
    const room = familyRoom();
    const shapes = topViewDiagram({ room, labels: (figure) => figure.label, widthPx: 640, heightPx: 480 });
    const { context, painted } = recordingCanvas();
    context.setTransform(3, 0, 0, 3, 0, 0);
    paintDiagram(context, shapes, 1920, 1440, recordingLayers().newLayer);
    const names = texts(painted).map((each) => each.text);
    // The released figure has left the picture; everyone else is named once, a long name shortened as on the board.
    expect(names.sort()).toEqual(['Father', 'Grandmother', 'I want to sleep bett…', 'Little sister', 'Me', 'Mother', 'sleep']);
    const me = texts(painted).find((each) => each.text === 'Me')!;
    expect(me.font).toBe(`600 14px ${DIAGRAM_FONT_FAMILY}`);
    expect(me.textAlign).toBe('center');
    // Near the client's figure, in the picture's pixels (three times the diagram's).
    const client = diagramFrame(640, 480).toPx(room.figures[room.order[0]!]!.pose);
    expect(Math.abs(me.points[0]!.x - 3 * client.x)).toBeLessThan(3 * 60);
    expect(Math.abs(me.points[0]!.y - 3 * client.y)).toBeLessThan(3 * 60);
    // The floor fills the whole picture first.
    expect(painted[0]).toMatchObject({
      name: 'fill',
      points: [
        { x: 0, y: 0 },
        { x: 1920, y: 1440 },
      ],
    });
  });

  it('moves and turns a group’s shapes with it', () => {
    const shapes: DiagramShapes = {
      widthPx: 100,
      heightPx: 100,
      children: [
        {
          kind: 'group',
          translate: { x: 50, y: 40 },
          rotateDegrees: 90,
          children: [
            {
              kind: 'path',
              points: [
                { x: 0, y: 0 },
                { x: 0, y: -10 },
              ],
              closed: false,
              stroke: '#123456',
              strokeWidth: 2,
            },
          ],
        },
      ],
    };
    const { context, painted } = recordingCanvas();
    paintDiagram(context, shapes, 100, 100);
    const [line] = painted;
    expect(line).toMatchObject({ name: 'stroke', style: '#123456', lineWidth: 2 });
    // Up (−y) turned a quarter clockwise on screen points right (+x).
    expect(line!.points[1]!.x).toBeCloseTo(60);
    expect(line!.points[1]!.y).toBeCloseTo(40);
  });

  it('paints a see-through group whole on a layer and lays it down once, as SVG does', () => {
    const shapes: DiagramShapes = {
      widthPx: 100,
      heightPx: 100,
      children: [
        {
          kind: 'group',
          opacity: 0.3,
          children: [
            { kind: 'circle', cx: 10, cy: 10, r: 5, fill: '#aaaaaa' },
            { kind: 'circle', cx: 12, cy: 10, r: 5, fill: '#bbbbbb', fillOpacity: 0.5 },
          ],
        },
        { kind: 'text', x: 1, y: 2, text: 'after', fontSizePx: 12, fontWeight: 600, fill: '#000000', anchor: 'start' },
      ],
    };
    const { context, painted } = recordingCanvas();
    const { newLayer, layers } = recordingLayers();
    context.setTransform(2, 0, 0, 2, 0, 0);
    paintDiagram(context, shapes, 200, 200, newLayer);
    expect(layers).toHaveLength(1);
    // On the layer the parts are opaque (but for their own fill opacity), in the picture's pixels.
    expect(layers[0]!.painted.map((each) => [each.style, each.alpha])).toEqual([
      ['#aaaaaa', 1],
      ['#bbbbbb', 0.5],
    ]);
    expect(layers[0]!.painted[0]!.points[0]).toEqual({ x: 10, y: 20 });
    // The layer goes down once at the group's opacity, unscaled; what follows is painted as before.
    expect(painted.map((each) => each.name)).toEqual(['drawImage', 'fillText']);
    expect(painted[0]).toMatchObject({ source: 'layer 1', alpha: 0.3, points: [{ x: 0, y: 0 }] });
    expect(painted[1]).toMatchObject({ text: 'after', alpha: 1, points: [{ x: 2, y: 4 }], textAlign: 'left' });
  });

  it('leaves out a group that cannot be seen and paints no fill where the shape has none', () => {
    const shapes: DiagramShapes = {
      widthPx: 10,
      heightPx: 10,
      children: [
        { kind: 'group', opacity: 0, children: [{ kind: 'circle', cx: 1, cy: 1, r: 1, fill: '#ffffff' }] },
        { kind: 'rect', x: 0, y: 0, width: 4, height: 4, stroke: '#000000', strokeOpacity: 0.5, opacity: 0.5 },
      ],
    };
    const { context, painted } = recordingCanvas();
    paintDiagram(context, shapes, 10, 10);
    expect(painted.map((each) => [each.name, each.alpha])).toEqual([['stroke', 0.25]]);
  });
});
