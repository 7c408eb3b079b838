import { shownLabels } from '../../diagram/diagramLabels';
import type { DiagramShapes } from '../../diagram/diagramShapes';
import type { MeasureText } from '../../diagram/labelText';
import { topViewDiagram } from '../../diagram/topViewDiagram';
import type { FigureId } from '../../domain/model/ids';
import type { Session } from '../../domain/model/session';
import { type ArousalStretch, arousalStretches } from '../../domain/replay/arousalBand';
import { indexRecording, type RecordingIndex } from '../../domain/replay/recordingIndex';
import type { ReplayMark } from '../../domain/replay/replayMarks';
import { stateAt } from '../../domain/replay/stateAt';
import { valueAt } from '../../domain/replay/timeline';
import { trailPoints } from '../../domain/replay/trail';

/** The diagram's drawing size in CSS pixels; the PDF scales it to the page's width. */
export const REPORT_DIAGRAM_PX = { widthPx: 640, heightPx: 420 } as const;

/** A trail on paper is a few centimetres long: this many points draw it smoothly, and a long session's report stays quick to write. */
export const REPORT_TRAIL_POINTS = 120;

/** At most `max` points, evenly taken, the first and last always kept. */
export function thinned<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]).filter((point): point is T => point !== undefined);
}

/** What the report's builder needs said in the therapist's language. */
export interface ReportNaming {
  /** The template's phase names; empty for the free template. */
  readonly phaseNames: readonly string[];
  /** The heading of the one section a session without phases has. */
  readonly wholeSession: string;
  /** "Element n" while covert mode hides the elements' words. */
  readonly covertName: (number: number) => string;
  readonly markText: (mark: ReplayMark) => string;
  readonly measureText?: MeasureText;
}

/** A line of the report with the session time it was recorded at. */
export interface TimedLine {
  readonly t: number;
  readonly text: string;
}

/** One visit to a phase: where everyone stood at its end, how they moved, and what was written. */
export interface ReportPhase {
  readonly phase: number;
  readonly name: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly diagram: DiagramShapes;
  /** The phase's note as it reads at the end of the session; given on the last visit of the phase only. */
  readonly note: string;
  /** What the resonators said, in the sharing order the client set (the rest after, in order of time). */
  readonly statements: readonly TimedLine[];
  readonly expressions: readonly TimedLine[];
  /** Released from their roles, in the order the client released them. */
  readonly releases: readonly TimedLine[];
  /** Everything else marked: resonance, regulation, body tone, resources, leaving the role, pauses, postures. */
  readonly otherMarks: readonly TimedLine[];
  readonly arousal: readonly ArousalStretch[];
  readonly arousalMarks: readonly TimedLine[];
}

export interface ReportContent {
  readonly durationMs: number;
  readonly phases: readonly ReportPhase[];
}

/** The stretches of session time spent in one phase, in order; a phase left and entered again is two visits. */
export function phaseVisits(index: RecordingIndex): { phase: number; fromMs: number; toMs: number }[] {
  const visits: { phase: number; fromMs: number; toMs: number }[] = [];
  index.phases.values.forEach((phase, i) => {
    const from = index.phases.times[i] ?? 0;
    const last = visits[visits.length - 1];
    if (last && last.phase === phase) return;
    if (last) last.toMs = from;
    visits.push({ phase, fromMs: from, toMs: index.durationMs });
  });
  // A phase entered and left at the same moment was passed through, not reached.
  return visits.filter((visit, i) => visit.toMs > visit.fromMs || i === visits.length - 1);
}

const CHOSEN_ELSEWHERE: ReadonlySet<ReplayMark['kind']> = new Set(['phase', 'note', 'arousal', 'statement', 'expression', 'release']);

/**
 * What the report shows, phase by phase, from the recording alone. It shows what was placed,
 * moved and written, and nothing it would have to conclude.
 */
export function reportContent(session: Session, naming: ReportNaming, marks: readonly ReplayMark[]): ReportContent {
  const index = indexRecording(session.recording);
  const visits = phaseVisits(index);
  const lastVisitOf = new Map(visits.map((visit, i) => [visit.phase, i]));
  const phases = visits.map((visit, i): ReportPhase => {
    const final = i === visits.length - 1;
    const inVisit = (t: number) => t >= visit.fromMs && (t < visit.toMs || (final && t <= visit.toMs));
    const here = marks.filter((mark) => inVisit(mark.t));
    const line = (mark: ReplayMark): TimedLine => ({ t: mark.t, text: naming.markText(mark) });
    const end = stateAt(index, visit.toMs);
    const trails = new Map<FigureId, { x: number; z: number }[]>();
    for (const [id, track] of index.tracks) trails.set(id, thinned(trailPoints(track, visit.fromMs, visit.toMs), REPORT_TRAIL_POINTS));
    const name = naming.phaseNames[visit.phase] ?? naming.wholeSession;
    const notes = index.notes.get(visit.phase);
    return {
      phase: visit.phase,
      name,
      fromMs: visit.fromMs,
      toMs: visit.toMs,
      diagram: topViewDiagram({
        room: end.room,
        labels: shownLabels({ room: end.room, covert: session.info.covert === true, session: session.info, covertName: naming.covertName }),
        ...REPORT_DIAGRAM_PX,
        trails,
        released: 'faint',
        title: name,
        ...(naming.measureText ? { measureText: naming.measureText } : {}),
      }),
      note: lastVisitOf.get(visit.phase) === i && notes ? (valueAt(notes, index.durationMs) ?? '') : '',
      statements: inSharingOrder(
        here.filter((mark) => mark.kind === 'statement'),
        valueAt(index.sharingOrder, visit.toMs) ?? [],
      ).map(line),
      expressions: here.filter((mark) => mark.kind === 'expression').map(line),
      releases: here.filter((mark) => mark.kind === 'release').map(line),
      otherMarks: here.filter((mark) => !CHOSEN_ELSEWHERE.has(mark.kind)).map(line),
      arousal: arousalStretches(index.arousal, index.pauses, index.durationMs).flatMap((stretch) => {
        const fromMs = Math.max(stretch.fromMs, visit.fromMs);
        const toMs = Math.min(stretch.toMs, visit.toMs);
        return toMs > fromMs ? [{ ...stretch, fromMs, toMs }] : [];
      }),
      arousalMarks: here.filter((mark) => mark.kind === 'arousal').map(line),
    };
  });
  return { durationMs: index.durationMs, phases };
}

/** Each figure's statement as it last read, the figures in the sharing order and the rest after them by time. */
function inSharingOrder(statements: readonly Extract<ReplayMark, { kind: 'statement' }>[], order: readonly FigureId[]): ReplayMark[] {
  const latest = new Map<FigureId, Extract<ReplayMark, { kind: 'statement' }>>();
  for (const mark of statements) {
    latest.delete(mark.figureId);
    latest.set(mark.figureId, mark);
  }
  const place = (id: FigureId) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  return [...latest.values()].filter((mark) => mark.text !== '').sort((a, b) => place(a.figureId) - place(b.figureId) || a.t - b.t);
}
