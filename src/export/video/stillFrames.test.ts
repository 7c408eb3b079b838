import { describe, expect, it } from 'vitest';
import type { Figure } from '../../domain/model/figure';
import { figureId } from '../../domain/model/ids';
import { createPose } from '../../domain/model/pose';
import { roomFromFigures } from '../../domain/model/roomState';
import { millis } from '../../domain/model/units';
import type { RecordedEvent } from '../../domain/recording/events';
import { indexRecording } from '../../domain/replay/recordingIndex';
import { roomChangedBetween } from './stillFrames';

const A = figureId('a');
const figure: Figure = { id: A, kind: 'element', label: 'I', colour: 'sage', size: 'adult', released: false, pose: createPose(0, 0, 0) };
const pose = (t: number, x: number, joined: boolean): RecordedEvent => ({ type: 'pose', t: millis(t), figureId: A, pose: createPose(x, 0, 0), joined });

// A figure stands still, moves from 10 s to 12 s, rests, is released at 30 s; the phase changes at 50 s; the session ends at 60 s.
const index = indexRecording({
  initialRoom: roomFromFigures([figure]),
  events: [
    pose(10_000, 0, false),
    pose(10_050, 0.1, true),
    pose(12_000, 1, true),
    { type: 'figureChanged', t: millis(30_000), figureId: A, appearance: { kind: 'element', label: 'I', colour: 'sage', size: 'adult', released: true } },
    { type: 'phase', t: millis(50_000), phase: 1 },
    { type: 'paused', t: millis(60_000) },
  ],
});

describe('roomChangedBetween', () => {
  it('is false while every figure stands still', () => {
    expect(roomChangedBetween(index, 2_000, 2_700, 1_200)).toBe(false);
    expect(roomChangedBetween(index, 13_000, 13_700, 1_200)).toBe(false);
  });
  it('is true when a movement has a sample in the stretch', () => {
    expect(roomChangedBetween(index, 9_500, 10_100, 1_200)).toBe(true);
  });
  it('is true while a movement glides across the whole stretch between two samples', () => {
    expect(roomChangedBetween(index, 11_000, 11_600, 1_200)).toBe(true);
  });
  it('is true after a release for as long as the figure fades', () => {
    expect(roomChangedBetween(index, 29_500, 30_100, 1_200)).toBe(true);
    expect(roomChangedBetween(index, 30_500, 31_000, 1_200)).toBe(true);
    expect(roomChangedBetween(index, 31_500, 32_000, 1_200)).toBe(false);
  });
  it('is true at a phase change', () => {
    expect(roomChangedBetween(index, 49_500, 50_000, 1_200)).toBe(true);
  });
});
