import type { StateCreator } from 'zustand';
import { releaseFigure } from '../domain/model/figureEdits';
import type { FigureId } from '../domain/model/ids';
import { PHASE_TEMPLATES } from '../domain/model/phaseTemplate';
import { methodProgressOf } from '../domain/method/methodProgress';
import { MAX_RESOURCE_LENGTH, MAX_RESOURCES } from '../domain/format/recordingSchema';
import type { ArousalMark, ExpressionKind, Mover, RecordedEvent, UnstampedEvent } from '../domain/recording/events';
import { isPaused, pauseClock, resumeClock, sessionTime } from '../domain/recording/sessionClock';
import { NEW_PROGRESS } from '../domain/recording/progress';
import { isFrozen } from './selectors';
import type { RecordingSlice, ResonansState, StoreDependencies } from './storeTypes';

type Mutators = [['temporal', unknown]];

/** The longest a note, statement or expression may be: what the file format accepts. */
const MAX_TEXT_LENGTH = 10_000;
const MAX_SHARING_ORDER = 500;

/**
 * The session's progress through its phases, and everything said and marked along the way.
 * Each action changes the progress and appends its event to the recording; room changes are
 * recorded by the recorder (store/recorder.ts), which sees every room, undo included.
 */
export const createRecordingSlice =
  (deps: StoreDependencies): StateCreator<ResonansState, Mutators, [], RecordingSlice> =>
  (set, get) => {
    const record = (event: UnstampedEvent) => get().appendEvents([event]);
    const phaseCount = () => {
      const template = get().session?.template;
      return template ? PHASE_TEMPLATES[template].length : 0;
    };
    const progress = (change: Partial<ResonansState['progress']>) => set({ progress: { ...get().progress, ...change } });
    /** A finished session, or one being replayed, is kept as it was. */
    const live = () => get().recording !== null && !isFrozen(get());
    const text = (value: string) => value.slice(0, MAX_TEXT_LENGTH);
    return {
      recording: null,
      recordedCount: 0,
      clock: null,
      progress: NEW_PROGRESS,
      appendEvents: (events) => {
        const { recording, clock } = get();
        if (!recording || !clock || events.length === 0 || get().progress.finished) return;
        const list = recording.events as RecordedEvent[];
        const last = list[list.length - 1]?.t ?? 0;
        // Session time never runs backwards, even if the wall clock is set back.
        const t = Math.max(last, sessionTime(clock, deps.now()));
        const { method } = get().progress;
        const added = events.map((event) => stampMover({ ...event, t } as RecordedEvent, method.movers));
        list.push(...added);
        const next = methodProgressOf(added, method);
        set(next === method ? { recordedCount: list.length } : { recordedCount: list.length, progress: { ...get().progress, method: next } });
      },
      goToPhase: (phase) => {
        if (!live() || !Number.isInteger(phase) || phase < 0 || phase >= phaseCount() || phase === get().progress.phase) return;
        progress({ phase });
        record({ type: 'phase', phase });
      },
      setNote: (phase, value) => {
        const note = text(value);
        if (!live() || !Number.isInteger(phase) || phase < 0 || (get().progress.notes[phase] ?? '') === note) return;
        const { [phase]: _old, ...others } = get().progress.notes;
        progress({ notes: note === '' ? others : { ...others, [phase]: note } });
        record({ type: 'note', phase, text: note });
      },
      markExpression: (figureId: FigureId, kind: ExpressionKind, value: string) => {
        if (!live() || !get().room.figures[figureId]) return;
        record({ type: 'expression', figureId, kind, text: text(value.trim()) });
      },
      markArousal: (given: ArousalMark) => {
        if (!live()) return;
        const mark: ArousalMark = 'zone' in given ? { zone: given.zone } : { value: Math.max(0, Math.min(10, Number.isFinite(given.value) ? given.value : 0)) };
        progress({ arousal: mark });
        record({ type: 'arousal', mark });
      },
      setSharingOrder: (given) => {
        if (!live()) return;
        const figureIds = given.filter((id) => get().room.figures[id] !== undefined).slice(0, MAX_SHARING_ORDER);
        progress({ sharingOrder: figureIds });
        record({ type: 'sharingOrder', figureIds });
      },
      setStatement: (figureId, value) => {
        const statement = text(value);
        if (!live() || !get().room.figures[figureId] || (get().progress.statements[figureId] ?? '') === statement) return;
        const { [figureId]: _old, ...others } = get().progress.statements;
        progress({ statements: statement === '' ? others : { ...others, [figureId]: statement } });
        record({ type: 'statement', figureId, text: statement });
      },
      releaseFigure: (figureId) => {
        if (!live()) return;
        const room = releaseFigure(get().room, figureId);
        if (room !== get().room) set({ room, selectedFigureId: get().selectedFigureId === figureId ? null : get().selectedFigureId });
      },
      setResonance: (figureId) => {
        if (!live() || get().progress.method.resonance === figureId) return;
        const figure = figureId === null ? null : get().room.figures[figureId];
        if (figure === undefined || figure?.released) return;
        record({ type: 'resonance', figureId });
      },
      setMover: (figureId, movedBy) => {
        if (!live() || !get().room.figures[figureId] || get().progress.method.movers[figureId] === movedBy) return;
        record({ type: 'mover', figureId, movedBy });
      },
      markWordlessEnded: () => {
        if (live()) record({ type: 'wordlessEnded' });
      },
      setLeavingRole: (figureId, value) => {
        const words = text(value);
        if (!live() || !get().room.figures[figureId] || (get().progress.method.leavingRole[figureId] ?? '') === words) return;
        record({ type: 'leavingRole', figureId, text: words });
      },
      markRegulation: (kind, value) => {
        if (live()) record({ type: 'regulation', kind, text: value.trim().slice(0, MAX_RESOURCE_LENGTH) });
      },
      markBodyTone: (tone) => {
        if (live()) record({ type: 'bodyTone', tone });
      },
      setResources: (given) => {
        const items = given.slice(0, MAX_RESOURCES).map((item) => item.slice(0, MAX_RESOURCE_LENGTH));
        const now = get().progress.method.resources;
        if (!live() || (items.length === now.length && items.every((item, i) => item === now[i]))) return;
        record({ type: 'resources', items });
      },
      pauseRecording: () => {
        const clock = get().clock;
        if (!live() || !clock || isPaused(clock)) return;
        record({ type: 'paused' });
        set({ clock: pauseClock(clock, deps.now()) });
      },
      resumeRecording: () => {
        const clock = get().clock;
        if (!live() || !clock || !isPaused(clock)) return;
        set({ clock: resumeClock(clock, deps.now()) });
        record({ type: 'resumed' });
      },
      finishSession: () => {
        if (!live()) return;
        record({ type: 'finished' });
        progress({ finished: true });
        const clock = get().clock;
        if (clock) set({ clock: pauseClock(clock, deps.now()) });
      },
    };
  };

/** A pose sample of a figure whose mover the therapist chose says who moved it. */
function stampMover(event: RecordedEvent, movers: Readonly<Record<FigureId, Mover>>): RecordedEvent {
  if (event.type !== 'pose' || event.movedBy !== undefined) return event;
  const movedBy = movers[event.figureId];
  return movedBy ? { ...event, movedBy } : event;
}
