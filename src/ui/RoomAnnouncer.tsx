import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { relativePlace } from '../domain/analysis/relativePlace';
import { covertNumber } from '../i18n/useShownLabel';
import type { Figure } from '../domain/model/figure';
import { normaliseFacing } from '../domain/model/pose';
import type { RoomState } from '../domain/model/roomState';
import { useResonansStore } from '../store/StoreContext';
import { usePoseText } from './poseText';

/**
 * Tells screen-reader users what just happened in the room: after each move, turn or added
 * figure, which figure, where it now stands relative to the client and which way it faces.
 */
export function RoomAnnouncer() {
  const { t, i18n } = useTranslation();
  const store = useResonansStore();
  const poseText = usePoseText();
  const [message, setMessage] = useState('');
  const metres = useMemo(() => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), [i18n.language]);

  useEffect(() => {
    const describe = (figure: Figure, room: RoomState): string => {
      const number = covertNumber(store.getState(), room, figure);
      const name = number === null ? figure.label : t('figure.covert', { number });
      if (figure.released) return t('announce.released', { figure: name });
      const client = room.order.map((id) => room.figures[id]).find((other) => other?.kind === 'client');
      if (!client || client.id === figure.id) return t('announce.client', { figure: name, pose: poseText(figure.pose) });
      const place = relativePlace(client.pose, figure.pose);
      const facing =
        place.facing === 'aside'
          ? t('announce.facing.aside', { degrees: String(normaliseFacing(Math.round(figure.pose.facing))) })
          : t(`announce.facing.${place.facing}`);
      return t('announce.place', { figure: name, distance: metres.format(place.distanceMetres), sector: t(`announce.sectors.${place.sector}`), facing });
    };
    return store.subscribe((state, previous) => {
      if (state.room === previous.room || state.replay || state.session?.id !== previous.session?.id) return;
      const figures = state.room.order.map((id) => state.room.figures[id]);
      const changed = figures.find((figure) => figure && figure !== previous.room.figures[figure.id] && previous.room.figures[figure.id]);
      // A figure just added is said too, so a screen-reader user knows where it landed.
      const added = figures.find((figure) => figure && !previous.room.figures[figure.id]);
      const said = changed ?? added;
      if (said) setMessage(describe(said, state.room));
    });
  }, [store, t, metres, poseText]);

  return (
    <p className="visually-hidden" aria-live="polite" role="status">
      {message}
    </p>
  );
}
