import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/unit/renderWithProviders';
import type { DrawnIntention } from '../../domain/drawing/drawnElements';
import { NewSessionScreen } from '../NewSessionScreen';
import DrawnIntentionStep from './DrawnIntentionStep';

/** jsdom lays nothing out: the pad's rectangle is empty, so client pixels are the pad's own. */
function drawOn(pad: Element, points: readonly (readonly [number, number])[], pointerType = 'mouse', pressure = 0.5) {
  const [first, ...rest] = points;
  if (!first) return;
  const at = ([clientX, clientY]: readonly [number, number]) => ({ pointerId: 7, pointerType, clientX, clientY, pressure, button: 0 });
  fireEvent.pointerDown(pad, at(first));
  for (const point of rest) fireEvent.pointerMove(pad, at(point));
  fireEvent.pointerUp(pad, at(rest[rest.length - 1] ?? first));
}

const square = (x: number, y: number, size: number) =>
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ] as const;
const loopAround = (x: number, y: number, size: number) => square(x - 20, y - 20, size + 40);

function Harness({ onValue }: { onValue: (value: DrawnIntention) => void }) {
  const [value, setValue] = useState<DrawnIntention | null>(null);
  return (
    <DrawnIntentionStep
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

describe('the drawing pad', () => {
  it('keeps every stroke with its points, undoes the last, and brings a cleared drawing back', async () => {
    const onValue = vi.fn<(value: DrawnIntention) => void>();
    renderWithProviders(<Harness onValue={onValue} />);
    const pad = screen.getByRole('img', { name: 'Drawing pad' });
    drawOn(pad, square(100, 100, 50));
    drawOn(pad, [
      [400, 300],
      [420, 310],
    ]);
    expect(screen.getByText('Strokes drawn: 2')).toBeInTheDocument();
    const drawing = onValue.mock.lastCall?.[0].drawing;
    expect(drawing?.strokes.map((stroke) => stroke.points.map(([x, y]) => [x, y]))).toEqual([
      square(100, 100, 50),
      [
        [400, 300],
        [420, 310],
      ],
    ]);
    expect(drawing?.strokes.map((stroke) => stroke.id)).toEqual(['s1', 's2']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Strokes drawn: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('Strokes drawn: 0')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Strokes drawn: 1')).toBeInTheDocument();
    expect(onValue.mock.lastCall?.[0].drawing.strokes[0]?.points).toHaveLength(5);
  });

  it('takes the pressure of a pen and of nothing else', () => {
    const onValue = vi.fn<(value: DrawnIntention) => void>();
    renderWithProviders(<Harness onValue={onValue} />);
    const pad = screen.getByRole('img', { name: 'Drawing pad' });
    drawOn(pad, square(10, 10, 20), 'pen', 0.8);
    drawOn(pad, square(10, 10, 20), 'touch', 1);
    const [pen, finger] = onValue.mock.lastCall?.[0].drawing.strokes ?? [];
    expect(pen?.points.every((point) => point[3] === 0.8)).toBe(true);
    expect(finger?.points.every((point) => point[3] === 0.5)).toBe(true);
  });

  it('draws with one pointer at a time', () => {
    const onValue = vi.fn<(value: DrawnIntention) => void>();
    renderWithProviders(<Harness onValue={onValue} />);
    const pad = screen.getByRole('img', { name: 'Drawing pad' });
    fireEvent.pointerDown(pad, { pointerId: 1, pointerType: 'touch', clientX: 10, clientY: 10 });
    fireEvent.pointerDown(pad, { pointerId: 2, pointerType: 'touch', clientX: 300, clientY: 300 });
    fireEvent.pointerMove(pad, { pointerId: 2, pointerType: 'touch', clientX: 320, clientY: 300 });
    fireEvent.pointerMove(pad, { pointerId: 1, pointerType: 'touch', clientX: 30, clientY: 10 });
    fireEvent.pointerUp(pad, { pointerId: 2, pointerType: 'touch', clientX: 320, clientY: 300 });
    fireEvent.pointerUp(pad, { pointerId: 1, pointerType: 'touch', clientX: 30, clientY: 10 });
    const strokes = onValue.mock.lastCall?.[0].drawing.strokes ?? [];
    expect(strokes.map((stroke) => stroke.points.map(([x, y]) => [x, y]))).toEqual([
      [
        [10, 10],
        [30, 10],
      ],
    ]);
  });
});

describe('elements from the drawing', () => {
  it('takes strokes by a tap, by a loop and by keyboard, named or not, and never one stroke twice', async () => {
    const onValue = vi.fn<(value: DrawnIntention) => void>();
    renderWithProviders(<Harness onValue={onValue} />);
    const pad = screen.getByRole('img', { name: 'Drawing pad' });
    drawOn(pad, square(100, 100, 50));
    drawOn(pad, square(400, 100, 50));
    drawOn(pad, square(600, 300, 40));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Choose strokes' }));
    // A tap on the first square's edge.
    drawOn(pad, [[125, 102]]);
    expect(screen.getByText('Strokes chosen: 1')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Name in the client’s own word (optional)' }), 'Huset');
    await user.click(screen.getByRole('button', { name: 'Make an element' }));
    // A loop round everything takes only what no element holds yet.
    drawOn(pad, loopAround(80, 80, 600));
    expect(screen.getByText('Strokes chosen: 2')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Stroke 3' }));
    await user.click(screen.getByRole('button', { name: 'Make an element' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stroke 3' }));
    await user.click(screen.getByRole('button', { name: 'Make an element' }));
    expect(onValue.mock.lastCall?.[0].elements).toEqual([
      { label: 'Huset', strokeIds: ['s1'] },
      { label: 'Drawing 2', strokeIds: ['s2'] },
      { label: 'Drawing 3', strokeIds: ['s3'] },
    ]);
    expect(screen.getByRole('checkbox', { name: 'Stroke 1 (in Huset)' })).toBeDisabled();
    const list = screen.getByRole('list', { name: 'Elements from the drawing' });
    await user.click(within(list).getByRole('button', { name: 'Remove Drawing 2' }));
    expect(onValue.mock.lastCall?.[0].elements.map((element) => element.label)).toEqual(['Huset', 'Drawing 3']);
  });
});

describe('a new session from a drawing', () => {
  it('starts without written words, with the drawing and its elements beside any chosen words', async () => {
    const onStart = vi.fn();
    renderWithProviders(<NewSessionScreen onStart={onStart} onCancel={() => {}} error={null} busy={false} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Draw the intention' }));
    const pad = await screen.findByRole('img', { name: 'Drawing pad' });
    act(() => drawOn(pad, square(100, 100, 50)));
    await user.click(screen.getByRole('radio', { name: 'Choose strokes' }));
    act(() => drawOn(pad, [[125, 100]]));
    await user.click(screen.getByRole('button', { name: 'Make an element' }));
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(onStart).toHaveBeenCalledTimes(1);
    const input = onStart.mock.lastCall?.[0] as { intention: string; drawing: { strokes: unknown[] }; drawnElements: unknown[] };
    expect(input.intention).toBe('');
    expect(input.drawing.strokes).toHaveLength(1);
    expect(input.drawnElements).toEqual([{ label: 'Drawing 1', strokeIds: ['s1'] }]);
  });
});
