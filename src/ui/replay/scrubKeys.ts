import type { RecordingIndex } from '../../domain/replay/recordingIndex';
import { neighbouringChange } from '../../domain/replay/stateAt';

/** One arrow press on the time slider: a second of session time; with Shift, ten. */
export const SCRUB_STEP_MS = 1_000;
export const LONG_SCRUB_STEP_MS = 10_000;

/**
 * Where a key sends the playhead from t, or null for a key the slider does not take. The
 * browser's own range steps would be 1 ms (the slider counts milliseconds) and Page keys a
 * tenth of the session; a therapist wants seconds and the changes themselves.
 */
export function scrubTarget(index: RecordingIndex, t: number, key: string, shift: boolean): number | null {
  const step = shift ? LONG_SCRUB_STEP_MS : SCRUB_STEP_MS;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(0, t - step);
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(index.durationMs, t + step);
    case 'PageUp':
      return neighbouringChange(index, t, -1) ?? 0;
    case 'PageDown':
      return neighbouringChange(index, t, 1) ?? index.durationMs;
    case 'Home':
      return 0;
    case 'End':
      return index.durationMs;
    default:
      return null;
  }
}
