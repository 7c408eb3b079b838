import type { HostRoomControl } from './hostRoomControl';
import { HostPanel } from './HostPanel';
import { InviteDialog } from './InviteDialog';

/** The therapist's screens of the live room, loaded only once the therapist chooses "Invite". */
export default function HostRemote({ control }: { control: HostRoomControl }) {
  return (
    <>
      <HostPanel control={control} />
      {control.inviteShown && <InviteDialog control={control} />}
    </>
  );
}
