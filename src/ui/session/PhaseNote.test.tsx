import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { PhaseNote } from './PhaseNote';
import { TYPING_PAUSE_MS } from './useKeptText';

const noteEvents = (store: ReturnType<typeof storeWithSession>['store']) => store.getState().recording!.events.filter((event) => event.type === 'note');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PhaseNote', () => {
  it('keeps every key at once as a draft, and records the note when typing pauses', () => {
    const { store } = storeWithSession();
    renderWithProviders(<PhaseNote />, store);
    const box = screen.getByRole('textbox', { name: 'Note for this phase' });
    fireEvent.change(box, { target: { value: 'Kari' } });
    fireEvent.change(box, { target: { value: 'Kari sleeps' } });
    expect(store.getState().drafts.notes).toEqual({ 0: 'Kari sleeps' });
    expect(noteEvents(store)).toEqual([]);

    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 1));
    expect(noteEvents(store)).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(noteEvents(store)).toMatchObject([{ phase: 0, text: 'Kari sleeps' }]);
    expect(store.getState().drafts.notes).toEqual({});
    expect(box).toHaveValue('Kari sleeps');
    expect(screen.getByText('Kept as you type.')).toBeInTheDocument();
  });

  it('records at once when the field is left, and only once', () => {
    const { store } = storeWithSession();
    renderWithProviders(<PhaseNote />, store);
    const box = screen.getByRole('textbox', { name: 'Note for this phase' });
    fireEvent.change(box, { target: { value: 'Breathes more' } });
    fireEvent.blur(box);
    expect(noteEvents(store)).toMatchObject([{ text: 'Breathes more' }]);
    expect(store.getState().drafts.notes).toEqual({});
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(noteEvents(store)).toHaveLength(1);
  });

  it('records what was typed in a phase when the phase changes before the pause', () => {
    const { store } = storeWithSession();
    renderWithProviders(<PhaseNote />, store);
    const box = screen.getByRole('textbox', { name: 'Note for this phase' });
    fireEvent.change(box, { target: { value: 'In phase one' } });
    act(() => store.getState().goToPhase(1));
    expect(store.getState().progress.notes).toEqual({ 0: 'In phase one' });
    expect(screen.getByRole('textbox', { name: 'Note for this phase' })).toHaveValue('');
  });
});
