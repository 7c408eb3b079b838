import { useCallback, useEffect, useRef, useState } from 'react';
import { parseInviteFragment } from '../../domain/sync/invite';
import { StoreProvider } from '../../store/StoreContext';
import type { GuestRoom } from '../../sync/remoteRoom';
import { GuestKnock } from '../../ui/remote/GuestKnock';
import { GuestLive } from '../../ui/remote/GuestLive';
import { GuestNotice } from '../../ui/remote/GuestNotice';
import { useRoomStatus } from '../../ui/remote/useRoomStatus';
import { describeError } from '../services';
import { GuestCanvas } from './GuestCanvas';
import { FollowedReplay } from './FollowedReplay';
import { configuredRelayUrl } from './relaySetting';

/** How the client joins: the real relay in the app, a fake in component tests. */
export type JoinGuest = (options: { link: string; guestName: string }) => Promise<GuestRoom>;

/** Loads the live room's machinery only when the client knocks. */
export const joinOnRelay: JoinGuest = async ({ link, guestName }) => {
  const { joinGuestRoom } = await import('../../sync/openRemoteRoom');
  return joinGuestRoom({ link, guestName, relayUrl: configuredRelayUrl() });
};

type Joining =
  | { readonly kind: 'knock'; readonly problem: string | null }
  | { readonly kind: 'joining' }
  | { readonly kind: 'in'; readonly room: GuestRoom }
  | { readonly kind: 'left' };

/**
 * The client's page, opened from the invite link (`#/join/<room>/<key>`). It keeps nothing: no
 * IndexedDB, no library, no session of its own; the room lives in memory while the tab is open.
 */
export function JoinRoute({ link, join = joinOnRelay }: { link: string; join?: JoinGuest }) {
  const [joining, setJoining] = useState<Joining>({ kind: 'knock', problem: null });
  const held = useRef<GuestRoom | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const room = held.current;
      held.current = null;
      void room?.leave();
    };
  }, []);

  const knock = useCallback(
    async (guestName: string) => {
      setJoining({ kind: 'joining' });
      try {
        const room = await join({ link, guestName });
        if (!mounted.current) return void room.leave();
        held.current = room;
        setJoining({ kind: 'in', room });
      } catch (error) {
        if (mounted.current) setJoining({ kind: 'knock', problem: describeError(error) });
      }
    },
    [join, link],
  );

  const leave = useCallback(async () => {
    const room = held.current;
    held.current = null;
    setJoining({ kind: 'left' });
    await room?.leave();
  }, []);

  if (!parseInviteFragment(link)) return <GuestNotice kind="badLink" />;
  switch (joining.kind) {
    case 'knock':
    case 'joining':
      return <GuestKnock busy={joining.kind === 'joining'} problem={joining.kind === 'knock' ? joining.problem : null} onKnock={(name) => void knock(name)} />;
    case 'left':
      return <GuestNotice kind="left" />;
    case 'in':
      return <GuestInRoom room={joining.room} onLeave={() => void leave()} />;
  }
}

function GuestInRoom({ room, onLeave }: { room: GuestRoom; onLeave: () => void }) {
  const status = useRoomStatus(room);
  if (status.stage !== 'admitted') return <GuestNotice kind={status.stage} status={status} />;
  return (
    <StoreProvider store={room.store}>
      {status.replaying ? <FollowedReplay status={status} onLeave={onLeave} /> : <GuestLive status={status} room={<GuestCanvas />} onLeave={onLeave} />}
    </StoreProvider>
  );
}
