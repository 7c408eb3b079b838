import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { covertNumbers, inCovertOrder } from '../domain/model/covertOrder';
import type { Figure } from '../domain/model/figure';
import type { FigureId } from '../domain/model/ids';
import type { RoomState } from '../domain/model/roomState';
import { shownRoom } from '../store/selectors';
import { useResonans } from '../store/StoreContext';
import type { ResonansState } from '../store/storeTypes';

/**
 * Covert mode (IoPT) hides every clue to the words of the intention: an element is shown as
 * "Element n" by its number in the session's own random order (domain/model/covertOrder.ts),
 * the header hides the intention and the client's name, and lists of elements follow the
 * numbers rather than the words. Everything on screen that names a figure goes through here.
 */

/** In covert mode, the number an element is shown by, else null. */
export function covertNumber(state: Pick<ResonansState, 'covert' | 'session'>, room: RoomState, figure: Pick<Figure, 'id' | 'kind'>): number | null {
  if (!state.covert || figure.kind !== 'element') return null;
  return covertNumbers(state.session, room).get(figure.id) ?? null;
}

/** The name a figure shows on screen: its label, or a neutral one while its meaning is covert. */
export function useShownLabel(id: FigureId): string {
  const { t } = useTranslation();
  const label = useResonans((state) => shownRoom(state).figures[id]?.label ?? '');
  const number = useResonans((state) => {
    const room = shownRoom(state);
    const figure = room.figures[id];
    return figure ? covertNumber(state, room, figure) : null;
  });
  return number === null ? label : t('figure.covert', { number });
}

/** A function giving any figure's shown name, for panels that name several figures. */
export function useShownName(): (figure: Pick<Figure, 'id' | 'kind' | 'label'>) => string {
  const { t } = useTranslation();
  const covert = useResonans((state) => state.covert);
  const session = useResonans((state) => state.session);
  const room = useResonans(shownRoom);
  const numbers = useMemo(() => (covert ? covertNumbers(session, room) : null), [covert, session, room]);
  return useCallback(
    (figure) => {
      const number = figure.kind === 'element' ? numbers?.get(figure.id) : undefined;
      return number === undefined ? figure.label : t('figure.covert', { number });
    },
    [numbers, t],
  );
}

/** The figures in the order lists show them: in covert mode elements follow their numbers, not the words. */
export function useShownOrder(order: readonly FigureId[]): readonly FigureId[] {
  const covert = useResonans((state) => state.covert);
  const session = useResonans((state) => state.session);
  const room = useResonans(shownRoom);
  return useMemo(() => (covert ? inCovertOrder(session, room, order) : order), [covert, session, room, order]);
}

/** The session's heading: the client's pseudonym and the intention, or neutral words in covert mode. */
export function useShownHeading(): { readonly client: string; readonly intention: string } {
  const { t } = useTranslation();
  const covert = useResonans((state) => state.covert);
  const session = useResonans((state) => state.session);
  if (covert) return { client: t('figureKinds.covertClient'), intention: t('figureKinds.covertIntention') };
  return { client: session?.clientPseudonym || t('library.noPseudonym'), intention: session?.intention ?? '' };
}
