import type { FigureId } from '../model/ids';
import type { RecordedEvent } from '../recording/events';
import type { Recording } from '../recording/recording';
import { foldMethod, NEW_METHOD_PROGRESS } from './methodProgress';

/**
 * Who spoke or expressed something through a figure: its resonator, or, in one-to-one work, the
 * client, from that figure, while in resonance with it. A statement or expression of a figure
 * is the client's when the client was in resonance with that very figure at that moment.
 */
export type Speaker = { readonly by: 'client'; readonly from: FigureId } | { readonly by: 'resonator'; readonly figureId: FigureId };

export function speakerOf(resonance: FigureId | null, figureId: FigureId): Speaker {
  return resonance === figureId ? { by: 'client', from: figureId } : { by: 'resonator', figureId };
}

type Spoken = Extract<RecordedEvent, { type: 'statement' | 'expression' }>;

/** Every statement and expression of a recording with who it came from, in order of time. */
export function attributions(recording: Recording): { readonly event: Spoken; readonly speaker: Speaker }[] {
  let progress = NEW_METHOD_PROGRESS;
  const found: { event: Spoken; speaker: Speaker }[] = [];
  for (const event of recording.events) {
    progress = foldMethod(progress, event);
    if (event.type === 'statement' || event.type === 'expression') found.push({ event, speaker: speakerOf(progress.resonance, event.figureId) });
  }
  return found;
}
