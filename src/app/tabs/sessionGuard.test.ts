import { afterEach, describe, expect, it, vi } from 'vitest';
import { counterIds, sessionId } from '../../domain/model/ids';
import { createSession, renameSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { lockSession, sessionLockName } from '../sessionLock';
import { createSessionGuard, guardedRepository, SessionOpenElsewhere } from './sessionGuard';
import { fakeLockManager } from './tabFakes';

const REFUSAL = 'This session is open in another tab.';

const session = () =>
  createSession(
    { clientPseudonym: 'Kari', intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('s'), now: () => epochMillis(1000) },
  );

afterEach(() => vi.unstubAllGlobals());

describe('the guard on library actions', () => {
  it('refuses to touch a session while the tab that opened it holds its lock (the lock the session route takes)', async () => {
    const locks = fakeLockManager();
    vi.stubGlobal('navigator', { ...navigator, locks });
    const id = sessionId('open-elsewhere');
    const editing = await lockSession(id);
    expect(editing.held).toBe(true);

    const guard = createSessionGuard(locks, () => REFUSAL);
    const work = vi.fn(() => Promise.resolve('done'));
    const refused = guard.whileClosed(id, work);
    await expect(refused).rejects.toThrow(SessionOpenElsewhere);
    await expect(refused).rejects.toThrow(REFUSAL);
    expect(work).not.toHaveBeenCalled();

    editing.release();
    await vi.waitFor(() => expect(locks.held.has(sessionLockName(id))).toBe(false));
    await expect(guard.whileClosed(id, work)).resolves.toBe('done');
  });

  it('holds the lock while it works, so no tab can open the session halfway through', async () => {
    const locks = fakeLockManager();
    vi.stubGlobal('navigator', { ...navigator, locks });
    const id = sessionId('a');
    const guard = createSessionGuard(locks, () => REFUSAL);
    let openedMeanwhile: boolean | null = null;
    await guard.whileClosed(id, async () => {
      const other = await lockSession(id);
      openedMeanwhile = other.held;
      other.release();
    });
    expect(openedMeanwhile).toBe(false);
    expect(locks.held.size).toBe(0);
  });

  it('lets go of the lock when the work fails', async () => {
    const locks = fakeLockManager();
    const guard = createSessionGuard(locks, () => REFUSAL);
    const id = sessionId('a');
    await expect(guard.whileClosed(id, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(locks.held.size).toBe(0);
    await expect(guard.whileClosed(id, () => Promise.resolve(1))).resolves.toBe(1);
  });

  it('runs a nested action for the same session inside the outer hold', async () => {
    const locks = fakeLockManager();
    const guard = createSessionGuard(locks, () => REFUSAL);
    const id = sessionId('a');
    await expect(guard.whileClosed(id, () => guard.whileClosed(id, () => Promise.resolve('inner')))).resolves.toBe('inner');
  });

  it('goes ahead in a browser without Web Locks', async () => {
    const guard = createSessionGuard(undefined, () => REFUSAL);
    await expect(guard.whileClosed(sessionId('a'), () => Promise.resolve('done'))).resolves.toBe('done');
  });
});

describe('the library’s repository', () => {
  it('neither saves over nor removes a session open in another tab, and leaves it as it was', async () => {
    const locks = fakeLockManager();
    const memory = createMemorySessionRepository();
    const kept = session();
    await memory.save(kept, epochMillis(2000));
    const repository = guardedRepository(
      memory,
      createSessionGuard(locks, () => REFUSAL),
    );

    let release: () => void = () => undefined;
    const editing = locks.request(sessionLockName(kept.info.id), { ifAvailable: true }, () => new Promise<void>((resolve) => (release = resolve)));
    await expect(repository.save(renameSession(kept, 'Someone else'), epochMillis(3000))).rejects.toThrow(SessionOpenElsewhere);
    await expect(repository.remove(kept.info.id)).rejects.toThrow(SessionOpenElsewhere);
    expect(await memory.load(kept.info.id)).toEqual(kept);

    release();
    await editing;
    await repository.save(renameSession(kept, 'Someone else'), epochMillis(3000));
    expect((await memory.load(kept.info.id))?.info.clientPseudonym).toBe('Someone else');
    await repository.remove(kept.info.id);
    expect(await memory.load(kept.info.id)).toBeUndefined();
  });
});

describe('the sessions open in other tabs', () => {
  it('are the sessions whose lock a tab holds, and only while it holds it', async () => {
    const locks = fakeLockManager();
    vi.stubGlobal('navigator', { ...navigator, locks });
    const guard = createSessionGuard(locks, () => REFUSAL);
    expect(await guard.openSessions()).toEqual(new Set());
    const editing = await lockSession('open-elsewhere');
    await locks.request('another-lock', { ifAvailable: true }, async () => {
      expect(await guard.openSessions()).toEqual(new Set([sessionId('open-elsewhere')]));
    });
    editing.release();
    await vi.waitFor(async () => expect(await guard.openSessions()).toEqual(new Set()));
  });

  it('leave out the session the library itself holds for a moment while it changes it', async () => {
    const locks = fakeLockManager();
    const guard = createSessionGuard(locks, () => REFUSAL);
    await guard.whileClosed(sessionId('a'), async () => {
      expect(await guard.openSessions()).toEqual(new Set());
    });
  });

  it('are none without Web Locks', async () => {
    expect(await createSessionGuard(undefined, () => REFUSAL).openSessions()).toEqual(new Set());
  });
});
