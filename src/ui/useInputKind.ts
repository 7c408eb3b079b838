import { useSyncExternalStore } from 'react';

/** How the person at the screen is working right now: fingers (or a pen) on the screen, or keys and a mouse. */
export type InputKind = 'touch' | 'keys';

/**
 * Read from what the person actually does, not from the user agent: a tablet with a keyboard
 * case gets the keyboard hints once a key is pressed, and a laptop with a touch screen gets the
 * touch hints once a finger touches it. Before any input, a coarse pointer means touch.
 */
export function createInputKindWatcher(target: Window): { subscribe: (listener: () => void) => () => void; current: () => InputKind } {
  let kind: InputKind = target.matchMedia?.('(pointer: coarse)').matches ? 'touch' : 'keys';
  const listeners = new Set<() => void>();
  const set = (next: InputKind) => {
    if (next === kind) return;
    kind = next;
    for (const listener of listeners) listener();
  };
  const onPointer = (event: PointerEvent) => set(event.pointerType === 'mouse' ? 'keys' : 'touch');
  // Only keys that move or turn count: a screen keyboard's letters typed into a note do not.
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab' || event.key.startsWith('Arrow')) set('keys');
  };
  return {
    current: () => kind,
    subscribe: (listener) => {
      if (listeners.size === 0) {
        target.addEventListener('pointerdown', onPointer, true);
        target.addEventListener('keydown', onKey, true);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        target.removeEventListener('pointerdown', onPointer, true);
        target.removeEventListener('keydown', onKey, true);
      };
    },
  };
}

let watcher: ReturnType<typeof createInputKindWatcher> | null = null;

export function useInputKind(): InputKind {
  watcher ??= createInputKindWatcher(window);
  return useSyncExternalStore(watcher.subscribe, watcher.current, () => 'keys');
}
