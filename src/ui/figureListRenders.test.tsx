import { act } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/unit/renderWithProviders';
import type { FigureId } from '../domain/model/ids';
import { createPose } from '../domain/model/pose';
import { FigureListEntry } from './FigureList';
import { replayedSession, replaySteps } from './replay/replayedSession';

/** Five centimetres in six seconds: the row's words (to the centimetre) change only now and then. */
const creeping = (t: number) => createPose(t / 120_000, 1, 90);

describe('the figure list in replay', () => {
  it('re-renders a row only when the words it shows change, not at every step of the playhead', () => {
    const { store, walker, renamed, still } = replayedSession(creeping);
    const renders = new Map<FigureId, number>();
    const row = (id: FigureId) => (
      <Profiler id={id} onRender={(_, phase) => phase !== 'mount' && renders.set(id, (renders.get(id) ?? 0) + 1)}>
        <FigureListEntry id={id} />
      </Profiler>
    );
    const { container } = renderWithProviders(
      <ul>
        {row(walker)}
        {row(renamed)}
        {row(still)}
      </ul>,
      store,
    );
    const walkerText = () => container.querySelector('li')?.textContent ?? '';
    const shown = new Set<string>([walkerText()]);
    for (const t of replaySteps()) {
      act(() => store.getState().showReplayTime(t, true));
      shown.add(walkerText());
    }
    // The walker's row followed it to the end, once per change of its words: where it stood
    // before its first sample, then x 0.00 m to 0.05 m, against 160 steps of the playhead.
    expect(walkerText()).toContain('0.05');
    expect(shown.size).toBe(7);
    expect(renders.get(walker)).toBe(shown.size - 1);
    expect(renders.get(still) ?? 0).toBe(0);
    expect(renders.get(renamed)).toBe(1);
  });
});
