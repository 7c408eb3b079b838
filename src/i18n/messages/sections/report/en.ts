/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the session report (PDF).
 */
export const reportMessages = {
  menu: 'Session report…',
  dialogTitle: 'Session report',
  intro: "A PDF to file in the client's record, made on this device: what was placed, moved and written, phase by phase. It draws no conclusions.",
  paper: 'Paper size',
  a4: 'A4, as in Europe',
  letter: 'Letter, as in North America',
  content: 'What the report is made from',
  whole: 'The whole session, as recorded',
  supervision: 'A supervision copy (choose what it keeps)',
  save: 'Save report',
  making: 'Writing the report…',
  failed: 'The report could not be written: {{reason}}',
  noSession: 'There is no recorded session to report on.',
  documentTitle: 'Session report – {{client}}',
  pseudonym: 'Client (pseudonym)',
  date: 'Date',
  template: 'Way of working',
  length: 'Session time',
  intention: 'Intention, as the client wrote it',
  phaseTime: 'Session time {{from}} to {{to}}. The diagram shows where everyone stood at the end, with a faint line where each one moved.',
  wholeSession: 'The session',
  notes: 'Notes',
  statements: 'What was said, in the sharing order',
  expressions: 'Expressions',
  releases: 'Released from the roles',
  otherMarks: 'Other marks',
  arousal: 'Arousal over time',
  nothing: 'Nothing was written or marked in this phase.',
  page: 'Page {{page}} of {{pages}}',
  libraryEntry: 'Report…',
  libraryEntryLabel: 'Session report for the session with {{client}}',
  about: 'The session with {{client}}, {{date}}.',
  loading: 'Reading the session on this device…',
  loadFailed: 'The session could not be read on this device: {{reason}}',
  missing: 'This session is no longer on this device.',
} as const;
