import './remoteMark.css';
import { useTranslation } from 'react-i18next';
import type { FigureId } from '../../domain/model/ids';
import { useRemoteMove } from './remoteMove';

/**
 * A calm line under a figure's name while the other side of a live room moves it: "Client
 * moves" on the therapist's screen, "Therapist moves" on the client's. Page text inside the
 * label, so the label placer keeps it clear of the others and it costs no draw call.
 */
export function RemoteMoveMark({ id }: { id: FigureId }) {
  const { t } = useTranslation();
  const move = useRemoteMove();
  if (!move || move.figureId !== id) return null;
  return <span className="remote-move-mark">{t(`remote.mark.${move.by}`)}</span>;
}
