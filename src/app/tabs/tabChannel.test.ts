import { describe, expect, it, vi } from 'vitest';
import { counterIds, sessionId } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { broadcastingRepository } from './broadcastingRepository';
import { createTabChannel, readTabMessage, type TabMessage } from './tabChannel';
import { fakeBroadcastNetwork } from './tabFakes';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function twoTabs() {
  const network = fakeBroadcastNetwork();
  return { first: createTabChannel(network.open), second: createTabChannel(network.open) };
}

const session = () =>
  createSession(
    { clientPseudonym: 'Kari', intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove'] },
    { client: 'Me', intention: 'Intention' },
    { ids: counterIds('s'), now: () => epochMillis(1000) },
  );

describe('the channel between tabs', () => {
  it('carries a message to the other tab and not back to the one that sent it', async () => {
    const { first, second } = twoTabs();
    const heardByFirst: TabMessage[] = [];
    const heardBySecond: TabMessage[] = [];
    first.listen((message) => heardByFirst.push(message));
    second.listen((message) => heardBySecond.push(message));
    first.post({ kind: 'saved', id: sessionId('a') });
    await settle();
    expect(heardBySecond).toEqual([{ kind: 'saved', id: 'a' }]);
    expect(heardByFirst).toEqual([]);
  });

  it('stops delivering once a listener is removed', async () => {
    const { first, second } = twoTabs();
    const heard = vi.fn();
    const stop = second.listen(heard);
    stop();
    first.post({ kind: 'removed', id: sessionId('a') });
    await settle();
    expect(heard).not.toHaveBeenCalled();
  });

  it('ignores what it does not understand, such as a message from another version', async () => {
    expect(readTabMessage({ kind: 'saved', id: 'a' })).toEqual({ kind: 'saved', id: 'a' });
    expect(readTabMessage({ kind: 'renamed', id: 'a' })).toBeNull();
    expect(readTabMessage({ kind: 'saved', id: 7 })).toBeNull();
    expect(readTabMessage({ kind: 'saved', id: '' })).toBeNull();
    expect(readTabMessage('saved')).toBeNull();
    expect(readTabMessage(null)).toBeNull();
  });

  it('without BroadcastChannel each tab works alone', async () => {
    const alone = createTabChannel(undefined);
    const heard = vi.fn();
    alone.listen(heard);
    expect(() => alone.post({ kind: 'saved', id: sessionId('a') })).not.toThrow();
    await settle();
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('the repository that tells the other tabs', () => {
  it('says which session was saved or removed, after the write', async () => {
    const { first, second } = twoTabs();
    const memory = createMemorySessionRepository();
    const repository = broadcastingRepository(memory, first);
    const heard: { message: TabMessage; stored: boolean }[] = [];
    second.listen((message) => void memory.list().then((list) => heard.push({ message, stored: list.some((s) => s.id === message.id) })));
    const kept = session();
    await repository.save(kept, epochMillis(2000));
    await settle();
    await repository.remove(kept.info.id);
    await settle();
    expect(heard).toEqual([
      { message: { kind: 'saved', id: kept.info.id }, stored: true },
      { message: { kind: 'removed', id: kept.info.id }, stored: false },
    ]);
  });

  it('says nothing when the write failed', async () => {
    const { first, second } = twoTabs();
    const memory = createMemorySessionRepository();
    const failing = { ...memory, save: () => Promise.reject(new Error('quota exceeded')) };
    const heard = vi.fn();
    second.listen(heard);
    await expect(broadcastingRepository(failing, first).save(session(), epochMillis(2000))).rejects.toThrow('quota exceeded');
    await settle();
    expect(heard).not.toHaveBeenCalled();
  });

  it('reads without telling anyone', async () => {
    const { first, second } = twoTabs();
    const memory = createMemorySessionRepository();
    const kept = session();
    await memory.save(kept, epochMillis(2000));
    const heard = vi.fn();
    second.listen(heard);
    const repository = broadcastingRepository(memory, first);
    expect(await repository.load(kept.info.id)).toEqual(kept);
    expect(await repository.list()).toHaveLength(1);
    await settle();
    expect(heard).not.toHaveBeenCalled();
  });
});
