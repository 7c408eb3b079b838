import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type FigureId, counterIds } from '../domain/model/ids';
import { createPose } from '../domain/model/pose';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis, millis } from '../domain/model/units';
import type { RecordedEvent } from '../domain/recording/events';
import { createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import { createMemorySessionRepository } from './memorySessionRepository';
import { type SessionRepository, StoredLengthMismatch } from './sessionRepository';

/** The memory repository stands in for IndexedDB in tests, so both must keep the same rules. */
const repositories: [string, () => SessionRepository][] = [
  ['memory', () => createMemorySessionRepository()],
  [
    'IndexedDB',
    () => {
      indexedDB = new IDBFactory();
      return createIdbSessionRepository(openResonansDatabase());
    },
  ],
];

const session = (): Session =>
  createSession(
    { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('c'), now: () => epochMillis(1000) },
  );

function withMoves(base: Session, count: number): Session {
  const id = base.room.order[0] as FigureId;
  const events = Array.from({ length: count }, (_, i): RecordedEvent => ({
    type: 'pose',
    t: millis(i * 50),
    figureId: id,
    pose: createPose(i / 100, 0, 0),
    joined: i > 0,
  }));
  return { ...base, recording: { ...base.recording, events } };
}

describe.each(repositories)('the %s repository', (_name, make) => {
  it('appends at the stored length and opens with that length', async () => {
    const repository = make();
    const base = session();
    await repository.save(withMoves(base, 3), epochMillis(2000));
    await repository.save(withMoves(base, 5), epochMillis(3000), 3);
    const opened = await repository.open(base.info.id);
    expect(opened?.storedEvents).toBe(5);
    expect(opened?.damage).toBeNull();
    expect(opened?.session.recording.events).toEqual(withMoves(base, 5).recording.events);
  });

  it('refuses an offset that is not the stored length, and keeps what was stored', async () => {
    const repository = make();
    const base = session();
    await repository.save(withMoves(base, 3), epochMillis(2000));
    // Past the end would leave a hole; before it would repeat events.
    await expect(repository.save(withMoves(base, 8), epochMillis(3000), 5)).rejects.toBeInstanceOf(StoredLengthMismatch);
    await expect(repository.save(withMoves(base, 8), epochMillis(3000), 2)).rejects.toThrow(/holds 3 events, not 2/);
    expect((await repository.load(base.info.id))?.recording.events).toEqual(withMoves(base, 3).recording.events);
  });

  it('refuses an offset for a session it does not hold', async () => {
    const repository = make();
    await expect(repository.save(withMoves(session(), 4), epochMillis(3000), 2)).rejects.toBeInstanceOf(StoredLengthMismatch);
    expect(await repository.list()).toEqual([]);
  });

  it('writes the whole recording anew from offset 0, whatever was stored', async () => {
    const repository = make();
    const base = session();
    await repository.save(withMoves(base, 6), epochMillis(2000));
    await repository.save(withMoves(base, 2), epochMillis(3000), 0);
    expect((await repository.open(base.info.id))?.storedEvents).toBe(2);
  });
});
