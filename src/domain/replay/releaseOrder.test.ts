import { describe, expect, it } from 'vitest';
import { figureId } from '../model/ids';
import { millis } from '../model/units';
import type { FigureAppearance, RecordedEvent } from '../recording/events';
import { releaseOrder } from './releaseOrder';

const [A, B, C] = [figureId('a'), figureId('b'), figureId('c')];
const look = (released: boolean, label = 'x'): FigureAppearance => ({ kind: 'element', label, colour: 'sage', size: 'adult', released });
const change = (t: number, id: typeof A, released: boolean, label?: string): RecordedEvent => ({
  type: 'figureChanged',
  t: millis(t),
  figureId: id,
  appearance: look(released, label),
});

describe('releaseOrder', () => {
  it('follows the order of release, not the order of the figures', () => {
    expect(releaseOrder([change(1, C, true), change(2, A, true), change(3, B, true)])).toEqual([C, A, B]);
  });

  it('drops a release taken back, puts a second release last, and ignores a rename while released', () => {
    expect(releaseOrder([change(1, A, true), change(2, B, true), change(3, A, false), change(4, A, true), change(5, B, true, 'renamed')])).toEqual([B, A]);
  });

  it('forgets a released figure that was removed', () => {
    expect(releaseOrder([change(1, A, true), { type: 'figureRemoved', t: millis(2), figureId: A }])).toEqual([]);
  });
});
