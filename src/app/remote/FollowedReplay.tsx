import { PlaybackContext } from '../../store/PlaybackContext';
import { useResonansStore } from '../../store/StoreContext';
import type { GuestRoomStatus } from '../../sync/remoteRoom';
import { GuestReplay } from '../../ui/remote/GuestReplay';
import { GuestCanvas } from './GuestCanvas';
import { useFollowedPlayback } from './useFollowedPlayback';

/** The presented replay in the supervisor's browser: the room follows the therapist's playhead frame by frame. */
export function FollowedReplay({ status, onLeave }: { status: GuestRoomStatus; onLeave: () => void }) {
  const playback = useFollowedPlayback(useResonansStore());
  return (
    <PlaybackContext.Provider value={playback}>
      <GuestReplay status={status} room={<GuestCanvas />} onLeave={onLeave} />
    </PlaybackContext.Provider>
  );
}
