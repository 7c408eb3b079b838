import { describe, expect, it } from 'vitest';
import { counterIds, sessionId } from '../domain/model/ids';
import { type Session, createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { createMemorySessionRepository } from './memorySessionRepository';
import { newestFirst, summarise } from './sessionRepository';

function newSession(prefix: string, createdAt: number): Session {
  return createSession(
    { clientPseudonym: prefix, intention: 'Eg vil sove betre', template: 'rtt', elements: ['sove'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds(prefix), now: () => epochMillis(createdAt) },
  );
}

describe('the memory session repository', () => {
  it('saves, counts writes and loads an equal copy, not the same object', async () => {
    const repository = createMemorySessionRepository();
    const session = newSession('a', 1000);
    await repository.save(session, epochMillis(1500));
    expect(repository.saves).toBe(1);
    const loaded = await repository.load(session.info.id);
    expect(loaded).toEqual(session);
    expect(loaded).not.toBe(session);
    expect(loaded?.room).not.toBe(session.room);
  });

  it('keeps what was saved even if the caller later changes its object', async () => {
    const repository = createMemorySessionRepository();
    const session = newSession('a', 1000);
    const copy = structuredClone(session);
    await repository.save(copy, epochMillis(1500));
    (copy.info as { intention: string }).intention = 'changed';
    expect((await repository.load(session.info.id))?.info.intention).toBe('Eg vil sove betre');
  });

  it('lists newest first and removes', async () => {
    const repository = createMemorySessionRepository();
    const a = newSession('a', 1000);
    const b = newSession('b', 3000);
    await repository.save(a, epochMillis(4000));
    await repository.save(b, epochMillis(3000));
    expect(await repository.list()).toEqual([summarise(b, epochMillis(3000)), summarise(a, epochMillis(4000))]);
    await repository.remove(b.info.id);
    expect((await repository.list()).map((s) => s.id)).toEqual([a.info.id]);
    expect(await repository.load(b.info.id)).toBeUndefined();
    expect(await repository.load(sessionId('never'))).toBeUndefined();
  });
});

describe('newestFirst', () => {
  it('orders by creation, then by last change', () => {
    const a = summarise(newSession('a', 1000), epochMillis(9000));
    const b = summarise(newSession('b', 2000), epochMillis(2000));
    const c = summarise(newSession('c', 2000), epochMillis(2500));
    expect([a, b, c].sort(newestFirst).map((s) => s.id)).toEqual([c.id, b.id, a.id]);
  });
});
