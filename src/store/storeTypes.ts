import type { FigureColour, FigureSize } from '../domain/model/figure';
import type { FigureId, IdSource } from '../domain/model/ids';
import type { Pose, Posture } from '../domain/model/pose';
import type { RoomState } from '../domain/model/roomState';
import type { Session, SessionInfo } from '../domain/model/session';
import type { EpochMillis } from '../domain/model/units';
import type { ArousalMark, BodyTone, ExpressionKind, Mover, RegulationKind, UnstampedEvent } from '../domain/recording/events';
import type { SessionProgress } from '../domain/recording/progress';
import type { Recording } from '../domain/recording/recording';
import type { SessionClock } from '../domain/recording/sessionClock';
import type { PlaybackSpeed } from '../domain/replay/playback';
import type { RecordingIndex } from '../domain/replay/recordingIndex';
import type { ReplayState } from '../domain/replay/stateAt';
import type { KeepingSlice } from './saveSlice';
import type { RemoteSlice } from './remoteSlice';

export interface SessionSlice {
  session: SessionInfo | null;
  room: RoomState;
  /** True while this session is open for editing in another tab: here it is shown read-only. */
  readOnly: boolean;
  /** Shows a session and forgets the undo history of any other. */
  openSession: (session: Session, options?: { readOnly?: boolean }) => void;
  closeSession: () => void;
  placeFigure: (id: FigureId, pose: { x: number; z: number; facing: number; posture?: Posture }) => void;
  nudgeFigure: (id: FigureId, dxMetres: number, dzMetres: number) => void;
  turnFigureBy: (id: FigureId, deltaDegrees: number) => void;
  turnFigureTo: (id: FigureId, facingDegrees: number) => void;
  /** The new figure's id, or null when the session is finished or replayed. */
  addFigure: (kind: 'person' | 'free', size: FigureSize, label: string) => FigureId | null;
  removeFigure: (id: FigureId) => void;
  renameFigure: (id: FigureId, label: string) => void;
  recolourFigure: (id: FigureId, colour: FigureColour) => void;
  setPosture: (id: FigureId, posture: Posture) => void;
  /** Changes a person between adult, child and baby. */
  resizeFigure: (id: FigureId, size: FigureSize) => void;
  /** Marks a figure as one who has died, or takes the mark away. */
  setDeceased: (id: FigureId, deceased: boolean) => void;
}

export type ViewMode = 'room' | 'top' | 'figure';

/** A drag in progress: the figure's live pose, shown everywhere but not yet an undo step. */
export interface DragPreview {
  readonly figureId: FigureId;
  readonly pose: Pose;
}

export interface ViewSlice {
  selectedFigureId: FigureId | null;
  viewMode: ViewMode;
  /** The figure whose eyes the room is seen through in the 'figure' view. */
  viewpointFigureId: FigureId | null;
  drag: DragPreview | null;
  select: (id: FigureId | null) => void;
  setViewMode: (mode: ViewMode) => void;
  /** The room fills the screen with only the controls the moment needs. */
  presenting: boolean;
  /** Covert (IoPT): element labels are hidden until the therapist reveals them. */
  covert: boolean;
  setPresenting: (presenting: boolean) => void;
  setCovert: (covert: boolean) => void;
  /** Starts or updates a drag: the pose shows at once, the room changes when it ends. */
  previewDrag: (id: FigureId, pose: { x: number; z: number; facing: number }) => void;
  /** Ends a drag as one step; without a pose, the drag is dropped. */
  endDrag: (commit: boolean) => void;
  /** Counts "Reset view" presses: the 3D camera goes back to where it starts each time it grows. */
  viewResets: number;
  /** Back to the 3D view from its starting place. */
  resetView: () => void;
  /** The therapist's choice of board: the 3D room or the flat 2D board (remembered on this device). */
  board: BoardChoice;
  setBoard: (board: BoardChoice) => void;
  /** Why the 3D room cannot be drawn in this visit (no WebGL, or its context was lost): the 2D board stands in. */
  room3dUnavailable: Room3dUnavailable | null;
  setRoom3dUnavailable: (reason: Room3dUnavailable | null) => void;
}

export type BoardChoice = 'room' | 'flat';
export type Room3dUnavailable = 'missing' | 'lost';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaveSlice extends KeepingSlice {
  saveStatus: SaveStatus;
  saveError: string | null;
  /** The browser's storage went away while the app was open; only memory holds the session now. */
  storageLost: boolean;
  setSaveStatus: (status: SaveStatus, error?: string | null) => void;
  setStorageLost: () => void;
}

export interface RecordingSlice {
  /** The open session's recording; its events are appended in place and never changed. */
  recording: Recording | null;
  /** How many events the recording holds: changes whenever one is appended. */
  recordedCount: number;
  clock: SessionClock | null;
  progress: SessionProgress;
  /** Stamps events with the session time and appends them. */
  appendEvents: (events: readonly UnstampedEvent[]) => void;
  goToPhase: (phase: number) => void;
  setNote: (phase: number, text: string) => void;
  markExpression: (figureId: FigureId, kind: ExpressionKind, text: string) => void;
  markArousal: (mark: ArousalMark) => void;
  setSharingOrder: (figureIds: readonly FigureId[]) => void;
  setStatement: (figureId: FigureId, text: string) => void;
  releaseFigure: (figureId: FigureId) => void;
  /** One-to-one work: the client steps into resonance with the figure (ending any other), or out with null. */
  setResonance: (figureId: FigureId | null) => void;
  /** Who moves the figure from now on; its pose samples say so. */
  setMover: (figureId: FigureId, movedBy: Mover) => void;
  /** IoPT phase 3: the client ended the wordless phase. */
  markWordlessEnded: () => void;
  /** IoPT phase 7: what a released resonator said to come out of the role. */
  setLeavingRole: (figureId: FigureId, text: string) => void;
  /** RTT: a regulation used now; `text` names the exercise or adds a word. */
  markRegulation: (kind: RegulationKind, text: string) => void;
  markBodyTone: (tone: BodyTone) => void;
  /** RTT closing: the resources given, as the list now reads. */
  setResources: (items: readonly string[]) => void;
  pauseRecording: () => void;
  resumeRecording: () => void;
  finishSession: () => void;
}

/** What the replay panels show: the playhead and the room and words at it. */
export interface ReplayView {
  readonly index: RecordingIndex;
  readonly t: number;
  readonly playing: boolean;
  readonly speed: PlaybackSpeed;
  readonly state: ReplayState;
  /** A phase whose end is shown as ghosts, to compare two moments. */
  readonly ghostPhase: number | null;
  readonly trails: boolean;
}

export interface ReplaySlice {
  replay: ReplayView | null;
  openReplay: (startAt?: number) => void;
  closeReplay: () => void;
  showReplayTime: (t: number, playing: boolean) => void;
  setReplaySpeed: (speed: PlaybackSpeed) => void;
  setGhostPhase: (phase: number | null) => void;
  setTrails: (trails: boolean) => void;
}

export type ResonansState = SessionSlice & ViewSlice & SaveSlice & RecordingSlice & ReplaySlice & RemoteSlice;

/** What the store needs from the world, injected so tests are deterministic. */
export interface StoreDependencies {
  readonly ids: IdSource;
  readonly now: () => EpochMillis;
}
