import { describe, expect, it } from 'vitest';
import { sessionId } from '../../domain/model/ids';
import { followSavedSession } from './followSavedSession';
import type { TabChannel, TabMessage } from './tabChannel';

/** A channel that delivers what is posted to every listener, as another tab's posts arrive. */
function fakeChannel() {
  const listeners = new Set<(message: TabMessage) => void>();
  const channel: TabChannel = {
    post: (message) => listeners.forEach((listener) => listener(message)),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => listeners.clear(),
  };
  return channel;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followSavedSession', () => {
  const id = sessionId('s1');

  it('reads the session again when another tab saves it, and not for other sessions or removals', async () => {
    const tabs = fakeChannel();
    let reads = 0;
    followSavedSession(tabs, id, async () => void reads++);
    tabs.post({ kind: 'saved', id: sessionId('other') });
    tabs.post({ kind: 'removed', id });
    await settle();
    expect(reads).toBe(0);
    tabs.post({ kind: 'saved', id });
    await settle();
    expect(reads).toBe(1);
  });

  it('folds saves that come during a read into one more read', async () => {
    const tabs = fakeChannel();
    const finish: (() => void)[] = [];
    let reads = 0;
    followSavedSession(tabs, id, () => {
      reads++;
      return new Promise<void>((resolve) => finish.push(resolve));
    });
    tabs.post({ kind: 'saved', id });
    tabs.post({ kind: 'saved', id });
    tabs.post({ kind: 'saved', id });
    expect(reads).toBe(1);
    finish.shift()?.();
    await settle();
    expect(reads).toBe(2);
    finish.shift()?.();
    await settle();
    expect(reads).toBe(2);
  });

  it('keeps following after a failed read, and stops when asked', async () => {
    const tabs = fakeChannel();
    let reads = 0;
    const stop = followSavedSession(tabs, id, async () => {
      reads++;
      if (reads === 1) throw new Error('storage busy');
    });
    tabs.post({ kind: 'saved', id });
    await settle();
    tabs.post({ kind: 'saved', id });
    await settle();
    expect(reads).toBe(2);
    stop();
    tabs.post({ kind: 'saved', id });
    await settle();
    expect(reads).toBe(2);
  });
});
