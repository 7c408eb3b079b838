import { describe, expect, it, vi } from 'vitest';
import { createInputKindWatcher } from './useInputKind';

/** A window with a chosen pointer, to which events can be sent. */
function fakeWindow(coarse: boolean): Window {
  const target = new EventTarget() as Window;
  target.matchMedia = (query: string) => ({ matches: coarse && query === '(pointer: coarse)' }) as MediaQueryList;
  return target;
}

describe('createInputKindWatcher', () => {
  it('starts from the kind of pointer the device has', () => {
    expect(createInputKindWatcher(fakeWindow(true)).current()).toBe('touch');
    expect(createInputKindWatcher(fakeWindow(false)).current()).toBe('keys');
  });

  it('follows the input actually used: a finger, a mouse, a key that moves', () => {
    const target = fakeWindow(false);
    const watcher = createInputKindWatcher(target);
    const heard = vi.fn();
    const stop = watcher.subscribe(heard);
    target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }));
    expect(watcher.current()).toBe('touch');
    // Typing a letter on a screen keyboard does not mean a keyboard is at hand.
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(watcher.current()).toBe('touch');
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp' }));
    expect(watcher.current()).toBe('keys');
    target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'pen' }));
    target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'pen' }));
    expect(watcher.current()).toBe('touch');
    target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse' }));
    expect(watcher.current()).toBe('keys');
    expect(heard).toHaveBeenCalledTimes(4);
    stop();
    target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }));
    expect(heard).toHaveBeenCalledTimes(4);
  });
});
