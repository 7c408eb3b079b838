/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: one-to-one resonance, who moved a figure, the phase marks, and the RTT marks (regulation, body tone, resources).
 */
export const methodMessages = {
  resonanceHeading: 'One-to-one: the client in resonance',
  toggle: 'The client is in resonance with this figure',
  toggleHint: "One figure at a time: marking another ends this one. What is said and expressed meanwhile is the client's, from this figure.",
  inResonance: 'The client is in resonance with {{figure}}',
  notInResonance: 'The client is not in resonance with any figure. Choose a figure to mark it.',
  inResonanceShort: 'The client is in resonance',
  stepOut: 'The client steps out of {{figure}}',
  labelMark: 'the client',
  clientFrom: 'the client, from {{figure}}',
  statementFromClient: 'What the client said, from {{figure}}',
  markResonance: 'The client in resonance with {{figure}}',
  moverLegend: 'Who moves this figure',
  movers: { client: 'Placed by the client', resonance: 'Moved in resonance' },
  moverHint: 'Kept for this figure; each of its movements is recorded with it.',
  wordlessEnd: 'The client ended the wordless phase',
  wordlessEndedAt: 'Marked at {{time}}',
  linkNotePrompt: 'What the client links, in their own words, to their life and to the intention',
  leavingHeading: 'Coming out of the role',
  leavingLabel: 'What {{figure}} said to come out of the role (optional)',
  markLeaving: '{{figure}}, coming out of the role: “{{text}}”',
  regulationHeading: 'Regulation',
  regulations: { breathing: 'Breathing', orientation: 'Orientation', exercise: 'Exercise', touch: 'Touch by agreement' },
  regulationText: 'Name of the exercise, or a word (optional)',
  regulationHint: 'A tap records what was used, with its time.',
  regulationMarked: '{{regulation}} marked at {{time}}',
  bodyToneHeading: 'Body tone',
  tones: { hypertone: 'Hypertonic', hypotone: 'Hypotonic', tense: 'Tense', collapsed: 'Collapsed' },
  bodyToneNow: 'Last marked: {{tone}}',
  bodyToneAtPlayhead: 'Body tone at this moment: {{tone}}',
  bodyToneNone: 'No body tone marked yet.',
  resourcesHeading: 'Resources given',
  resourceLabel: 'A resource to use between sessions',
  addResource: 'Add',
  removeResource: 'Remove “{{resource}}”',
  resourcesEmpty: 'None yet.',
  markRegulation: 'Regulation: {{regulation}}',
  markRegulationWithText: 'Regulation: {{regulation}}, {{text}}',
  markBodyTone: 'Body tone: {{tone}}',
  markResources: 'Resources given: {{items}}',
} as const;
