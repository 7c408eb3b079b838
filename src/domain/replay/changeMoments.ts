import type { FigureId } from '../model/ids';
import type { RecordedEvent } from '../recording/events';

/**
 * The moments a therapist steps between with "next change": every time something changed,
 * but a movement counts once, at its start and at its end. A drag records 20 samples a second,
 * and stepping through each of them (50 ms apart, one clock second showing for twenty presses)
 * looked as if "next change" were stuck.
 *
 * Sorted and distinct even if a file's events are not in time order, so a binary search over
 * them never sends the playhead backwards.
 */
export function changeMoments(events: readonly RecordedEvent[]): number[] {
  const times: number[] = [0];
  // Where in `times` each figure's latest movement sample stands, while the movement goes on.
  const movingAt = new Map<FigureId, number>();
  for (const event of events) {
    if (event.type === 'pose' && event.joined) {
      const previous = movingAt.get(event.figureId);
      // The sample before this one was the middle of the movement, not its end.
      if (previous !== undefined) times[previous] = Number.NaN;
      movingAt.set(event.figureId, times.length);
    } else if (event.type === 'pose' || event.type === 'figureAdded' || event.type === 'figureRemoved') {
      movingAt.delete(event.figureId);
    }
    times.push(event.t);
  }
  const kept = times.filter((t) => Number.isFinite(t));
  // A recording made by the app is in time order already; only a damaged file needs the sort.
  if (!kept.every((t, i) => i === 0 || t >= (kept[i - 1] ?? t))) kept.sort((a, b) => a - b);
  return kept.filter((t, i) => i === 0 || t !== kept[i - 1]);
}
