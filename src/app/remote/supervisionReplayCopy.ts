import type { TFunction } from 'i18next';
import { KEEP_NOTHING, supervisionCopy } from '../../domain/format/supervisionCopy';
import type { IdSource } from '../../domain/model/ids';
import type { Session } from '../../domain/model/session';
import type { SessionRepository } from '../../persistence/sessionRepository';
import type { ResonansState } from '../../store/storeTypes';
import { neutralNames } from '../../ui/files/neutralNames';
import { sessionNumberOf } from '../library/useFileTransfer';

/**
 * What a supervisor is shown of the open session: its supervision copy with the export's safe
 * defaults (no labels, notes, statements, intention or drawing; dated by its number among the
 * client's sessions; neutral names in the therapist's language), never the session itself.
 */
export async function supervisionReplayCopy(
  state: Pick<ResonansState, 'session' | 'room' | 'recording'>,
  t: TFunction,
  ids: IdSource,
  repository: Pick<SessionRepository, 'list'>,
): Promise<Session | null> {
  const { session: info, room, recording } = state;
  if (!info || !recording) return null;
  const session: Session = { info, room, recording: { initialRoom: recording.initialRoom, events: [...recording.events] } };
  const known = await repository.list().catch(() => []);
  const summary = known.find((each) => each.id === info.id);
  const number = summary ? sessionNumberOf(summary, known) : 1;
  return supervisionCopy(session, { keep: KEEP_NOTHING, dating: 'session-number', names: neutralNames(t, number), ids }, number);
}
