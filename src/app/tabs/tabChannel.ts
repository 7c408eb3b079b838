import { type SessionId, sessionId } from '../../domain/model/ids';

/** What one tab tells the others after it has written to storage. */
export type TabMessage = { readonly kind: 'saved'; readonly id: SessionId } | { readonly kind: 'removed'; readonly id: SessionId };

/** The part of BroadcastChannel the app uses; injected so tests can pass a fake. */
export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** Tabs of this app on this device hear what the others write; a tab does not hear itself. */
export interface TabChannel {
  post(message: TabMessage): void;
  /** Returns the way to stop listening. */
  listen(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export const TAB_CHANNEL_NAME = 'resonans-tabs';

/**
 * Opens the channel between tabs. A browser without BroadcastChannel gets a channel that
 * carries nothing: each tab still works, it only refreshes on its own.
 */
export function createTabChannel(open: ((name: string) => BroadcastChannelLike) | undefined): TabChannel {
  if (!open) return { post: () => undefined, listen: () => () => undefined, close: () => undefined };
  const channel = open(TAB_CHANNEL_NAME);
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => {
      // Another tab may run an older or newer version of the app: only messages this one understands count.
      const heard = (event: MessageEvent) => {
        const message = readTabMessage(event.data);
        if (message) listener(message);
      };
      channel.addEventListener('message', heard);
      return () => channel.removeEventListener('message', heard);
    },
    close: () => channel.close(),
  };
}

export function browserTabChannel(): TabChannel {
  return createTabChannel(typeof BroadcastChannel === 'undefined' ? undefined : (name) => new BroadcastChannel(name));
}

export function readTabMessage(data: unknown): TabMessage | null {
  if (data === null || typeof data !== 'object') return null;
  const { kind, id } = data as { kind?: unknown; id?: unknown };
  if ((kind !== 'saved' && kind !== 'removed') || typeof id !== 'string' || id === '') return null;
  return { kind, id: sessionId(id) };
}
