import { useTranslation } from 'react-i18next';
import type { Figure } from '../domain/model/figure';
import type { FigureId } from '../domain/model/ids';
import type { RoomState } from '../domain/model/roomState';
import { shownRoom } from '../store/selectors';
import { useResonans } from '../store/StoreContext';
import type { ResonansState } from '../store/storeTypes';

/** In covert mode, the number an element is shown by (its place among the elements), else null. */
export function covertNumber(state: Pick<ResonansState, 'covert'>, room: RoomState, figure: Pick<Figure, 'id' | 'kind'>): number | null {
  if (!state.covert || figure.kind !== 'element') return null;
  const elements = room.order.filter((id) => room.figures[id]?.kind === 'element');
  return elements.indexOf(figure.id) + 1;
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
