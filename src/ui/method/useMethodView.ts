import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../domain/model/figure';
import type { FigureId } from '../../domain/model/ids';
import { indexMethod, type MethodIndex, methodProgressAt, movedByAt, resonanceAt } from '../../domain/method/methodIndex';
import type { MethodProgress } from '../../domain/method/methodProgress';
import type { Mover } from '../../domain/recording/events';
import type { Recording } from '../../domain/recording/recording';
import { useShownName } from '../../i18n/useShownLabel';
import { useResonans } from '../../store/StoreContext';
import type { ResonansState } from '../../store/storeTypes';

/** One index per replayed recording, shared by every label and list entry that asks. */
const indexes = new WeakMap<Recording, MethodIndex>();

function methodIndexOf(recording: Recording): MethodIndex {
  let index = indexes.get(recording);
  if (!index) {
    index = indexMethod(recording);
    indexes.set(recording, index);
  }
  return index;
}

/**
 * The method's marks as the screen shows them: while working, as they stand now; in replay, as
 * they stood at the playhead (a replayed recording does not grow, so its index is built once).
 */
export function methodAt(state: ResonansState): MethodProgress {
  if (state.replay && state.recording) return methodProgressAt(methodIndexOf(state.recording), state.replay.t);
  return state.progress.method;
}

/** The figure the client is in resonance with, now or at the playhead, or null. */
export const selectResonance = (state: ResonansState): FigureId | null =>
  state.replay && state.recording ? resonanceAt(methodIndexOf(state.recording), state.replay.t) : state.progress.method.resonance;

/** Who moves the figure: while working, the therapist's choice; in replay, who moved it last before the playhead. */
export const selectMover =
  (id: FigureId) =>
  (state: ResonansState): Mover | null =>
    state.replay && state.recording ? movedByAt(methodIndexOf(state.recording), id, state.replay.t) : (state.progress.method.movers[id] ?? null);

export function useResonanceFigure(): FigureId | null {
  return useResonans(selectResonance);
}

/**
 * The name of who speaks or expresses through a figure right now: "the client, from <figure>"
 * while the client is in resonance with it, else the figure's own (shown) name.
 */
export function useSpeakerName(): (figure: Pick<Figure, 'id' | 'kind' | 'label'>) => string {
  const { t } = useTranslation();
  const shownName = useShownName();
  const resonance = useResonanceFigure();
  return useCallback(
    (figure) => (figure.id === resonance ? t('method.clientFrom', { figure: shownName(figure) }) : shownName(figure)),
    [resonance, shownName, t],
  );
}
