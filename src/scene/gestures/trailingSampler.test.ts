import { describe, expect, it } from 'vitest';
import { type SamplerTimers, trailingSampler } from './trailingSampler';

/** A hand-moved clock with timers that fire when the clock passes them, as the browser's do. */
function handClock() {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: SamplerTimers = {
    now: () => now,
    setTimeout: (run, delayMs) => {
      next += 1;
      timers.set(next, { at: now + delayMs, run });
      return next;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = until;
  };
  return { clock, advance, pending: () => timers.size };
}

function sampling() {
  const { clock, advance, pending } = handClock();
  let value = 0;
  const sent: { at: number; value: number }[] = [];
  const sampler = trailingSampler(50, () => sent.push({ at: clock.now(), value }), clock);
  const move = (to: number) => {
    value = to;
    sampler.changed();
  };
  return { sampler, move, advance, sent, pending };
}

describe('trailingSampler', () => {
  it('sends the first change at once and then at most once per interval, the last one too', () => {
    const { move, advance, sent } = sampling();
    for (let step = 1; step <= 10; step += 1) {
      move(step);
      advance(10);
    }
    advance(100);
    expect(sent).toEqual([
      { at: 0, value: 1 },
      { at: 50, value: 5 },
      { at: 100, value: 10 },
    ]);
  });

  it('sends where the pointer came to rest one interval later, without waiting for the release', () => {
    const { move, advance, sent } = sampling();
    move(1);
    advance(20);
    move(2);
    advance(5);
    move(3);
    // The pointer rests at 3 now; nothing more happens until it is released much later.
    advance(1000);
    expect(sent).toEqual([
      { at: 0, value: 1 },
      { at: 50, value: 3 },
    ]);
  });

  it('sends nothing after it is stopped', () => {
    const { sampler, move, advance, sent, pending } = sampling();
    move(1);
    move(2);
    sampler.stop();
    advance(200);
    expect(sent).toEqual([{ at: 0, value: 1 }]);
    expect(pending()).toBe(0);
  });
});
