import { type AdmissionPair, openWords, sealWords } from './admission';

/** What the host says to a guest still at the door, beside its name: not let in, or the room has ended. */
export type DoorWord = 'refuse' | 'end';

/** The words a host's "not let in" or "ended" to one guest carries, sealed, as proof that the host said it. */
export const doorProof = (word: DoorWord, guestId: string): string => `${word}:${guestId}`;

/**
 * One side's words at the door, before the room key: the guest's name in its knock, the host's
 * name in its answer, its "not let in" and "ended". Each is sealed between the two admission pairs
 * (`sealWords`), so no one else holding the link reads them or speaks them. What comes in is
 * opened in the order it came, and `settled` waits until all of it has been heard.
 */
export interface Door {
  seal(otherPublic: string, words: string): Promise<string | null>;
  /** Opens words from the other side; `heard` gets them, or null when they do not open (sealed by someone else, for someone else, or changed). */
  open(otherPublic: string, sealed: string, heard: (words: string | null) => void): void;
  settled(): Promise<void>;
}

export function openDoor(own: AdmissionPair, roomId: string): Door {
  let opening: Promise<void> = Promise.resolve();
  return {
    seal: (otherPublic, words) => sealWords(own, otherPublic, roomId, words),
    open(otherPublic, sealed, heard) {
      opening = opening.then(async () => heard(await openWords(own, otherPublic, roomId, sealed)));
    },
    settled: () => opening,
  };
}
