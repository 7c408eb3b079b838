import { writeResonansFile } from '../../domain/format/resonansFile';
import type { EpochMillis } from '../../domain/model/units';
import type { ResonansStore } from '../../store/createStore';
import { downloadBlob, exportFileName } from './download';

/**
 * Exports the session as the store holds it: the way out when storage is gone (or the app
 * fails). An empty passphrase writes the file unprotected. Resolves when the download starts.
 */
export async function exportOpenSession(store: ResonansStore, now: EpochMillis, passphrase = ''): Promise<void> {
  const { session, room, recording } = store.getState();
  if (!session || !recording) return;
  const content = { info: session, room, recording: { initialRoom: recording.initialRoom, events: [...recording.events] } };
  const file = await writeResonansFile({ kind: 'session', session: content, pseudonymised: session.pseudonymised === true }, now, { passphrase });
  downloadBlob(exportFileName('session', session.id, now, passphrase !== ''), file);
}
