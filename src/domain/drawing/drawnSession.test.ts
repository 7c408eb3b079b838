import { describe, expect, it } from 'vitest';
import { counterIds } from '../model/ids';
import { createSession, type NewSessionInput } from '../model/session';
import { epochMillis } from '../model/units';
import * as v from 'valibot';
import { FILE_MIGRATIONS, migrate } from '../format/migrations';
import { backupFileText, readSessionFile, sessionFileText } from '../format/sessionFile';
import { Version1FileSchema } from '../format/version1Shape';
import { EXPORTED, open, problemOf, read } from '../format/sessionFileFixtures';
import { indexRecording } from '../replay/recordingIndex';
import { stateAt } from '../replay/stateAt';
import { MAX_POINTS_PER_STROKE, MAX_STROKES, type Drawing, type Stroke } from './drawing';
import { keptElements } from './drawnElements';

const stroke = (id: string, x: number, pressure = 0.5): Stroke => ({
  id,
  colour: 'clay',
  widthPx: 6,
  points: [
    [x, 10, 0, pressure],
    [x + 20, 30, 16, pressure],
    [x + 40, 12, 33, pressure],
  ],
});
const drawing: Drawing = { widthPx: 640, heightPx: 400, strokes: [stroke('s1', 10, 0.31), stroke('s2', 200), stroke('s3', 400)] };

function drawnSession(extra: Partial<NewSessionInput> = {}) {
  return createSession(
    {
      clientPseudonym: 'K',
      intention: 'Jeg vil',
      template: 'iopt',
      elements: ['Jeg'],
      drawing,
      drawnElements: [
        { label: 'Huset', strokeIds: ['s1', 's2'] },
        { label: 'Tegning 2', strokeIds: ['s3'] },
      ],
      ...extra,
    },
    { client: 'Meg', intention: 'Intensjon' },
    { ids: counterIds('d'), now: () => epochMillis(1_750_000_000_000) },
  );
}

describe('a session started from a drawing', () => {
  it('makes each drawn element a figure after the words, naming its strokes, and keeps the drawing exactly', () => {
    const session = drawnSession();
    const elements = session.room.order.map((id) => session.room.figures[id]!).filter((figure) => figure.kind === 'element');
    expect(elements.map((figure) => [figure.label, figure.drawn])).toEqual([
      ['Jeg', undefined],
      ['Huset', ['s1', 's2']],
      ['Tegning 2', ['s3']],
    ]);
    expect(session.info.elements).toEqual(['Jeg', 'Huset', 'Tegning 2']);
    expect(session.info.drawing).toEqual(drawing);
    // The drawn figures stand on the board like word elements, each at its own place.
    expect(new Set(elements.map((figure) => `${figure.pose.x},${figure.pose.z}`)).size).toBe(3);
  });

  it('keeps no drawing when nothing was drawn, and no element without strokes', () => {
    const session = drawnSession({ drawing: { widthPx: 10, heightPx: 10, strokes: [] }, drawnElements: [{ label: 'x', strokeIds: [] }] });
    expect(session.info.drawing).toBeUndefined();
    expect(session.room.order).toHaveLength(3);
  });

  it('drops strokes undone after an element took them', () => {
    const fewer = { ...drawing, strokes: drawing.strokes.slice(0, 2) };
    expect(
      keptElements({
        drawing: fewer,
        elements: [
          { label: 'a', strokeIds: ['s2', 's3'] },
          { label: 'b', strokeIds: ['s3'] },
        ],
      }),
    ).toEqual([{ label: 'a', strokeIds: ['s2'] }]);
  });

  it('travels through a session file and a backup unchanged, pressure and times included', () => {
    const session = drawnSession();
    const back = read(sessionFileText(session, EXPORTED)).session;
    expect(back.info.drawing).toEqual(drawing);
    expect(back.room).toEqual(session.room);
    const backup = readSessionFile(backupFileText([session], EXPORTED));
    if (!backup.ok || backup.kind !== 'backup') throw new Error('backup not read');
    expect(backup.sessions[0]?.info.drawing).toEqual(drawing);
  });

  it('goes down to file version 1 without the drawing or any stroke reference, as version 1 reads it', () => {
    const { store, advance, snapshot } = open(drawnSession());
    advance(1000);
    store.getState().renameFigure(snapshot().room.order[3]!, 'Hjem');
    const doc = JSON.parse(sessionFileText(snapshot(), EXPORTED)) as { version: number };
    const down = migrate(doc, doc.version, FILE_MIGRATIONS, 1);
    if (!down.ok) throw new Error(down.problem);
    expect(v.safeParse(Version1FileSchema, down.doc).success).toBe(true);
    expect(JSON.stringify(down.doc)).not.toMatch(/"drawing"|"drawn"/);
  });

  it('shows the drawn strokes on the figures in replay, from the recording', () => {
    const { store, advance, snapshot } = open(drawnSession());
    const drawnId = snapshot().room.order[3]!;
    advance(2000);
    store.getState().nudgeFigure(drawnId, 0.5, 0);
    const recording = read(sessionFileText(snapshot(), EXPORTED)).session.recording;
    const replayed = stateAt(indexRecording(recording), 10_000).room.figures[drawnId];
    expect(replayed?.drawn).toEqual(['s1', 's2']);
  });

  it('refuses a drawing past its bounds or with a doubled stroke id, naming the field', () => {
    const doc = (change: (drawingDoc: Record<string, unknown>) => void) => {
      const json = JSON.parse(sessionFileText(drawnSession(), EXPORTED)) as { session: { info: { drawing: Record<string, unknown> } } };
      change(json.session.info.drawing);
      return JSON.stringify(json);
    };
    const many = Array.from({ length: MAX_STROKES + 1 }, (_, i) => stroke(`s${i}`, 1));
    expect(problemOf(doc((d) => (d.strokes = many))).detail).toContain('drawing.strokes');
    const long = { ...stroke('s1', 1), points: Array.from({ length: MAX_POINTS_PER_STROKE + 1 }, () => [1, 1, 0, 0.5]) };
    expect(problemOf(doc((d) => (d.strokes = [long]))).detail).toContain('drawing.strokes.0.points');
    expect(problemOf(doc((d) => (d.strokes = [stroke('s1', 1), stroke('s1', 2)]))).detail).toContain('two strokes share an id');
    expect(problemOf(doc((d) => (d.strokes = [{ ...stroke('s1', 1), points: [[1, 1, 0, 2]] }]))).detail).toContain('drawing.strokes.0.points.0');
  });
});
