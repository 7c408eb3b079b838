import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { ArousalMarker } from './ArousalMarker';

const marks = (store: ReturnType<typeof storeWithSession>['store']) =>
  store.getState().recording!.events.flatMap((event) => (event.type === 'arousal' ? [event.mark] : []));

describe('ArousalMarker', () => {
  it('is one scale from 0 (hypoarousal) to 10 (hyperarousal) that marks the value tapped', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<ArousalMarker />, store);
    const scale = screen.getByRole('group', { name: 'Arousal now, from 0 (hypoarousal) to 10 (hyperarousal)' });
    expect(scale.querySelectorAll('button')).toHaveLength(11);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mark 2 of 10 (Hypoarousal)' }));
    expect(marks(store)).toEqual([{ value: 2 }]);
    expect(screen.getByRole('status')).toHaveTextContent('Last mark: 2 of 10 (Hypoarousal)');
    expect(screen.getByRole('button', { name: 'Mark 2 of 10 (Hypoarousal)' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Mark 5 of 10 (Window of tolerance)' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('moves along the scale with the arrow keys without marking, and marks with Enter', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<ArousalMarker />, store);
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Mark 5 of 10 (Window of tolerance)' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Mark 8 of 10 (Hyperarousal)' })).toHaveFocus();
    expect(marks(store)).toEqual([]);
    await user.keyboard('{Enter}');
    expect(marks(store)).toEqual([{ value: 8 }]);
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'Mark 0 of 10 (Hypoarousal)' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{End}');
    expect(screen.getByRole('button', { name: 'Mark 10 of 10 (Hyperarousal)' })).toHaveFocus();
    // One stop in the tab order, not eleven.
    await user.tab();
    expect(screen.getAllByRole('button', { name: /^Mark / }).some((button) => button === document.activeElement)).toBe(false);
  });

  it('reads from hypo to hyper: each zone named before its values, the values in order 0 to 10', () => {
    const { store } = storeWithSession();
    renderWithProviders(<ArousalMarker />, store);
    const scale = screen.getByRole('group', { name: 'Arousal now, from 0 (hypoarousal) to 10 (hyperarousal)' });
    const read = [...scale.children].map((child) => (child.tagName === 'BUTTON' ? child.textContent : `[${child.textContent}]`));
    expect(read).toEqual([
      '[Hypoarousal · collapse]',
      '0',
      '1',
      '2',
      '3',
      '[Window of tolerance]',
      '4',
      '5',
      '6',
      '[Hyperarousal · fight or flight]',
      '7',
      '8',
      '9',
      '10',
    ]);
  });
});
