import { lazy, Suspense } from 'react';
import type { HostRoomControl } from '../../ui/remote/hostRoomControl';
import type { RoomGuest } from '../../ui/remote/RoomGuests';

const HostRemote = lazy(() => import('../../ui/remote/HostRemote'));

/** The live room's panel and dialog: their code loads only when the therapist first chooses "Invite" or "Present to a supervisor". */
export function HostRemoteSide({ control, who = 'client' }: { control: HostRoomControl; who?: RoomGuest }) {
  if (!control.room && !control.inviteShown && !control.ended) return null;
  return (
    <Suspense fallback={null}>
      <HostRemote control={control} who={who} />
    </Suspense>
  );
}
