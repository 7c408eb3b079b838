import { useTranslation } from 'react-i18next';
import { useResonans } from '../../store/StoreContext';

/**
 * What the therapist chooses to let the client see: the current phase's note and the pseudonym.
 * Both stay hidden from the client until ticked here; the sync binding sends what the store holds.
 */
export function ShownToGuest() {
  const { t } = useTranslation();
  const phase = useResonans((state) => state.progress.phase);
  const noteShown = useResonans((state) => state.remote.shownNotes.includes(phase));
  const pseudonymShown = useResonans((state) => state.remote.showPseudonym);
  const showNote = useResonans((state) => state.showNoteToGuest);
  const showPseudonym = useResonans((state) => state.showPseudonymToGuest);
  return (
    <fieldset className="remote-shown">
      <legend>{t('remote.shown.title')}</legend>
      <label>
        <input type="checkbox" checked={noteShown} onChange={(event) => showNote(phase, event.target.checked)} />
        <span>{t('remote.shown.note')}</span>
      </label>
      <label>
        <input type="checkbox" checked={pseudonymShown} onChange={(event) => showPseudonym(event.target.checked)} />
        <span>{t('remote.shown.pseudonym')}</span>
      </label>
    </fieldset>
  );
}
