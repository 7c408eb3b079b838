import './remoteMark.css';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../domain/model/ids';
import { useResonans } from '../../store/StoreContext';

/**
 * A calm line under a figure's name while the other side of a live room moves it: "Client
 * moves" on the therapist's screen, "Therapist moves" on the client's. Page text inside the
 * label, so the label placer keeps it clear of the others and it costs no draw call.
 */
export function RemoteMoveMark({ id }: { id: FigureId }) {
  const { t } = useTranslation();
  const by = useResonans((state) => {
    const mover = state.remote.movingBy[id];
    return mover && state.remote.role !== null && mover !== state.remote.role ? mover : null;
  });
  if (!by) return null;
  return <span className="remote-move-mark">{t(`remote.mark.${by}`)}</span>;
}
