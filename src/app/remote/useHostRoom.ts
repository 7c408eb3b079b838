import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResonansStore } from '../../store/createStore';
import type { HostRoom } from '../../sync/remoteRoom';
import type { HostRoomControl, HostRoomOpening } from '../../ui/remote/hostRoomControl';
import { describeError } from '../services';
import { appAddress, configuredRelayUrl } from './relaySetting';

/** How the room is opened: the real relay in the app, a fake in component tests. */
export type OpenHost = (options: { store: ResonansStore; hostName: string }) => Promise<HostRoom>;

/** Loads the live room's machinery only when the therapist opens a room, so the app's first script stays small. */
export const openOnRelay: OpenHost = async ({ store, hostName }) => {
  const { openHostRoom } = await import('../../sync/openRemoteRoom');
  return openHostRoom({ store, hostName, relayUrl: configuredRelayUrl(), appUrl: appAddress(window.location) });
};

/**
 * The open session's live room, held by the editing screen: nothing is opened until the
 * therapist asks, and leaving the session ends the room for the client at once.
 */
export function useHostRoom(store: ResonansStore, openHost: OpenHost = openOnRelay): HostRoomControl {
  const [room, setRoom] = useState<HostRoom | null>(null);
  const [opening, setOpening] = useState<HostRoomOpening>({ kind: 'closed' });
  const [inviteShown, setInviteShown] = useState(false);
  const [ended, setEnded] = useState(false);
  const held = useRef<HostRoom | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const open = held.current;
      held.current = null;
      void open?.end();
    };
  }, []);

  const open = useCallback(
    async (hostName: string) => {
      if (held.current) return;
      setOpening({ kind: 'opening' });
      try {
        const opened = await openHost({ store, hostName });
        // The session closed while the room was opening: it must not stay open behind it.
        if (!mounted.current) return void opened.end();
        held.current = opened;
        setRoom(opened);
        setEnded(false);
        setOpening({ kind: 'closed' });
      } catch (error) {
        if (mounted.current) setOpening({ kind: 'failed', reason: describeError(error) });
      }
    },
    [openHost, store],
  );

  const end = useCallback(async () => {
    const open = held.current;
    held.current = null;
    setRoom(null);
    setInviteShown(false);
    if (!open) return;
    setEnded(true);
    await open.end();
  }, []);

  const showInvite = useCallback(() => setInviteShown(true), []);
  const hideInvite = useCallback(() => {
    setInviteShown(false);
    setOpening((current) => (current.kind === 'failed' ? { kind: 'closed' } : current));
  }, []);

  return useMemo(
    () => ({ room, opening, inviteShown, ended, showInvite, hideInvite, open, end }),
    [room, opening, inviteShown, ended, showInvite, hideInvite, open, end],
  );
}
