import type { Session } from '../domain/model/session';
import type { HostBody } from '../domain/sync/messages';
import { replayParts } from '../domain/sync/replayParts';
import type { ResonansStore } from '../store/createStore';
import type { RoomTimers } from './roomTimers';

/**
 * Supervision at a distance, the host's half: a supervision copy is sent to the guest in parts,
 * then the playhead of the replay open in the therapist's store, whenever it changes. The session
 * itself is never sent: only the copy the therapist chose to present.
 */
export interface ReplayPresenting {
  readonly presenting: boolean;
  /** Starts presenting the copy (to the guest in the room now, and to any let in later); false when it is too long to send. */
  present(copy: Session): boolean;
  /** Stops presenting and tells the guest; false when nothing was presented. */
  stop(): boolean;
  /** Sends the whole replay again: to a guest who comes in or back. */
  show(): void;
  /** Sends the therapist's playhead if it moved. */
  followPlayhead(): void;
  /** Stops the parts still being sent. */
  close(): void;
}

/** Well below the relay's 60 frames a second, leaving room for heartbeats and the playhead. */
const REPLAY_PARTS_PER_SECOND = 40;

export interface ReplayPresentingOptions {
  readonly store: ResonansStore;
  readonly timers: RoomTimers;
  readonly send: (body: HostBody) => void;
  /** The guest in the room and reachable now, or null. */
  readonly audience: () => string | null;
}

export function replayPresenting({ store, timers, send, audience }: ReplayPresentingOptions): ReplayPresenting {
  /** The supervision copy being presented, in parts, while a replay is presented instead of the live room. */
  let presented: { readonly id: string; readonly parts: readonly string[] } | null = null;
  let replayCount = 0;
  let lastPlayhead = '';
  /** Stops the parts of a replay still being sent. */
  let stopSending: () => void = () => undefined;
  const stopParts = () => {
    const stop = stopSending;
    stopSending = () => undefined;
    stop();
  };
  const sendPlayhead = (force = false) => {
    const replay = store.getState().replay;
    const to = audience();
    if (!to || !presented || !replay) return;
    const text = `${replay.t}:${replay.playing}:${replay.speed}`;
    if (!force && text === lastPlayhead) return;
    lastPlayhead = text;
    send({ kind: 'playhead', to, id: presented.id, t: replay.t, playing: replay.playing, speed: replay.speed });
  };
  const sendReplay = () => {
    stopParts();
    const to = audience();
    if (!to || !presented) return;
    const { id, parts } = presented;
    let next = 0;
    // The relay drops more than 120 frames at once: a long copy goes a batch a second.
    const batch = () => {
      const end = Math.min(parts.length, next + REPLAY_PARTS_PER_SECOND);
      for (; next < end; next += 1) send({ kind: 'replayPart', to, id, index: next, count: parts.length, text: parts[next] ?? '' });
      if (next < parts.length) return;
      stopParts();
      sendPlayhead(true);
    };
    batch();
    if (next < parts.length) stopSending = timers.every(1000, batch);
  };

  return {
    get presenting() {
      return presented !== null;
    },
    present(copy) {
      const parts = replayParts(copy);
      if (!parts) return false;
      presented = { id: `replay-${(replayCount += 1)}`, parts };
      sendReplay();
      return true;
    },
    stop() {
      if (!presented) return false;
      presented = null;
      stopParts();
      lastPlayhead = '';
      const to = audience();
      if (to) send({ kind: 'replayEnd', to });
      return true;
    },
    show: sendReplay,
    followPlayhead: () => sendPlayhead(),
    close: stopParts,
  };
}
