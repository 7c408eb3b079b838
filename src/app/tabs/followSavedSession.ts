import type { SessionId } from '../../domain/model/ids';
import type { TabChannel } from './tabChannel';

/**
 * A tab that shows a session read-only follows what the editing tab saves: each "saved" for
 * this session reads it again. Reads never overlap; saves that come during a read are folded
 * into one more read after it, so a tab saving every second costs one read a second at most.
 * Returns the way to stop following.
 */
export function followSavedSession(tabs: TabChannel | undefined, id: SessionId, reread: () => Promise<void>): () => void {
  if (!tabs) return () => undefined;
  let stopped = false;
  let reading = false;
  let again = false;
  const read = async (): Promise<void> => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        if (stopped) return;
        // A failed read leaves the last picture shown; the next save tries again.
        await reread().catch(() => undefined);
      } while (again);
    } finally {
      reading = false;
    }
  };
  const stopListening = tabs.listen((message) => {
    if (message.kind === 'saved' && message.id === id) void read();
  });
  return () => {
    stopped = true;
    stopListening();
  };
}
