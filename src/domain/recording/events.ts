import type { FigureColour, FigureKind, FigureSize } from '../model/figure';
import type { FigureId } from '../model/ids';
import type { Pose } from '../model/pose';
import type { Millis } from '../model/units';

/** What a figure's resonator expressed at a moment (IoPT wordless phase). */
export const EXPRESSION_KINDS = ['sound', 'movement', 'emotion', 'text'] as const;
export type ExpressionKind = (typeof EXPRESSION_KINDS)[number];

/** The client's arousal as the therapist reads it (RTT): a zone, or a value from 0 to 10. */
export const AROUSAL_ZONES = ['hypo', 'calm', 'hyper'] as const;
export type ArousalZone = (typeof AROUSAL_ZONES)[number];
export type ArousalMark = { readonly zone: ArousalZone } | { readonly value: number };

/**
 * Who moved a figure (one-to-one work): the client placing it, or the figure moved while someone
 * (the client, in one-to-one work) was in resonance with it. The therapist chooses it per figure.
 */
export const MOVERS = ['client', 'resonance'] as const;
export type Mover = (typeof MOVERS)[number];

/** What was used to bring the client's arousal down (RTT step 2, seed 002). */
export const REGULATION_KINDS = ['breathing', 'orientation', 'exercise', 'touch'] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];

/** The body's tone as the therapist reads it (RTT), beside arousal. */
export const BODY_TONES = ['hypertone', 'hypotone', 'tense', 'collapsed'] as const;
export type BodyTone = (typeof BODY_TONES)[number];

/** The gaps and joins of a live remote room, as the therapist's recording marks them. */
export const REMOTE_CHANGES = ['joined', 'left', 'lost', 'back'] as const;
export type RemoteChange = (typeof REMOTE_CHANGES)[number];

/** How a figure looks and what it stands for; changes as a whole when renamed, re-coloured or released. */
export interface FigureAppearance {
  readonly kind: FigureKind;
  readonly label: string;
  readonly colour: FigureColour;
  readonly size: FigureSize;
  /** Released from its role (IoPT rounding off): the figure has left the room. */
  readonly released: boolean;
  /** Stands for someone who has died; absent means alive. */
  readonly deceased?: boolean;
  /** An element taken from the drawn intention: the ids of its strokes. */
  readonly drawn?: readonly string[];
}

/**
 * One moment of the recording. `t` is session time in milliseconds: it starts at 0 when the
 * session starts and does not run while recording is paused or the session is closed.
 */
export type RecordedEvent =
  /** A pose sample. `joined` says it continues one movement from the figure's previous sample, so replay may glide between them. */
  | {
      readonly type: 'pose';
      readonly t: Millis;
      readonly figureId: FigureId;
      readonly pose: Pose;
      readonly joined: boolean;
      /** Who moved it, when the therapist chose one for the figure (file version 2). */
      readonly movedBy?: Mover;
      /** Moved by the client from their own browser in a live remote room (file version 2). */
      readonly by?: 'guest';
    }
  | { readonly type: 'figureAdded'; readonly t: Millis; readonly figureId: FigureId; readonly appearance: FigureAppearance; readonly pose: Pose }
  | { readonly type: 'figureRemoved'; readonly t: Millis; readonly figureId: FigureId }
  | { readonly type: 'figureChanged'; readonly t: Millis; readonly figureId: FigureId; readonly appearance: FigureAppearance }
  /** The session entered a phase (index into the template's phases). */
  | { readonly type: 'phase'; readonly t: Millis; readonly phase: number }
  /** The whole note of a phase as it now reads. */
  | { readonly type: 'note'; readonly t: Millis; readonly phase: number; readonly text: string }
  | { readonly type: 'expression'; readonly t: Millis; readonly figureId: FigureId; readonly kind: ExpressionKind; readonly text: string }
  | { readonly type: 'arousal'; readonly t: Millis; readonly mark: ArousalMark }
  /** The order in which the resonators share (IoPT phase 6), as the client set it. */
  | { readonly type: 'sharingOrder'; readonly t: Millis; readonly figureIds: readonly FigureId[] }
  /** What a figure's resonator said, as it now reads. */
  | { readonly type: 'statement'; readonly t: Millis; readonly figureId: FigureId; readonly text: string }
  /** One-to-one work: the client steps into resonance with a figure, or (null) out of it. Only one at a time. */
  | { readonly type: 'resonance'; readonly t: Millis; readonly figureId: FigureId | null }
  /** The therapist's choice of who moves this figure from now on; its pose events carry it. */
  | { readonly type: 'mover'; readonly t: Millis; readonly figureId: FigureId; readonly movedBy: Mover }
  /** IoPT phase 3: the client ended the wordless phase. */
  | { readonly type: 'wordlessEnded'; readonly t: Millis }
  /** IoPT phase 7: what a released resonator said to come out of the role, as it now reads. */
  | { readonly type: 'leavingRole'; readonly t: Millis; readonly figureId: FigureId; readonly text: string }
  /** RTT: what was used to regulate; `text` names the exercise (or adds a word), '' when none. */
  | { readonly type: 'regulation'; readonly t: Millis; readonly kind: RegulationKind; readonly text: string }
  | { readonly type: 'bodyTone'; readonly t: Millis; readonly tone: BodyTone }
  /** RTT closing: the resources given to use between sessions, as the list now reads. */
  | { readonly type: 'resources'; readonly t: Millis; readonly items: readonly string[] }
  /** A live remote room: the client's browser came in, left, lost its link or came back (file version 2). */
  | { readonly type: 'remote'; readonly t: Millis; readonly change: RemoteChange }
  | { readonly type: 'paused'; readonly t: Millis }
  | { readonly type: 'resumed'; readonly t: Millis }
  | { readonly type: 'finished'; readonly t: Millis };

export type RecordedEventType = RecordedEvent['type'];

/** An event before the recording stamps it with the session time. */
export type UnstampedEvent = RecordedEvent extends infer E ? (E extends unknown ? Omit<E, 't'> : never) : never;
