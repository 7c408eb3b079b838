import type { Body, Envelope } from '../domain/sync/messages';
import { checkSequence, EMPTY_SEQUENCE_BOOK, type SequenceBook, sequenceCounter } from '../domain/sync/sequence';
import { open, seal } from './sealing';
import { listeners, type RelayTransport } from './transport';

/**
 * A sealed conversation over a relay transport: each body goes out numbered and sealed; each
 * frame that comes in is opened, checked against the protocol, and checked against its sender's
 * last number. Sealing and opening are asynchronous, so both directions are kept in order.
 */

/** Why a frame that arrived was not acted on. */
export type FrameRefusal = 'tampered' | 'malformed' | 'replayed';

/** Which key a frame was sealed with: the invite link's, which anyone with the link holds, or the room key of one admission (admission.ts). */
export type SealedWith = 'link' | 'room';

export interface SealedChannel<Out extends Body, In extends Body> {
  /**
   * Sends under the room key once there is one (else the link's), or under the link's key when
   * asked. A body still being made goes out in its turn; one that comes to null is not sent, nor
   * is a frame for the room when its key could not be made: it never falls back to the link's key.
   */
  send(body: Out | Promise<Out | null>, under?: SealedWith): void;
  /** From now on frames go out under this room key, and open with it as well as with the link's; null: the link's key only. */
  useRoomKey(key: Promise<CryptoKey | null> | null): void;
  onMessage(listener: (from: string, body: In, sealedWith: SealedWith) => void): () => void;
  onRefused(listener: (reason: FrameRefusal) => void): () => void;
  /** Resolves once everything sent so far has gone to the transport and everything received so far is handled. */
  settled(): Promise<void>;
  close(): void;
}

export interface ChannelOptions<In extends Body> {
  readonly transport: RelayTransport;
  readonly key: CryptoKey;
  readonly roomId: string;
  /** This participant's id, as its envelopes name it. */
  readonly selfId: string;
  readonly parse: (value: unknown) => Envelope<In> | null;
}

export function openChannel<Out extends Body, In extends Body>(options: ChannelOptions<In>): SealedChannel<Out, In> {
  const { transport, key, roomId, selfId, parse } = options;
  const nextSeq = sequenceCounter();
  const messages = listeners<[string, In, SealedWith]>();
  let roomKey: Promise<CryptoKey | null> | null = null;
  const refusals = listeners<[FrameRefusal]>();
  let book: SequenceBook = EMPTY_SEQUENCE_BOOK;
  let sending: Promise<void> = Promise.resolve();
  let receiving: Promise<void> = Promise.resolve();
  let closed = false;

  const receive = async (frame: Uint8Array) => {
    const room = roomKey ? await roomKey : null;
    let sealedWith: SealedWith = 'room';
    let opened = room ? await open(room, roomId, frame) : null;
    if (!opened?.ok) {
      sealedWith = 'link';
      opened = await open(key, roomId, frame);
    }
    if (closed) return;
    if (!opened.ok) return refusals.emit(opened.problem);
    const envelope = parse(opened.value);
    if (!envelope) return refusals.emit('malformed');
    // A relay never sends a frame back to its sender: our own number coming back is a replay.
    const checked = envelope.from === selfId ? null : checkSequence(book, envelope.from, envelope.seq);
    if (!checked?.ok) return refusals.emit('replayed');
    book = checked.book;
    messages.emit(envelope.from, envelope.body, sealedWith);
  };
  const stopFrames = transport.onFrame((frame) => {
    receiving = receiving.then(() => receive(frame)).catch(() => refusals.emit('malformed'));
  });

  return {
    send(body, under = 'room') {
      if (closed) return;
      // Numbered now, in the order of the calls, and handed on in the same order, under the key of the moment of the call.
      const seq = nextSeq();
      const sealWith = under === 'room' ? roomKey : null;
      sending = sending.then(async () => {
        const made = await body;
        const sealKey = sealWith ? await sealWith : key;
        if (!made || !sealKey || closed) return;
        const frame = await seal(sealKey, roomId, { seq, from: selfId, body: made } satisfies Envelope<Out>);
        if (!closed) transport.send(frame);
      });
    },
    useRoomKey(next) {
      roomKey = next;
    },
    onMessage: (listener) => messages.add(listener),
    onRefused: (listener) => refusals.add(listener),
    settled: async () => {
      await sending;
      await receiving;
    },
    close() {
      closed = true;
      stopFrames();
      messages.clear();
      refusals.clear();
    },
  };
}
