import type { FigureId } from '../src/domain/model/ids';
import { counterIds } from '../src/domain/model/ids';
import { createSession, type Session } from '../src/domain/model/session';
import { epochMillis } from '../src/domain/model/units';
import { createResonansStore } from '../src/store/createStore';

/** A small deterministic random source (mulberry32), so every run benchmarks the same session. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LongSessionOptions {
  readonly hours: number;
  readonly figures: number;
  /** Share of the time some figure is being dragged. */
  readonly dragShare: number;
  /** Drag samples per second. */
  readonly sampleHz: number;
  readonly seed: number;
}

/**
 * A long session recorded through the real store and recorder on a hand-moved clock: drags of
 * 2-8 s at the sample rate, still time between them, keyboard steps, a phase change every
 * 25 minutes, and notes now and then.
 */
export function generateLongSession(options: LongSessionOptions): Session {
  const random = seededRandom(options.seed);
  let now = Date.UTC(2026, 0, 1);
  const clock = () => epochMillis(now);
  const ids = counterIds('bench');
  const elements = Array.from({ length: options.figures - 2 }, (_, i) => `element ${i + 1}`);
  const created = createSession(
    { clientPseudonym: 'Bench', intention: elements.join(' '), template: 'iopt', elements },
    { client: 'Me', intention: 'Intention' },
    { ids, now: clock },
  );
  const store = createResonansStore({ ids, now: clock });
  store.getState().openSession(created);
  const figures = store.getState().room.order as FigureId[];
  const startAt = now;
  const endAt = now + options.hours * 3_600_000;
  const sampleMs = 1000 / options.sampleHz;
  let nextPhaseAt = now + 25 * 60_000;
  let phase = 0;
  while (now < endAt) {
    const id = figures[Math.floor(random() * figures.length)] ?? figures[0];
    if (!id) break;
    const dragMs = 2000 + random() * 6000;
    const from = store.getState().room.figures[id]?.pose;
    if (!from) continue;
    const to = { x: (random() * 2 - 1) * 2.5, z: (random() * 2 - 1) * 2.5, facing: random() * 360 };
    const steps = Math.round(dragMs / sampleMs);
    for (let step = 1; step <= steps; step += 1) {
      now += sampleMs;
      const f = step / steps;
      store
        .getState()
        .previewDrag(id, { x: from.x + (to.x - from.x) * f, z: from.z + (to.z - from.z) * f, facing: from.facing + (to.facing - from.facing) * f });
    }
    store.getState().endDrag(true);
    // Still time between movements, so drags fill the chosen share of the session.
    now += dragMs * (1 / options.dragShare - 1);
    if (random() < 0.2) store.getState().nudgeFigure(id, 0.1, 0);
    if (random() < 0.05) store.getState().setNote(phase, `Note at ${Math.round((now - startAt) / 1000)} s`);
    if (now >= nextPhaseAt && phase < 6) {
      phase += 1;
      store.getState().goToPhase(phase);
      nextPhaseAt += 25 * 60_000;
    }
  }
  const { session, room, recording } = store.getState();
  if (!session || !recording) throw new Error('no session');
  return { info: session, room, recording: { initialRoom: recording.initialRoom, events: [...recording.events] } };
}
