import { useTranslation } from 'react-i18next';
import { redo, undo } from '../store/history';
import { useCanUndo, useResonans, useResonansStore } from '../store/StoreContext';
import { RedoSign, UndoSign } from './icons';

/**
 * Undo and redo, covert and presentation: one compact row in the room's header. Undo and redo
 * show as arrows; their names are read out and shown on hover. The ways to see the room sit on
 * the room itself (ViewTools).
 */
export function RoomToolbar() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { canUndo, canRedo } = useCanUndo();
  const covert = useResonans((state) => state.covert);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('room.toolbar')}>
      <button type="button" className="icon undo" onClick={() => undo(store)} disabled={!canUndo} aria-keyshortcuts="Control+Z" title={t('room.undo')}>
        <UndoSign />
        <span className="visually-hidden">{t('room.undo')}</span>
      </button>
      <button type="button" className="icon redo" onClick={() => redo(store)} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z" title={t('room.redo')}>
        <RedoSign />
        <span className="visually-hidden">{t('room.redo')}</span>
      </button>
      <label className="switch" title={t('room.covertHint')}>
        <input type="checkbox" role="switch" checked={covert} onChange={(event) => store.getState().setCovert(event.target.checked)} />
        <span>{t('room.covert')}</span>
      </label>
      <button type="button" onClick={() => store.getState().setPresenting(true)}>
        {t('room.presentation')}
      </button>
    </div>
  );
}
