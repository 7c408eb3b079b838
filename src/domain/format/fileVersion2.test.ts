import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { VERSION_1_TO_2 } from './fileVersion2';
import { FILE_MIGRATIONS, migrate } from './migrations';
import { readSessionFile, SessionFileSchema } from './sessionFile';
import { Version1FileSchema } from './version1Shape';

/** A version-1 file as Resonans 1 wrote it (shortened by hand): kept so today's Resonans is proved to read it. */
const VERSION_1_FILE = `{"format":"resonans-session","version":1,"exportedAt":1760000000000,"app":"Resonans","pseudonymised":false,
"session":{"info":{"id":"s1","createdAt":1750000000000,"clientPseudonym":"K-17","intention":"Eg vil sove betre","template":"iopt","elements":["sove"]},
"room":{"figures":{"c1":{"id":"c1","kind":"client","label":"Meg","colour":"sand","size":"adult","pose":{"x":0,"z":1,"facing":0,"posture":"standing"},"released":false},
"e1":{"id":"e1","kind":"element","label":"sove","colour":"sky","size":"adult","pose":{"x":1,"z":0,"facing":270,"posture":"standing"},"released":false}},"order":["c1","e1"]},
"recording":{"initialRoom":{"figures":{"c1":{"id":"c1","kind":"client","label":"Meg","colour":"sand","size":"adult","pose":{"x":0,"z":1,"facing":0,"posture":"standing"},"released":false}},"order":["c1"]},
"events":[{"type":"figureAdded","t":0,"figureId":"e1","appearance":{"kind":"element","label":"sove","colour":"sky","size":"adult","released":false},"pose":{"x":0.5,"z":0,"facing":270,"posture":"standing"}},
{"type":"phase","t":1000,"phase":2},{"type":"pose","t":1500,"figureId":"e1","pose":{"x":1,"z":0,"facing":270,"posture":"standing"},"joined":false},
{"type":"expression","t":2000,"figureId":"e1","kind":"sound","text":"sukk"},{"type":"statement","t":3000,"figureId":"e1","text":"Eg var trøytt"}]}}}`;

const pose = { x: 1, z: 0, facing: 90, posture: 'standing' };
const look = { kind: 'element', label: 'sove', colour: 'sky', size: 'adult', released: false };

/** A version-2 file holding everything version 2 added, ours and the other areas' (drawing, live room). */
function version2File() {
  const v1 = JSON.parse(VERSION_1_FILE) as {
    exportedAt: number;
    session: { info: object; room: { figures: Record<string, object> }; recording: { events: { type: string }[] } };
  };
  const { session } = v1;
  return {
    ...v1,
    version: 2,
    session: {
      ...session,
      info: { ...session.info, drawing: { strokes: [] } },
      room: { ...session.room, figures: { ...session.room.figures, e1: { ...session.room.figures.e1, drawn: { strokes: [0] } } } },
      recording: {
        ...session.recording,
        events: [
          ...session.recording.events,
          { type: 'figureChanged', t: 3000, figureId: 'e1', appearance: { ...look, drawn: { strokes: [0] } } },
          { type: 'resonance', t: 3100, figureId: 'e1' },
          { type: 'mover', t: 3100, figureId: 'e1', movedBy: 'resonance' },
          { type: 'pose', t: 3200, figureId: 'e1', pose, joined: false, movedBy: 'resonance' },
          { type: 'pose', t: 3300, figureId: 'e1', pose, joined: true, by: 'guest' },
          { type: 'remote', t: 3300, change: 'joined' },
          { type: 'resonance', t: 3400, figureId: null },
          { type: 'wordlessEnded', t: 3500 },
          { type: 'leavingRole', t: 3600, figureId: 'e1', text: 'Eg er meg igjen' },
          { type: 'regulation', t: 3700, kind: 'exercise', text: 'NRE' },
          { type: 'bodyTone', t: 3800, tone: 'tense' },
          { type: 'resources', t: 3900, items: ['Pust ut lenge'] },
        ],
      },
    },
  };
}

describe('file version 1 to 2', () => {
  it('reads a version-1 file as it was written', () => {
    const result = readSessionFile(VERSION_1_FILE);
    if (!result.ok || result.kind !== 'session') throw new Error(JSON.stringify(result));
    expect(result.session.info.intention).toBe('Eg vil sove betre');
    expect(result.session.recording.events.map((event) => event.type)).toEqual(['figureAdded', 'phase', 'pose', 'expression', 'statement']);
  });

  it('up: a version-1 document is a valid version-2 document apart from its number', () => {
    const doc = JSON.parse(VERSION_1_FILE) as Record<string, unknown>;
    const up = migrate(doc, 1, FILE_MIGRATIONS, 2);
    expect(up).toEqual({ ok: true, doc: { ...doc, version: 2 } });
    expect(v.safeParse(SessionFileSchema, up.ok ? up.doc : null).success).toBe(true);
  });

  it('down: a version-2 file with everything version 2 added reads as a valid version-1 file', () => {
    const doc = version2File();
    expect(v.safeParse(Version1FileSchema, doc).success).toBe(false);
    const down = migrate(doc, 2, FILE_MIGRATIONS, 1);
    if (!down.ok) throw new Error(down.problem);
    const checked = v.safeParse(Version1FileSchema, down.doc);
    expect(checked.issues?.[0]?.message).toBeUndefined();
    const events = (down.doc as { session: { recording: { events: { type: string }[] } } }).session.recording.events;
    expect(events.map((event) => event.type)).toEqual(['figureAdded', 'phase', 'pose', 'expression', 'statement', 'figureChanged', 'pose', 'pose']);
  });

  it('down then up gives back what version 1 can hold of the file, and up then down gives a version-1 file back unchanged', () => {
    const v1 = JSON.parse(VERSION_1_FILE) as Record<string, unknown>;
    const round = migrate(migrate(v1, 1, FILE_MIGRATIONS, 2).ok ? { ...v1, version: 2 } : null, 2, FILE_MIGRATIONS, 1);
    expect(round).toEqual({ ok: true, doc: v1 });
  });

  it('down takes every session of a backup, and does not change its input', () => {
    const file = version2File();
    const backup = { format: 'resonans-backup', version: 2, exportedAt: file.exportedAt, app: 'Resonans', sessions: [file.session, file.session] };
    const before = structuredClone(backup);
    const down = VERSION_1_TO_2.down(backup);
    expect(backup).toEqual(before);
    expect(v.safeParse(Version1FileSchema, { ...(down as object), version: 1 }).success).toBe(true);
  });

  it('a version-2 file with the new marks is read whole', () => {
    const doc = version2File();
    // The live room's and the drawing's fields belong to their own schemas; this file holds only ours.
    const ours = {
      ...doc,
      session: {
        ...doc.session,
        info: JSON.parse(VERSION_1_FILE).session.info as object,
        room: JSON.parse(VERSION_1_FILE).session.room as object,
        recording: {
          ...doc.session.recording,
          events: doc.session.recording.events.filter((event) => !('by' in event) && event.type !== 'remote' && !(event.type === 'figureChanged')),
        },
      },
    };
    const result = readSessionFile(JSON.stringify(ours));
    if (!result.ok || result.kind !== 'session') throw new Error(JSON.stringify(result));
    expect(result.session.recording.events.filter((event) => event.t >= 3100).map((event) => event.type)).toEqual([
      'resonance',
      'mover',
      'pose',
      'resonance',
      'wordlessEnded',
      'leavingRole',
      'regulation',
      'bodyTone',
      'resources',
    ]);
  });
});
