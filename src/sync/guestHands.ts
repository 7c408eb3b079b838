import type { FigureId } from '../domain/model/ids';
import { createPose, type Pose } from '../domain/model/pose';
import type { UnstampedEvent } from '../domain/recording/events';
import type { Proposal } from '../domain/sync/messages';
import type { ResonansStore } from '../store/createStore';
import type { ResonansState } from '../store/storeTypes';

/**
 * The guest's hands in the therapist's store: a proposal the host allowed is applied through the
 * same store actions as a local gesture, so it is recorded with its time, marked `by: 'guest'`,
 * and can be undone; the guest's drag is the store's drag preview until it is dropped or settled.
 */
export interface GuestHands {
  /** The figure the guest drags now, while its drag is the store's drag preview. */
  dragging(): FigureId | null;
  /** Applies an allowed proposal; `hostDrag` is the figure the therapist drags now, if any. */
  apply(proposal: Proposal, hostDrag: FigureId | null): void;
  /** The guest's drag ends where it stands now: what was moved is kept. */
  settle(): void;
  /** Gives the store its own recorder back, unless something else has replaced it since. */
  release(): void;
}

/** `changed` hears every change of the "moved by the client" mark. */
export function guestHands(store: ResonansStore, changed: () => void): GuestHands {
  // Every pose the recorder writes while a guest's proposal is applied is marked as the guest's.
  const ownAppend = store.getState().appendEvents;
  let actingForGuest = false;
  const appendEvents: ResonansState['appendEvents'] = (events) =>
    ownAppend(actingForGuest ? events.map((event): UnstampedEvent => (event.type === 'pose' ? { ...event, by: 'guest' } : event)) : events);
  store.setState({ appendEvents });
  const asGuest = (apply: () => void) => {
    actingForGuest = true;
    try {
      apply();
    } finally {
      actingForGuest = false;
    }
  };

  let dragging: FigureId | null = null;
  /**
   * The store has one drag preview, the therapist's while they drag: a guest's drag of another
   * figure meanwhile is recorded sample by sample as it comes, as the recorder records a drag,
   * and the room takes its pose at the drop.
   */
  let besideHost: { readonly figureId: FigureId; readonly held: Pose; at: Pose } | null = null;
  const recordBesideHost = (figureId: FigureId, pose: { x: number; z: number; facing: number }) => {
    const state = store.getState();
    const held = state.room.figures[figureId]?.pose;
    if (!held || !state.recording || state.progress.finished) return;
    const events: UnstampedEvent[] = [];
    // A movement starts where the figure stood when it was picked up.
    if (besideHost?.figureId !== figureId) {
      besideHost = { figureId, held, at: held };
      events.push({ type: 'pose', figureId, pose: held, joined: false });
    }
    const at = createPose(pose.x, pose.z, pose.facing, held.posture);
    besideHost.at = at;
    events.push({ type: 'pose', figureId, pose: at, joined: true });
    state.appendEvents(events);
  };
  /** The guest's drag beside the therapist's ends: at `pose` (the room takes it), or dropped (back where it was held). */
  const endBesideHost = (pose: Pose | null) => {
    if (!besideHost) return;
    const { figureId, held } = besideHost;
    besideHost = null;
    if (pose) store.getState().placeFigure(figureId, pose);
    else store.getState().appendEvents([{ type: 'pose', figureId, pose: held, joined: false }]);
  };
  const markMoving = (figureId: FigureId | null) => {
    const movingBy = Object.fromEntries(Object.entries(store.getState().remote.movingBy).filter(([, by]) => by !== 'guest')) as Record<
      FigureId,
      'host' | 'guest'
    >;
    store.getState().setRemote({ movingBy: figureId ? { ...movingBy, [figureId]: 'guest' } : movingBy });
    changed();
  };

  const apply = (proposal: Proposal, hostDrag: FigureId | null) => {
    const { figureId } = proposal;
    const actions = store.getState();
    asGuest(() => {
      switch (proposal.type) {
        case 'drag':
          if (hostDrag === null) {
            if (dragging !== null && dragging !== figureId) actions.endDrag(true);
            dragging = figureId;
            actions.previewDrag(figureId, proposal.pose);
          } else {
            recordBesideHost(figureId, proposal.pose);
          }
          break;
        case 'drop':
          if (dragging === figureId && store.getState().drag?.figureId === figureId) {
            if (proposal.pose) actions.previewDrag(figureId, proposal.pose);
            actions.endDrag(proposal.pose !== null);
          } else if (besideHost?.figureId === figureId) {
            const held = besideHost.held;
            endBesideHost(proposal.pose && createPose(proposal.pose.x, proposal.pose.z, proposal.pose.facing, held.posture));
          } else if (proposal.pose) {
            actions.placeFigure(figureId, proposal.pose);
          }
          dragging = null;
          break;
        case 'place':
          actions.placeFigure(figureId, proposal.pose);
          break;
        case 'turn':
          actions.turnFigureTo(figureId, proposal.facing);
          break;
        case 'posture':
          actions.setPosture(figureId, proposal.posture);
          break;
      }
    });
    if (proposal.type === 'drag') markMoving(dragging);
    if (proposal.type === 'drop') markMoving(null);
  };

  return {
    dragging: () => dragging,
    apply,
    settle() {
      if (dragging && store.getState().drag?.figureId === dragging) asGuest(() => store.getState().endDrag(true));
      if (besideHost) {
        const at = besideHost.at;
        asGuest(() => endBesideHost(at));
      }
      dragging = null;
      markMoving(null);
    },
    release() {
      if (store.getState().appendEvents === appendEvents) store.setState({ appendEvents: ownAppend });
    },
  };
}
