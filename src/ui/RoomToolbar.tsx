import { useTranslation } from 'react-i18next';
import { redo, undo } from '../store/history';
import { useCanUndo, useResonans, useResonansStore } from '../store/StoreContext';

/** Undo and redo, and the three ways to see the room. */
export function RoomToolbar() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const { canUndo, canRedo } = useCanUndo();
  const viewMode = useResonans((state) => state.viewMode);
  const hasSelection = useResonans((state) => state.selectedFigureId !== null);
  const covert = useResonans((state) => state.covert);
  const setViewMode = (mode: 'room' | 'top' | 'figure') => store.getState().setViewMode(mode);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('room.toolbar')}>
      <button type="button" onClick={() => undo(store)} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {t('room.undo')}
      </button>
      <button type="button" onClick={() => redo(store)} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
        {t('room.redo')}
      </button>
      <span className="toolbar-gap" />
      <label className="switch">
        <input type="checkbox" role="switch" checked={viewMode === 'top'} onChange={(event) => setViewMode(event.target.checked ? 'top' : 'room')} />
        <span>{t('room.topView')}</span>
      </label>
      <label className="switch" title={t('room.covertHint')}>
        <input type="checkbox" role="switch" checked={covert} onChange={(event) => store.getState().setCovert(event.target.checked)} />
        <span>{t('room.covert')}</span>
      </label>
      <button type="button" onClick={() => store.getState().setPresenting(true)}>
        {t('room.presentation')}
      </button>
      <button
        type="button"
        aria-pressed={viewMode === 'figure'}
        disabled={!hasSelection && viewMode !== 'figure'}
        title={hasSelection ? undefined : t('room.viewFromFigureHint')}
        onClick={() => setViewMode(viewMode === 'figure' ? 'room' : 'figure')}
      >
        {t('room.viewFromFigure')}
      </button>
      <button type="button" title={t('board.resetViewHint')} onClick={() => store.getState().resetView()}>
        {t('board.resetView')}
      </button>
    </div>
  );
}
