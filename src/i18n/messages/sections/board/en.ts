/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the room as a board that reads at a glance (labels, facing, the camera).
 */
export const boardMessages = {
  resetView: 'Reset view',
  resetViewHint: 'Back to the room as it was seen at the start',
} as const;
