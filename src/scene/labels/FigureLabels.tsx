import './labels.css';
import type { RefObject } from 'react';
import type { FigureId } from '../../domain/model/ids';
import { useShownLabel } from '../../i18n/useShownLabel';
import { selectOrder } from '../../store/selectors';
import { useResonans } from '../../store/StoreContext';
import { RemoteMoveMark } from '../remote/RemoteMoveMark';
import { ResonanceLabelMark } from '../../ui/method/ResonanceLabelMark';
import { LabelThumbnail, useLabelStrokes } from '../../ui/drawing/LabelThumbnail';

/**
 * The figures' names as page text over the room: crisp at any angle, the same size on screen
 * however near a figure stands, and costing no draw calls. React renders the words; where
 * each one goes is written by the label placer on every frame (`LabelPlacer`), not by React.
 * Hidden from screen readers: the figure list says the same and more.
 */
export function FigureLabels({ layer }: { layer: RefObject<HTMLDivElement | null> }) {
  const order = useResonans(selectOrder);
  const selected = useResonans((state) => state.selectedFigureId);
  return (
    <div ref={layer} className="figure-labels" aria-hidden="true">
      <svg>
        {order.map((id) => (
          <line key={id} data-figure-id={id} visibility="hidden" />
        ))}
      </svg>
      {order.map((id) => (
        <FigureLabelText key={id} id={id} selected={id === selected} />
      ))}
    </div>
  );
}

function FigureLabelText({ id, selected }: { id: FigureId; selected: boolean }) {
  const text = useShownLabel(id);
  const drawn = useLabelStrokes(id);
  return (
    <span className={`${selected ? 'figure-label selected' : 'figure-label'}${drawn ? ' with-drawing' : ''}`} data-figure-id={id}>
      {drawn && <LabelThumbnail strokes={drawn} />}
      {text}
      <RemoteMoveMark id={id} />
      <ResonanceLabelMark id={id} />
    </span>
  );
}
