import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResonansStore } from '../../store/createStore';
import type { HostRoomControl } from '../../ui/remote/hostRoomControl';
import { useServices } from '../services';
import { supervisionReplayCopy } from './supervisionReplayCopy';
import { type OpenHost, openOnRelay, useHostRoom } from './useHostRoom';

/**
 * The replay's room for a supervisor, held by the replay screen and ended with it. The room is
 * presenting the supervision copy before its link exists, so whoever is let in never sees the
 * session itself; presenting ends only with the room.
 */
export function useSupervisionRoom(store: ResonansStore, openHost: OpenHost = openOnRelay): HostRoomControl {
  const { t } = useTranslation();
  const { ids, repository } = useServices();
  const openPresenting = useCallback<OpenHost>(
    async (options) => {
      const copy = await supervisionReplayCopy(store.getState(), t, ids, repository);
      if (!copy) throw new Error(t('room.notFound'));
      const room = await openHost(options);
      if (!room.presentReplay?.(copy)) {
        await room.end();
        throw new Error(t('remote.present.tooLong'));
      }
      return room;
    },
    [store, t, ids, repository, openHost],
  );
  return useHostRoom(store, openPresenting);
}
