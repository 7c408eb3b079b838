import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadedRoomCanvas, loadOnce, loadRoomCanvas, whenIdle } from './roomChunk';

// The room itself (three.js) is not what is tested here.
vi.mock('../scene/RoomCanvas', () => ({ RoomCanvas: () => null }));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the room's script, loaded once", () => {
  it('is fetched once however often it is asked for', async () => {
    const load = vi.fn(() => Promise.resolve('room'));
    const room = loadOnce(load);
    const [first, second] = await Promise.all([room(), room()]);
    expect([first, second, await room()]).toEqual(['room', 'room', 'room']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is fetched again after a failed load, so a dropped connection does not leave the room missing', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('room');
    const room = loadOnce(load);
    await expect(room()).rejects.toThrow('offline');
    await expect(room()).resolves.toBe('room');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("the room's module once loaded", () => {
  it('is at hand without waiting, so a room opened after the preload need not suspend', async () => {
    expect(loadedRoomCanvas()).toBeNull();
    const room = await loadRoomCanvas();
    expect(loadedRoomCanvas()).toBe(room);
    expect(typeof loadedRoomCanvas()?.RoomCanvas).toBe('function');
  });
});

describe('work left for when the browser is idle', () => {
  it('runs when the browser says it is idle, and not once cancelled', () => {
    const waiting = new Map<number, () => void>();
    vi.stubGlobal('requestIdleCallback', (work: () => void) => waiting.set(waiting.size + 1, work).size);
    vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
    const work = vi.fn();
    whenIdle(work);
    const cancel = whenIdle(work);
    cancel();
    for (const run of waiting.values()) run();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs after the time-out where the browser cannot say when it is idle', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const work = vi.fn();
    whenIdle(work, 500);
    vi.advanceTimersByTime(499);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
