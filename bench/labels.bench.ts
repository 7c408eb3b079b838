import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { type LabelRequest, placeLabels, type ScreenPoint } from '../src/scene/labels/placeLabels';
import { seededRandom } from './generateLongSession';
import { timeRuns } from './stats';

/**
 * Label placement runs on every frame the room draws, also on every frame of a replay: 30
 * figures, their labels crowded into one part of a 1280 × 800 canvas (the worst case: everyone
 * close together), for 2,000 frames in which the figures drift a little, as in a replay.
 */
test('placing 30 labels every frame', () => {
  const random = seededRandom(5);
  const screen = { width: 1280, height: 800 };
  const figures = Array.from({ length: 30 }, (_, index) => ({
    key: `figure ${index}`,
    x: 440 + random() * 400,
    y: 250 + random() * 300,
    width: 50 + Math.round(random() * 90),
  }));
  const frames = 2000;
  const requestsAt = (frame: number): LabelRequest[] =>
    figures.map((figure, index) => ({
      key: figure.key,
      anchor: { x: figure.x + Math.sin(frame / 40 + index) * 30, y: figure.y + Math.cos(frame / 55 + index) * 20 },
      width: figure.width,
      height: 22,
      side: 'above',
    }));
  const inputs = Array.from({ length: frames }, (_, frame) => requestsAt(frame));
  // Warm up first, so the numbers are the steady state of a long replay, not the compiler's first pass.
  for (let frame = 0; frame < 300; frame += 1) placeLabels(inputs[frame] ?? [], screen);
  let previous = new Map<string, ScreenPoint>();
  let moved = 0;
  const withMemory = timeRuns(frames, (frame) => {
    const placement = placeLabels(inputs[frame] ?? [], { ...screen, previous });
    previous = new Map(placement.placed.map((placed) => [placed.key, placed.offset]));
    moved += placement.placed.filter((placed) => placed.offset.x !== 0 || placed.offset.y !== 0).length;
  });
  const fresh = timeRuns(frames, (frame) => placeLabels(inputs[frame] ?? [], screen));
  const results = {
    labels: figures.length,
    frames,
    canvas: screen,
    perFrame: { medianMs: round(withMemory.medianMs), p99Ms: round(withMemory.p99Ms) },
    withoutMemoryOfTheFrameBefore: { medianMs: round(fresh.medianMs), p99Ms: round(fresh.p99Ms) },
    labelsAwayFromHomePerFrame: round(moved / frames, 1),
  };
  console.log(JSON.stringify(results, null, 2));
  writeFileSync('bench-results/labels.json', `${JSON.stringify(results, null, 2)}\n`);
});

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
