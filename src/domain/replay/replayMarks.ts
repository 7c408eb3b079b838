import type { FigureKind } from '../model/figure';
import type { FigureId } from '../model/ids';
import type { Posture } from '../model/pose';
import { createAttribution } from '../method/attribution';
import { foldMethod, NEW_METHOD_PROGRESS } from '../method/methodProgress';
import type { ArousalMark, BodyTone, ExpressionKind, RecordedEvent, RegulationKind } from '../recording/events';
import type { Recording } from '../recording/recording';

interface FigureMark {
  readonly t: number;
  readonly figureId: FigureId;
  /** The figure's label and kind when it happened, so a figure renamed or removed later still reads. */
  readonly label: string;
  readonly figureKind: FigureKind;
}

/**
 * One thing worth finding again in a replay: what was said, marked, expressed or changed,
 * with its session time in milliseconds. Movements are not marks; they are the room itself.
 */
export type ReplayMark =
  /** `fromClient`: said or expressed by the client from this figure, in resonance with it (one-to-one work). */
  | ({ readonly kind: 'expression'; readonly expression: ExpressionKind; readonly text: string; readonly fromClient: boolean } & FigureMark)
  | ({ readonly kind: 'statement'; readonly text: string; readonly fromClient: boolean } & FigureMark)
  | ({ readonly kind: 'resonance' } & FigureMark)
  | ({ readonly kind: 'resonanceEnd' } & FigureMark)
  | ({ readonly kind: 'leavingRole'; readonly text: string } & FigureMark)
  | { readonly kind: 'wordlessEnded'; readonly t: number }
  | { readonly kind: 'regulation'; readonly t: number; readonly regulation: RegulationKind; readonly text: string }
  | { readonly kind: 'bodyTone'; readonly t: number; readonly tone: BodyTone }
  | { readonly kind: 'resources'; readonly t: number; readonly items: readonly string[] }
  | ({ readonly kind: 'release' } & FigureMark)
  | ({ readonly kind: 'posture'; readonly posture: Posture } & FigureMark)
  | { readonly kind: 'note'; readonly t: number; readonly phase: number; readonly text: string }
  | { readonly kind: 'arousal'; readonly t: number; readonly mark: ArousalMark }
  | { readonly kind: 'pause'; readonly t: number }
  | { readonly kind: 'phase'; readonly t: number; readonly phase: number };

export type ReplayMarkKind = ReplayMark['kind'];

interface Known {
  label: string;
  kind: FigureKind;
  posture: Posture;
  released: boolean;
}

/**
 * Everything recorded that a replay must show and let the therapist seek to, in order of time.
 * One pass over the recording. A note or statement is recorded whenever typing pauses; edits of
 * one text with nothing else marked between are one mark, at the last edit, where the text
 * reads whole. Emptied texts are not marks: there is nothing to read at them.
 */
export function replayMarks(recording: Recording): ReplayMark[] {
  const known = new Map<FigureId, Known>();
  for (const id of recording.initialRoom.order) {
    const figure = recording.initialRoom.figures[id];
    if (figure) known.set(id, { label: figure.label, kind: figure.kind, posture: figure.pose.posture, released: figure.released });
  }
  const marks: ReplayMark[] = [];
  let method = NEW_METHOD_PROGRESS;
  const attribute = createAttribution();
  const fromClient = (event: Extract<RecordedEvent, { type: 'statement' | 'expression' }>) => attribute(event, method.resonance).by === 'client';
  const figureMark = (t: number, figureId: FigureId): FigureMark => {
    const figure = known.get(figureId);
    return { t, figureId, label: figure?.label ?? '', figureKind: figure?.kind ?? 'free' };
  };

  for (const event of recording.events) {
    const t = event.t;
    const before = method.resonance;
    method = foldMethod(method, event);
    switch (event.type) {
      case 'figureAdded':
        known.set(event.figureId, {
          label: event.appearance.label,
          kind: event.appearance.kind,
          posture: event.pose.posture,
          released: event.appearance.released,
        });
        break;
      case 'figureChanged': {
        const figure = known.get(event.figureId);
        const releasedNow = event.appearance.released && !figure?.released;
        known.set(event.figureId, {
          label: event.appearance.label,
          kind: event.appearance.kind,
          posture: figure?.posture ?? 'standing',
          released: event.appearance.released,
        });
        if (releasedNow) marks.push({ kind: 'release', ...figureMark(t, event.figureId) });
        break;
      }
      case 'pose': {
        const figure = known.get(event.figureId);
        if (figure && figure.posture !== event.pose.posture) {
          figure.posture = event.pose.posture;
          marks.push({ kind: 'posture', posture: event.pose.posture, ...figureMark(t, event.figureId) });
        }
        break;
      }
      case 'expression':
        marks.push({ kind: 'expression', expression: event.kind, text: event.text, fromClient: fromClient(event), ...figureMark(t, event.figureId) });
        break;
      case 'statement': {
        const last = marks[marks.length - 1];
        const client = fromClient(event);
        if (last?.kind === 'statement' && last.figureId === event.figureId) marks.pop();
        if (event.text !== '') marks.push({ kind: 'statement', text: event.text, fromClient: client, ...figureMark(t, event.figureId) });
        break;
      }
      case 'resonance':
        if (event.figureId !== null && event.figureId !== before) marks.push({ kind: 'resonance', ...figureMark(t, event.figureId) });
        else if (event.figureId === null && before !== null) marks.push({ kind: 'resonanceEnd', ...figureMark(t, before) });
        break;
      case 'leavingRole': {
        const last = marks[marks.length - 1];
        if (last?.kind === 'leavingRole' && last.figureId === event.figureId) marks.pop();
        if (event.text !== '') marks.push({ kind: 'leavingRole', text: event.text, ...figureMark(t, event.figureId) });
        break;
      }
      case 'wordlessEnded':
        marks.push({ kind: 'wordlessEnded', t });
        break;
      case 'regulation':
        marks.push({ kind: 'regulation', t, regulation: event.kind, text: event.text });
        break;
      case 'bodyTone':
        marks.push({ kind: 'bodyTone', t, tone: event.tone });
        break;
      case 'resources': {
        const last = marks[marks.length - 1];
        if (last?.kind === 'resources') marks.pop();
        if (event.items.length > 0) marks.push({ kind: 'resources', t, items: event.items });
        break;
      }
      case 'note': {
        const last = marks[marks.length - 1];
        if (last?.kind === 'note' && last.phase === event.phase) marks.pop();
        if (event.text !== '') marks.push({ kind: 'note', t, phase: event.phase, text: event.text });
        break;
      }
      case 'arousal':
        marks.push({ kind: 'arousal', t, mark: event.mark });
        break;
      case 'paused':
        marks.push({ kind: 'pause', t });
        break;
      case 'phase':
        marks.push({ kind: 'phase', t, phase: event.phase });
        break;
      case 'figureRemoved':
      case 'sharingOrder':
      case 'resumed':
      case 'finished':
        break;
    }
  }
  return marks;
}
