import type { FigureId } from '../model/ids';
import type { RecordedEvent } from '../recording/events';
import type { Recording } from '../recording/recording';
import { foldMethod, NEW_METHOD_PROGRESS } from './methodProgress';

/**
 * Who spoke or expressed something through a figure: its resonator, or, in one-to-one work, the
 * client, from that figure, while in resonance with it.
 */
export type Speaker = { readonly by: 'client'; readonly from: FigureId } | { readonly by: 'resonator'; readonly figureId: FigureId };

type Spoken = Extract<RecordedEvent, { type: 'statement' | 'expression' }>;

/**
 * Decides, event by event in order of time, whether a statement or expression is the client's.
 * An expression is the client's when the client is in resonance with that very figure at that
 * moment. A statement is one text per figure, typed over time: it is the client's once any edit
 * of it was made while the client was in resonance with the figure, and stays so through later
 * edits (the therapist may finish typing after the client stepped out) until it is emptied.
 */
export function createAttribution(): (event: Spoken, resonance: FigureId | null) => Speaker {
  const clientStatements = new Set<FigureId>();
  return (event, resonance) => {
    const inResonance = resonance === event.figureId;
    let fromClient = inResonance;
    if (event.type === 'statement') {
      if (event.text === '') clientStatements.delete(event.figureId);
      else if (inResonance) clientStatements.add(event.figureId);
      fromClient = clientStatements.has(event.figureId);
    }
    return fromClient ? { by: 'client', from: event.figureId } : { by: 'resonator', figureId: event.figureId };
  };
}

/** Every statement and expression of a recording with who it came from, in order of time. */
export function attributions(recording: Recording): { readonly event: Spoken; readonly speaker: Speaker }[] {
  let progress = NEW_METHOD_PROGRESS;
  const attribute = createAttribution();
  const found: { event: Spoken; speaker: Speaker }[] = [];
  for (const event of recording.events) {
    progress = foldMethod(progress, event);
    if (event.type === 'statement' || event.type === 'expression') found.push({ event, speaker: attribute(event, progress.resonance) });
  }
  return found;
}
