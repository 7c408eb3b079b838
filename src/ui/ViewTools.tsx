import { useTranslation } from 'react-i18next';
import { useResonans, useResonansStore } from '../store/StoreContext';

/**
 * The ways to see the room: from above, from a figure's eyes, and back to the start. They act
 * on the view alone, so they sit on the room's corner instead of taking a row of the screen.
 * (Reset view is helper D's, from the scene's view slice.)
 */
export function ViewTools() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const viewMode = useResonans((state) => state.viewMode);
  const hasSelection = useResonans((state) => state.selectedFigureId !== null);
  const setViewMode = (mode: 'room' | 'top' | 'figure') => store.getState().setViewMode(mode);
  const unavailable = useResonans((state) => state.room3dUnavailable);
  const flat = useResonans((state) => state.board === 'flat') || unavailable !== null;
  // Without WebGL there is only the 2D board: nothing to switch (its note says why).
  if (unavailable === 'missing') return null;
  const chooseFlat = (chosen: boolean) => {
    const state = store.getState();
    if (!chosen) state.setRoom3dUnavailable(null);
    state.setBoard(chosen ? 'flat' : 'room');
  };
  const flatSwitch = (
    <label className="switch">
      <input type="checkbox" role="switch" checked={flat} onChange={(event) => chooseFlat(event.target.checked)} />
      <span>{t('flatBoard.switch')}</span>
    </label>
  );
  // The 2D board is always seen from above: the 3D views have nothing to do there.
  if (flat) {
    return (
      <div className="view-tools" role="toolbar" aria-label={t('layout.viewTools')}>
        {flatSwitch}
      </div>
    );
  }
  return (
    <div className="view-tools" role="toolbar" aria-label={t('layout.viewTools')}>
      <label className="switch">
        <input type="checkbox" role="switch" checked={viewMode === 'top'} onChange={(event) => setViewMode(event.target.checked ? 'top' : 'room')} />
        <span>{t('room.topView')}</span>
      </label>
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
      {flatSwitch}
    </div>
  );
}
