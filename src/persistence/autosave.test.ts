import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counterIds } from '../domain/model/ids';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { type ResonansStore, createResonansStore } from '../store/createStore';
import { type Autosave, startAutosave } from './autosave';
import { createMemorySessionRepository } from './memorySessionRepository';
import type { SessionRepository } from './sessionRepository';

const DELAY = 800;
const SAVED_AT = epochMillis(1_800_000_000_000);

function newSession(prefix = 's'): Session {
  return createSession(
    { clientPseudonym: prefix, intention: 'Eg vil sove betre', template: 'iopt', elements: ['Eg', 'vil', 'sove', 'betre'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds(prefix), now: () => epochMillis(1000) },
  );
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Lets pending promise callbacks run; the memory repository never uses timers. */
async function settle(): Promise<void> {
  for (let tick = 0; tick < 20; tick += 1) await Promise.resolve();
}

/** A repository whose writes wait until the test lets them finish or fail. */
function gatedRepository() {
  const inner = createMemorySessionRepository();
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const saved: Session[] = [];
  const repository: SessionRepository = {
    list: inner.list,
    load: inner.load,
    open: inner.open,
    remove: inner.remove,
    save: (session, updatedAt) =>
      new Promise<void>((resolve, reject) => {
        pending.push({
          resolve: () => {
            saved.push(session);
            void inner.save(session, updatedAt).then(resolve);
          },
          reject,
        });
      }),
  };
  const next = () => {
    const gate = pending.shift();
    if (!gate) throw new Error('no write is waiting');
    return gate;
  };
  return { repository, saved, pending, next };
}

let store: ResonansStore;
let session: Session;
let autosave: Autosave | undefined;

function firstId() {
  const id = session.room.order[0];
  if (!id) throw new Error('no figure');
  return id;
}

function start(repository: SessionRepository): Autosave {
  autosave = startAutosave(store, repository, { delayMs: DELAY, now: () => SAVED_AT, describeError });
  return autosave;
}

beforeEach(() => {
  vi.useFakeTimers();
  store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(2000) });
  session = newSession();
});

afterEach(() => {
  autosave?.stop();
  autosave = undefined;
  vi.useRealTimers();
});

describe('startAutosave', () => {
  it('takes a session just opened as saved and does not write it', async () => {
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    expect(store.getState().saveStatus).toBe('saved');
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    await settle();
    expect(repository.saves).toBe(0);
  });

  it('saves a change even when it is undone before the write, since the undo is recorded too', async () => {
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    const nudged = store.getState().room.figures[firstId()]!.pose;
    expect(store.getState().saveStatus).toBe('saving');
    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(DELAY);
    await settle();
    expect(repository.saves).toBe(1);
    expect(store.getState().saveStatus).toBe('saved');
    const stored = await repository.load(session.info.id);
    expect(stored?.room).toEqual(session.room);
    const start0 = session.room.figures[firstId()]!.pose;
    expect(stored?.recording.events).toEqual([
      { type: 'pose', t: 0, figureId: firstId(), pose: nudged, joined: false },
      { type: 'pose', t: 0, figureId: firstId(), pose: start0, joined: false },
    ]);
  });

  it('saves a change after the delay, not before', async () => {
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);

    await vi.advanceTimersByTimeAsync(DELAY - 1);
    await settle();
    expect(repository.saves).toBe(0);

    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(repository.saves).toBe(1);
    expect(store.getState().saveStatus).toBe('saved');
    const stored = await repository.load(session.info.id);
    const room = store.getState().room;
    expect(stored).toEqual({
      info: session.info,
      room,
      recording: {
        initialRoom: session.room,
        events: [{ type: 'pose', t: 0, figureId: firstId(), pose: room.figures[firstId()]!.pose, joined: false }],
      },
    });
    expect((await repository.list())[0]?.updatedAt).toBe(SAVED_AT);
  });

  it('with a long maxWaitMs, writes a burst of changes once, with the last room', async () => {
    const repository = createMemorySessionRepository();
    autosave = startAutosave(store, repository, { delayMs: DELAY, maxWaitMs: 60_000, now: () => SAVED_AT, describeError });
    store.getState().openSession(session);
    for (let step = 0; step < 10; step += 1) {
      store.getState().turnFigureBy(firstId(), 10);
      await vi.advanceTimersByTimeAsync(DELAY / 2);
    }
    expect(repository.saves).toBe(0);
    await vi.advanceTimersByTimeAsync(DELAY);
    await settle();
    expect(repository.saves).toBe(1);
    expect((await repository.load(session.info.id))?.room.figures[firstId()]?.pose.facing).toBe(100);
  });

  it('goes from saving to saved', async () => {
    const gated = gatedRepository();
    start(gated.repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    expect(store.getState().saveStatus).toBe('saving');

    await vi.advanceTimersByTimeAsync(DELAY);
    await settle();
    expect(gated.pending).toHaveLength(1);
    expect(store.getState().saveStatus).toBe('saving');

    gated.next().resolve();
    await settle();
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().saveError).toBeNull();
    expect(gated.saved[0]?.room).toBe(store.getState().room);
  });

  it('however busy the room, a change waits no longer than maxWaitMs (1000 ms by default)', async () => {
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    // A change every 100 ms: the room is never quiet for DELAY, yet it is written once a second.
    for (let step = 1; step <= 30; step += 1) {
      store.getState().turnFigureBy(firstId(), 1);
      await vi.advanceTimersByTimeAsync(100);
      await settle();
      expect(repository.saves).toBe(Math.floor((step * 100) / 1000));
    }
    expect((await repository.load(session.info.id))?.room.figures[firstId()]?.pose.facing).toBe(30);
  });

  it('saves drag samples while the drag goes on, within maxWaitMs, and the final pose once it ends', async () => {
    store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(Date.now()) });
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    for (let step = 1; step <= 20; step += 1) {
      store.getState().previewDrag(firstId(), { x: step / 10, z: 0, facing: 0 });
      await vi.advanceTimersByTimeAsync(100);
      await settle();
      if (step === 9) expect(repository.saves).toBe(0);
      if (step === 10) expect(repository.saves).toBe(1);
    }
    expect(repository.saves).toBe(2);
    const during = await repository.load(session.info.id);
    // The room itself has not changed yet: only the recording holds the drag.
    expect(during?.room).toEqual(session.room);
    const samples = during?.recording.events.filter((event) => event.type === 'pose') ?? [];
    expect(samples).toHaveLength(21);
    expect(samples[0]).toMatchObject({ joined: false, pose: session.room.figures[firstId()]!.pose });
    expect(samples.slice(1).every((event) => event.joined)).toBe(true);
    expect(samples[20]).toMatchObject({ t: 1900, pose: { x: 2, z: 0 } });

    store.getState().endDrag(true);
    await vi.advanceTimersByTimeAsync(DELAY);
    await settle();
    expect(repository.saves).toBe(3);
    const after = await repository.load(session.info.id);
    expect(after?.room.figures[firstId()]?.pose.x).toBe(2);
    expect(after?.recording.events).toHaveLength(21);
  });

  it('saves the samples of a dropped drag but not a changed room', async () => {
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    store.getState().previewDrag(firstId(), { x: 1, z: 1, facing: 0 });
    store.getState().endDrag(false);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    await settle();
    expect(repository.saves).toBe(1);
    const stored = await repository.load(session.info.id);
    expect(stored?.room).toEqual(session.room);
    expect(stored?.recording.events.slice(0, 2)).toEqual([
      { type: 'pose', t: 0, figureId: firstId(), pose: session.room.figures[firstId()]!.pose, joined: false },
      { type: 'pose', t: 0, figureId: firstId(), pose: { x: 1, z: 1, facing: 0, posture: 'standing' }, joined: true },
    ]);
  });

  it('does not write for a change of selection or view', async () => {
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    store.getState().select(firstId());
    store.getState().setViewMode('figure');
    store.getState().setViewMode('top');
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    await settle();
    expect(repository.saves).toBe(0);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('hands the repository only the count of events already written, and the whole recording so far', async () => {
    const memory = createMemorySessionRepository();
    const calls: { events: number; already: number | undefined }[] = [];
    let fail = false;
    const repository: SessionRepository = {
      ...memory,
      save: async (saved, updatedAt, already) => {
        calls.push({ events: saved.recording.events.length, already });
        if (fail) throw new Error('broken');
        await memory.save(saved, updatedAt, already);
      },
    };
    const saver = start(repository);
    // A session that already holds three recorded events.
    store.getState().openSession(session);
    store.getState().goToPhase(1);
    store.getState().goToPhase(2);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    const reopened: Session = { ...session, room: store.getState().room, recording: structuredClone(store.getState().recording!) };
    await memory.save(reopened, SAVED_AT);
    store.getState().openSession(newSession('other'));
    store.getState().openSession(reopened);
    expect(calls).toEqual([]);

    store.getState().goToPhase(3);
    await saver.flush();
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    store.getState().markArousal({ zone: 'calm' });
    await saver.flush();
    expect(calls).toEqual([
      { events: 4, already: 3 },
      { events: 6, already: 4 },
    ]);

    // A failed write is written again with the next one: the count goes back.
    fail = true;
    store.getState().goToPhase(4);
    await saver.flush();
    fail = false;
    store.getState().goToPhase(5);
    await saver.flush();
    expect(calls.slice(2)).toEqual([
      { events: 7, already: 6 },
      { events: 8, already: 6 },
    ]);
    const types = (await memory.load(session.info.id))?.recording.events.map((event) => event.type);
    expect(types).toEqual(['phase', 'phase', 'pose', 'phase', 'pose', 'arousal', 'phase', 'phase']);
  });

  it('writes nothing without a session', async () => {
    const repository = createMemorySessionRepository();
    const saver = start(repository);
    await saver.flush();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(repository.saves).toBe(0);
    expect(store.getState().saveStatus).toBe('idle');
  });

  it('reports a failing repository with its message, and the next change tries again', async () => {
    const memory = createMemorySessionRepository();
    let fail = true;
    const repository: SessionRepository = {
      ...memory,
      save: async (saved, updatedAt) => {
        if (fail) throw new Error('QuotaExceededError: the disk is full');
        await memory.save(saved, updatedAt);
      },
    };
    start(repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    await vi.advanceTimersByTimeAsync(DELAY);
    await settle();
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().saveError).toBe('QuotaExceededError: the disk is full');
    expect(await memory.load(session.info.id)).toBeUndefined();

    fail = false;
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    await vi.advanceTimersByTimeAsync(DELAY);
    await settle();
    expect(store.getState().saveStatus).toBe('saved');
    expect(store.getState().saveError).toBeNull();
    expect((await memory.load(session.info.id))?.room).toEqual(store.getState().room);
  });

  it('after a failure, flush tries again even without a new change', async () => {
    const gated = gatedRepository();
    const saver = start(gated.repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    const first = saver.flush();
    await settle();
    gated.next().reject(new Error('broken'));
    await first;
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().saveError).toBe('broken');

    const second = saver.flush();
    await settle();
    gated.next().resolve();
    await second;
    expect(store.getState().saveStatus).toBe('saved');
    expect(gated.saved[0]?.room).toBe(store.getState().room);
  });

  it('flush writes at once, without waiting for the delay', async () => {
    const repository = createMemorySessionRepository();
    const saver = start(repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    await saver.flush();
    expect(repository.saves).toBe(1);
    expect(store.getState().saveStatus).toBe('saved');

    // The pending timer was cancelled: nothing is written again.
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    await settle();
    expect(repository.saves).toBe(1);
  });

  it('flush with nothing new writes nothing', async () => {
    const repository = createMemorySessionRepository();
    const saver = start(repository);
    store.getState().openSession(session);
    await saver.flush();
    expect(repository.saves).toBe(0);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    await saver.flush();
    await saver.flush();
    expect(repository.saves).toBe(1);
  });

  it('flush writes the room as it was at the call, even if the session closes at once', async () => {
    const repository = createMemorySessionRepository();
    const saver = start(repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    const changed = store.getState().room;
    const written = saver.flush();
    // Events recorded after the call are not part of this write.
    store.getState().goToPhase(1);
    store.getState().closeSession();
    await written;
    const stored = await repository.load(session.info.id);
    expect(stored?.room).toEqual(changed);
    expect(stored?.recording.events.map((event) => event.type)).toEqual(['pose']);
  });

  it('writes in order: a change during a write is written after it, and only then is it saved', async () => {
    const gated = gatedRepository();
    const saver = start(gated.repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    const firstRoom = store.getState().room;
    void saver.flush();
    await settle();
    expect(gated.pending).toHaveLength(1);

    store.getState().nudgeFigure(firstId(), 0.5, 0);
    const secondRoom = store.getState().room;
    void saver.flush();
    await settle();
    // The second write waits for the first.
    expect(gated.pending).toHaveLength(1);

    gated.next().resolve();
    await settle();
    // The first write is done, but the room has changed since: not yet 'saved'.
    expect(store.getState().saveStatus).toBe('saving');
    gated.next().resolve();
    await settle();
    expect(store.getState().saveStatus).toBe('saved');
    expect(gated.saved.map((s) => s.room)).toEqual([firstRoom, secondRoom]);
  });

  it('stop cancels a pending write and ignores later changes', async () => {
    const repository = createMemorySessionRepository();
    const saver = start(repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    saver.stop();
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    await settle();
    expect(repository.saves).toBe(0);
  });

  it('opening another session does not write it back', async () => {
    const repository = createMemorySessionRepository();
    start(repository);
    store.getState().openSession(session);
    const other = newSession('other');
    store.getState().openSession(other);
    expect(store.getState().saveStatus).toBe('saved');
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    await settle();
    expect(repository.saves).toBe(0);
  });

  it('undo is a change like any other and is saved', async () => {
    const repository = createMemorySessionRepository();
    const saver = start(repository);
    store.getState().openSession(session);
    store.getState().nudgeFigure(firstId(), 0.5, 0);
    await saver.flush();
    store.temporal.getState().undo();
    await vi.advanceTimersByTimeAsync(DELAY);
    await settle();
    expect(repository.saves).toBe(2);
    expect((await repository.load(session.info.id))?.room).toEqual(session.room);
    expect(store.getState().saveStatus).toBe('saved');
  });
});
