import type { StateCreator } from 'zustand';
import { releaseFigure } from '../domain/model/figureEdits';
import type { FigureId } from '../domain/model/ids';
import { PHASE_TEMPLATES } from '../domain/model/phaseTemplate';
import type { ArousalMark, ExpressionKind, RecordedEvent, UnstampedEvent } from '../domain/recording/events';
import { isPaused, pauseClock, resumeClock, sessionTime } from '../domain/recording/sessionClock';
import { NEW_PROGRESS } from '../domain/recording/progress';
import type { RecordingSlice, ResonansState, StoreDependencies } from './storeTypes';

type Mutators = [['temporal', unknown]];

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
    return {
      recording: null,
      recordedCount: 0,
      clock: null,
      progress: NEW_PROGRESS,
      appendEvents: (events) => {
        const { recording, clock } = get();
        if (!recording || !clock || events.length === 0) return;
        const list = recording.events as RecordedEvent[];
        const last = list[list.length - 1]?.t ?? 0;
        // Session time never runs backwards, even if the wall clock is set back.
        const t = Math.max(last, sessionTime(clock, deps.now()));
        for (const event of events) list.push({ ...event, t } as RecordedEvent);
        set({ recordedCount: list.length });
      },
      goToPhase: (phase) => {
        if (phase < 0 || phase >= phaseCount() || phase === get().progress.phase) return;
        progress({ phase });
        record({ type: 'phase', phase });
      },
      setNote: (phase, text) => {
        if ((get().progress.notes[phase] ?? '') === text) return;
        progress({ notes: { ...get().progress.notes, [phase]: text } });
        record({ type: 'note', phase, text });
      },
      markExpression: (figureId: FigureId, kind: ExpressionKind, text: string) => {
        if (!get().room.figures[figureId]) return;
        record({ type: 'expression', figureId, kind, text: text.trim() });
      },
      markArousal: (mark: ArousalMark) => {
        progress({ arousal: mark });
        record({ type: 'arousal', mark });
      },
      setSharingOrder: (figureIds) => {
        progress({ sharingOrder: figureIds });
        record({ type: 'sharingOrder', figureIds });
      },
      setStatement: (figureId, text) => {
        if ((get().progress.statements[figureId] ?? '') === text) return;
        progress({ statements: { ...get().progress.statements, [figureId]: text } });
        record({ type: 'statement', figureId, text });
      },
      releaseFigure: (figureId) => {
        const room = releaseFigure(get().room, figureId);
        if (room !== get().room) set({ room, selectedFigureId: get().selectedFigureId === figureId ? null : get().selectedFigureId });
      },
      pauseRecording: () => {
        const clock = get().clock;
        if (!clock || isPaused(clock)) return;
        record({ type: 'paused' });
        set({ clock: pauseClock(clock, deps.now()) });
      },
      resumeRecording: () => {
        const clock = get().clock;
        if (!clock || !isPaused(clock)) return;
        set({ clock: resumeClock(clock, deps.now()) });
        record({ type: 'resumed' });
      },
      finishSession: () => {
        if (get().progress.finished) return;
        record({ type: 'finished' });
        progress({ finished: true });
        const clock = get().clock;
        if (clock) set({ clock: pauseClock(clock, deps.now()) });
      },
    };
  };
