import type { SessionId } from '../domain/model/ids';
import type { ResonansStore } from '../store/createStore';
import { type Autosave, type AutosaveOptions, startAutosave } from './autosave';
import { foldJournal } from './foldJournal';
import type { Journal } from './journal';
import type { SessionRepository } from './sessionRepository';
import { leavingDraftFigure } from '../domain/method/leavingDraft';

/**
 * Opens a stored session for editing in the tab that holds its lock: reads it from storage,
 * folds in the journal of the last moments before a tab closed, opens it in the store, and starts
 * autosave knowing exactly what storage holds, so what storage lacks is written at once. What the
 * therapist should know (changes brought back, a damaged store) is said through the store.
 */
export async function openForEditing(
  store: ResonansStore,
  repository: SessionRepository,
  id: SessionId,
  options: Omit<AutosaveOptions, 'journal'> & { readonly journal: Journal },
): Promise<Autosave | null> {
  const opened = await repository.open(id);
  if (!opened) return null;
  const folded = foldJournal(opened, options.journal.read(id));
  const autosave = startAutosave(store, repository, options);
  const state = store.getState();
  state.resetKeeping();
  state.openSession(folded.session, { readOnly: false });
  // A damaged store is written anew as a whole; otherwise only what it lacks is appended.
  autosave.opened(opened.damage ? { events: 0, room: null } : { events: folded.storedEvents, room: folded.storedRoom });
  for (const [phase, text] of Object.entries(folded.drafts.notes)) store.getState().setNote(Number(phase), text);
  for (const [figureId, text] of Object.entries(folded.drafts.statements)) {
    const leaving = leavingDraftFigure(figureId);
    if (leaving) store.getState().setLeavingRole(leaving, text);
    const figure = store.getState().room.figures[figureId as keyof typeof folded.session.room.figures];
    if (figure) store.getState().setStatement(figure.id, text);
  }
  if (opened.damage) store.getState().showKeepingNotice({ kind: 'damaged', ...opened.damage });
  if (folded.outcome !== 'none') store.getState().showKeepingNotice({ kind: folded.outcome });
  return autosave;
}
