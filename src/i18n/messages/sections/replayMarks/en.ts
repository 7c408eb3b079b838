/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the replay's list and timeline of everything recorded, the arousal scale and
 * band legend, and the badges over the room.
 */
export const replayMarksMessages = {
  heading: 'What happened',
  hint: 'Everything recorded, in order of time. Choose a line to go to that moment.',
  list: 'Everything recorded',
  empty: 'Nothing was marked, said or noted in this session.',
  statement: '{{figure}} said: “{{text}}”',
  release: '{{figure}} was released from the role',
  posture: '{{figure}}, posture: {{posture}}',
  titled: '{{title}}: {{text}}',
  timeKeys: 'Arrow keys move 1 s, with Shift 10 s; Page Up and Page Down go to the previous or next change; Home and End to the start or end.',
  legend: 'What the colours of the band mean',
  hypo: 'Hypoarousal · collapse',
  hyper: 'Hyperarousal · fight or flight',
  gap: 'Gap: a break',
  unmarked: 'Empty: not marked',
  scale: 'Arousal now, from 0 (hypoarousal) to 10 (hyperarousal)',
  scaleHint: 'Tap the value you read now. Each tap is recorded with its time.',
  markValue: 'Mark {{value}} of 10 ({{zone}})',
  valueWithZone: '{{value}} of 10 ({{zone}})',
  atPlayhead: 'Arousal at this moment: {{mark}}',
  noneAtPlayhead: 'Arousal: not marked yet at this moment',
  paused: 'Recording paused',
  replaying: 'Replay · {{time}}',
  poseWithPosture: '{{posture}}, {{pose}}',
  releasedInOrder: 'Released, in the order the client chose',
  phase: 'Phase at this moment',
  phaseOption: '{{number}}. {{phase}}',
} as const;
