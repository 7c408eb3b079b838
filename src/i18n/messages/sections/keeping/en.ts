/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area:
 */
export const keepingMessages = {
  noteHint: 'Kept as you type.',
  retrying: 'Resonans keeps trying.',
  readOnlyWaiting: 'Editing moves to this window by itself when the other one closes.',
  restored: 'Your last changes before the window closed were brought back.',
  unjoinable: 'Some changes from the last moments before the window closed could not be joined to the saved session and were left out.',
  damaged: 'Part of this session’s saved recording was damaged. The first {{kept}} of {{expected}} recorded events are kept; the rest could not be read.',
  tookOver: 'The other window has closed. This window now edits the session, as it was last saved.',
  close: 'Close',
} as const;
