import { describe, expect, it } from 'vitest';
import type { CapturedLabel } from '../../scene/capture/captureSlot';
import { drawLabels, fitText, type LabelContext } from './drawLabels';

/** A 2D context that writes down what is drawn; text is 10 px per character at any font. */
function recordingContext() {
  const calls: { name: string; args: unknown[]; scale: number; font: string }[] = [];
  let scale = 1;
  const stack: number[] = [];
  const context = {
    font: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    textBaseline: 'alphabetic',
    textAlign: 'start',
    save: () => stack.push(scale),
    restore: () => {
      scale = stack.pop() ?? 1;
    },
    scale: (x: number) => {
      scale *= x;
    },
    measureText: (text: string) => ({ width: [...text].length * 10 }) as TextMetrics,
  } as unknown as LabelContext & Record<string, unknown>;
  for (const name of ['beginPath', 'moveTo', 'lineTo', 'stroke', 'fill', 'roundRect', 'fillText']) {
    context[name] = (...args: unknown[]) => calls.push({ name, args, scale, font: context.font });
  }
  return { context, calls };
}

const label = (text: string, x: number, leaderFrom: CapturedLabel['leaderFrom'] = null): CapturedLabel => ({
  text,
  rect: { x, y: 20, width: 16 + text.length * 10, height: 23 },
  leaderFrom,
  selected: false,
  opacity: 1,
});

describe('drawLabels', () => {
  it('draws each label as text at the picture scale, inside its box', () => {
    const { context, calls } = recordingContext();
    drawLabels(context, [label('Me', 10), label('Intention', 100)], 3);
    const texts = calls.filter((call) => call.name === 'fillText');
    expect(texts.map((call) => call.args[0])).toEqual(['Me', 'Intention']);
    // Drawn through a 3x scale with an unscaled CSS font: sharp text at the picture's size.
    expect(texts.every((call) => call.scale === 3 && call.font.includes('14px'))).toBe(true);
    expect(texts[1]?.args[1]).toBe(100 + 1 + 7);
    expect(calls.filter((call) => call.name === 'roundRect')).toHaveLength(2);
  });

  it('joins a label that stands aside to its figure with a line, and no other', () => {
    const { context, calls } = recordingContext();
    drawLabels(context, [label('Me', 10), label('I', 100, { x: 90, y: 80 })], 1);
    const moves = calls.filter((call) => call.name === 'moveTo');
    expect(moves.map((call) => call.args)).toEqual([[90, 80]]);
    // The line ends at the nearest point of the label's box.
    expect(calls.find((call) => call.name === 'lineTo')?.args).toEqual([100, 43]);
  });
});

describe('fitText', () => {
  const measurer = { measureText: (text: string) => ({ width: [...text].length * 10 }) as TextMetrics };
  it('keeps a text that fits', () => {
    expect(fitText(measurer, 'feel safe', 90)).toBe('feel safe');
  });
  it('cuts a long text short with an ellipsis that fits', () => {
    const cut = fitText(measurer, 'a very long name for a figure', 100);
    expect(cut).toBe('a very lo…');
    expect(measurer.measureText(cut).width).toBeLessThanOrEqual(100);
  });
});
