import type { FigureId } from '../model/ids';
import type { RecordedEvent } from '../recording/events';

/**
 * The figures released from their roles, in the order the client released them (IoPT
 * rounding off). A release taken back by undo leaves the list; released again, the figure
 * takes its new place.
 */
export function releaseOrder(events: readonly RecordedEvent[]): FigureId[] {
  const order: FigureId[] = [];
  for (const event of events) {
    if (event.type !== 'figureChanged' && event.type !== 'figureRemoved') continue;
    const at = order.indexOf(event.figureId);
    const released = event.type === 'figureChanged' && event.appearance.released;
    if (released && at >= 0) continue;
    if (released) order.push(event.figureId);
    else if (at >= 0) order.splice(at, 1);
  }
  return order;
}
