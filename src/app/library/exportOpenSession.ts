import { sessionFileText } from '../../domain/format/sessionFile';
import type { EpochMillis } from '../../domain/model/units';
import type { ResonansStore } from '../../store/createStore';
import { downloadText, exportFileName } from './download';

/** Exports the session as the store holds it: the way out when storage is gone. */
export function exportOpenSession(store: ResonansStore, now: EpochMillis): void {
  const { session, room, recording } = store.getState();
  if (!session || !recording) return;
  const text = sessionFileText({ info: session, room, recording: { initialRoom: recording.initialRoom, events: [...recording.events] } }, now);
  downloadText(exportFileName('session', session.id, now), text);
}
