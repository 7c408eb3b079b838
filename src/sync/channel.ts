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

export interface SealedChannel<Out extends Body, In extends Body> {
  send(body: Out): void;
  onMessage(listener: (from: string, body: In) => void): () => void;
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
  const messages = listeners<[string, In]>();
  const refusals = listeners<[FrameRefusal]>();
  let book: SequenceBook = EMPTY_SEQUENCE_BOOK;
  let sending: Promise<void> = Promise.resolve();
  let receiving: Promise<void> = Promise.resolve();
  let closed = false;

  const receive = async (frame: Uint8Array) => {
    const opened = await open(key, roomId, frame);
    if (closed) return;
    if (!opened.ok) return refusals.emit(opened.problem);
    const envelope = parse(opened.value);
    if (!envelope) return refusals.emit('malformed');
    // A relay never sends a frame back to its sender: our own number coming back is a replay.
    const checked = envelope.from === selfId ? null : checkSequence(book, envelope.from, envelope.seq);
    if (!checked?.ok) return refusals.emit('replayed');
    book = checked.book;
    messages.emit(envelope.from, envelope.body);
  };
  const stopFrames = transport.onFrame((frame) => {
    receiving = receiving.then(() => receive(frame)).catch(() => refusals.emit('malformed'));
  });

  return {
    send(body) {
      if (closed) return;
      // Numbered now, in the order of the calls, and handed on in the same order.
      const envelope: Envelope<Out> = { seq: nextSeq(), from: selfId, body };
      sending = sending.then(async () => {
        const frame = await seal(key, roomId, envelope);
        if (!closed) transport.send(frame);
      });
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
