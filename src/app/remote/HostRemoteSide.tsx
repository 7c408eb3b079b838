import { lazy, Suspense } from 'react';
import type { HostRoomControl } from '../../ui/remote/hostRoomControl';

const HostRemote = lazy(() => import('../../ui/remote/HostRemote'));

/** The live room's panel and dialog: their code loads only when the therapist first chooses "Invite". */
export function HostRemoteSide({ control }: { control: HostRoomControl }) {
  if (!control.room && !control.inviteShown && !control.ended) return null;
  return (
    <Suspense fallback={null}>
      <HostRemote control={control} />
    </Suspense>
  );
}
