import { describe, expect, it } from 'vitest';
import { counterIds } from '../model/ids';
import { createSession } from '../model/session';
import { epochMillis } from '../model/units';
import { EXPORTED, open, read } from '../format/sessionFileFixtures';
import { sessionFileText } from '../format/sessionFile';
import { KEEP_NOTHING, type SupervisionKeep, supervisionCopy } from '../format/supervisionCopy';
import type { Drawing } from './drawing';

const drawing: Drawing = {
  widthPx: 300,
  heightPx: 200,
  strokes: [
    {
      id: 's1',
      colour: 'plum',
      widthPx: 6,
      points: [
        [5, 5, 0, 0.4],
        [50, 60, 20, 0.6],
      ],
    },
  ],
};

function drawnAndMoved() {
  const created = createSession(
    { clientPseudonym: 'Kari', intention: '', template: 'iopt', elements: [], drawing, drawnElements: [{ label: 'Huset', strokeIds: ['s1'] }] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('s'), now: () => epochMillis(Date.UTC(2026, 10, 17)) },
  );
  const { store, advance, snapshot } = open(created);
  const drawnId = created.room.order[2]!;
  advance(1000);
  store.getState().renameFigure(drawnId, 'Hjemme');
  return snapshot();
}

const copyWith = (keep: SupervisionKeep) =>
  supervisionCopy(drawnAndMoved(), {
    keep,
    dating: 'session-number',
    names: { pseudonym: 'P', maskedIntention: '-', role: (kind, n) => `${kind} ${n}` },
    ids: counterIds('c'),
  });

describe('the drawing in a supervision copy', () => {
  it('leaves the drawing and every stroke reference out unless the therapist keeps it', () => {
    const copy = copyWith(KEEP_NOTHING);
    const text = JSON.stringify(copy);
    expect(copy.info.drawing).toBeUndefined();
    expect(text).not.toContain('"drawn"');
    expect(text).not.toContain('plum');
    // Still a sound session file.
    expect(read(sessionFileText(copy, EXPORTED)).session.info.drawing).toBeUndefined();
  });

  it('keeps the drawing as drawn, and each element its strokes in room and recording, when chosen', () => {
    const copy = copyWith({ ...KEEP_NOTHING, drawing: true });
    expect(copy.info.drawing).toEqual(drawing);
    const element = Object.values(copy.room.figures).find((figure) => figure.kind === 'element');
    expect(element?.drawn).toEqual(['s1']);
    // The word the client gave follows the element labels' choice, not the drawing's.
    expect(element?.label).toBe('element 1');
    const changed = copy.recording.events.find((event) => event.type === 'figureChanged');
    expect(changed?.type === 'figureChanged' && changed.appearance.drawn).toEqual(['s1']);
    expect(read(sessionFileText(copy, EXPORTED)).session.info.drawing).toEqual(drawing);
  });
});
