import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { covertNumbers } from '../../domain/model/covertOrder';
import type { Figure } from '../../domain/model/figure';
import type { RoomState } from '../../domain/model/roomState';
import type { Session } from '../../domain/model/session';
import { diagramMarkup } from '../../diagram/diagramToSvg';
import { topViewDiagram } from '../../diagram/topViewDiagram';

const SIZE_PX = 240;

/** One session's room from above, small, through the same diagram as the report and the 2D board. */
export function StationPicture({ session, room, label }: { session: Session; room: RoomState; label: string }) {
  const { t } = useTranslation();
  const markup = useMemo(() => {
    // A covert session shows its elements by number here too.
    const numbers = session.info.covert ? covertNumbers(session.info, room) : null;
    const labels = (figure: Figure) => {
      const number = figure.kind === 'element' ? numbers?.get(figure.id) : undefined;
      return number === undefined ? figure.label : t('figure.covert', { number });
    };
    return diagramMarkup(topViewDiagram({ room, labels, widthPx: SIZE_PX, heightPx: SIZE_PX, released: 'faint' }));
  }, [session, room, t]);
  return <svg className="station-picture" viewBox={`0 0 ${SIZE_PX} ${SIZE_PX}`} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: markup }} />;
}
