import type { ArousalZone } from '../../domain/recording/events';
import type { ReplayMarkKind } from '../../domain/replay/replayMarks';

/** Muted colours for the arousal band: no alarm red, only cooler and warmer tones. */
export const ZONE_COLOUR: Readonly<Record<ArousalZone, string>> = { hypo: '#8aa3b8', calm: '#9db892', hyper: '#d1a66a' };

/** One quiet colour per kind of mark, the same on the timeline and in the list, so each finds the other. */
export const MARK_COLOUR: Readonly<Record<Exclude<ReplayMarkKind, 'arousal'>, string>> = {
  expression: '#8c6f9e',
  statement: '#5d7a8c',
  note: '#8a7550',
  release: '#b39a72',
  posture: '#6f8f7a',
  pause: '#5f564b',
  phase: '#b9ab95',
  resonance: '#7f8fb0',
  resonanceEnd: '#a3adc2',
  leavingRole: '#b39a72',
  wordlessEnded: '#8c6f9e',
  regulation: '#6f9a93',
  bodyTone: '#9a8872',
  resources: '#7a9a6f',
};
