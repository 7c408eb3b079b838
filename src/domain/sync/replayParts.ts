import { parseSession } from '../format/sessionSchema';
import type { Session } from '../model/session';
import { MAX_REPLAY_PARTS, REPLAY_PART_CHARS } from './messages';

/**
 * Supervision at a distance sends a supervision copy, never the session itself: its text in
 * parts, and the parts joined and checked like any file before the guest's store shows it.
 */

/** The copy's text in parts, or null when it is too long to send. */
export function replayParts(copy: Session): string[] | null {
  const text = JSON.stringify(copy);
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += REPLAY_PART_CHARS) parts.push(text.slice(at, at + REPLAY_PART_CHARS));
  return parts.length <= MAX_REPLAY_PARTS ? parts : null;
}

/** Gathers the parts of one replay as they come; gives the checked session once all are in. */
export function replayCollector(count: number) {
  const parts: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  let received = 0;
  return {
    add(index: number, text: string): Session | 'waiting' | 'refused' {
      if (index >= count || parts[index] !== undefined) return 'waiting';
      parts[index] = text;
      received += 1;
      if (received < count) return 'waiting';
      let value: unknown;
      try {
        value = JSON.parse(parts.join(''));
      } catch {
        return 'refused';
      }
      const parsed = parseSession(value);
      return parsed.ok ? parsed.value : 'refused';
    },
  };
}
