import type { FigureId } from '../domain/model/ids';
import { type Pose, posesEqual } from '../domain/model/pose';
import type { UnstampedEvent } from '../domain/recording/events';
import { roomChanges } from '../domain/recording/roomChanges';
import type { ResonansStore } from './createStore';

/**
 * Records every change of the room as it happens: drag samples as they come (at most 20 Hz,
 * joined into one movement), and the difference between each room and the next, so that undo,
 * redo and every edit are recorded the same way and the history is never erased.
 */
export function attachRecorder(store: ResonansStore): () => void {
  const lastPose = new Map<FigureId, Pose>();
  return store.subscribe((state, previous) => {
    if (state.recording !== previous.recording) {
      lastPose.clear();
      return;
    }
    if (!state.recording || state.progress.finished) return;
    const events: UnstampedEvent[] = [];
    const sample = (figureId: FigureId, pose: Pose, joined: boolean) => {
      events.push({ type: 'pose', figureId, pose, joined });
      lastPose.set(figureId, pose);
    };
    if (state.drag && state.drag !== previous.drag) {
      const held = state.room.figures[state.drag.figureId]?.pose;
      // A movement starts where the figure stood when it was picked up, at that moment.
      if (previous.drag?.figureId !== state.drag.figureId && held) sample(state.drag.figureId, held, false);
      sample(state.drag.figureId, state.drag.pose, true);
    }
    if (state.room !== previous.room) {
      for (const change of roomChanges(previous.room, state.room, (id) => lastPose.get(id))) {
        events.push(change);
        if (change.type === 'pose' || change.type === 'figureAdded') lastPose.set(change.figureId, change.pose);
      }
    }
    if (previous.drag && previous.drag !== state.drag && previous.drag.figureId !== state.drag?.figureId) {
      // A drag that was dropped leaves the figure where it stood: record the jump back.
      const id = previous.drag.figureId;
      const pose = state.room.figures[id]?.pose;
      const recorded = lastPose.get(id);
      if (pose && recorded && !posesEqual(recorded, pose)) sample(id, pose, false);
    }
    if (events.length > 0) state.appendEvents(events);
  });
}
