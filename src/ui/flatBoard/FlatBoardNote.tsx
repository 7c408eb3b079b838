import { useTranslation } from 'react-i18next';
import { useResonansStore } from '../../store/StoreContext';

/** Why the 2D board stands where the 3D room would: no WebGL, a lost context, or the therapist's choice. */
export type FlatBoardReason = 'missing' | 'lost' | 'chosen';

/** A calm sentence saying why the 3D room is off, and the way back to it where there is one. */
export function FlatBoardNote({ reason }: { reason: FlatBoardReason }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const back = () => {
    const state = store.getState();
    state.setRoom3dUnavailable(null);
    state.setBoard('room');
  };
  return (
    <div className="flat-board-note" role="status">
      <p>{t(`flatBoard.${reason}`)}</p>
      {reason !== 'missing' && (
        <button type="button" onClick={back}>
          {reason === 'lost' ? t('flatBoard.retry3d') : t('flatBoard.show3d')}
        </button>
      )}
    </div>
  );
}
