import type { HostRoomControl } from './hostRoomControl';
import { HostPanel } from './HostPanel';
import { InviteDialog } from './InviteDialog';
import type { RoomGuest } from './RoomGuests';
import { SupervisionPanel } from './SupervisionPanel';

/** The therapist's screens of the live room, loaded only once the therapist invites a client or presents a replay. */
export default function HostRemote({ control, who = 'client' }: { control: HostRoomControl; who?: RoomGuest }) {
  return (
    <>
      {who === 'client' ? <HostPanel control={control} /> : <SupervisionPanel control={control} />}
      {control.inviteShown && <InviteDialog control={control} who={who} />}
    </>
  );
}
