import { describe, expect, it } from 'vitest';
import { lockSession, sessionLockName } from './sessionLock';
import { fakeLockManager } from './tabs/tabFakes';

describe('the session lock', () => {
  it('is held by the first tab; a second waits and is granted it when the first lets go', async () => {
    const locks = fakeLockManager();
    const first = await lockSession('a', locks);
    expect(first.held).toBe(true);
    await first.granted;

    const second = await lockSession('a', locks);
    expect(second.held).toBe(false);
    let granted = false;
    void second.granted.then(() => (granted = true));
    await Promise.resolve();
    expect(granted).toBe(false);

    first.release();
    await second.granted;
    expect(locks.held.has(sessionLockName('a'))).toBe(true);
    second.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(locks.held.size).toBe(0);
  });

  it('a tab that stops waiting is never granted the lock', async () => {
    const locks = fakeLockManager();
    const first = await lockSession('a', locks);
    const second = await lockSession('a', locks);
    let granted = false;
    void second.granted.then(() => (granted = true));
    second.release();
    first.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(granted).toBe(false);
    expect(locks.held.size).toBe(0);
    // The lock is free for the next tab.
    expect((await lockSession('a', locks)).held).toBe(true);
  });

  it('locks each session apart, under the name the library checks', async () => {
    const locks = fakeLockManager();
    expect((await lockSession('a', locks)).held).toBe(true);
    expect((await lockSession('b', locks)).held).toBe(true);
    expect([...locks.held].sort()).toEqual(['resonans-session-a', 'resonans-session-b']);
  });

  it('counts a lock that comes free within the grace time as held', async () => {
    const locks = fakeLockManager();
    const first = await lockSession('a', locks);
    setTimeout(() => first.release(), 10);
    const second = await lockSession('a', locks, 1000);
    expect(second.held).toBe(true);
    expect(locks.held.has(sessionLockName('a'))).toBe(true);
    const third = await lockSession('a', locks, 20);
    expect(third.held).toBe(false);
    third.release();
    second.release();
  });

  it('without Web Locks, edits freely', async () => {
    const lock = await lockSession('a', undefined);
    expect(lock.held).toBe(true);
    await lock.granted;
  });
});
