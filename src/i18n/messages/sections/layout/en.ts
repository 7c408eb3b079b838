/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the room screen's layout, its sections, and the hints for the input in use.
 */
export const layoutMessages = {
  viewTools: 'Ways to see the room',
  keysHint: 'Focus a figure: arrow keys move it 10 cm, with Shift 50 cm; [ and ] turn it 15°, with Shift 45°. Escape lets go of it.',
  touchHint: 'Drag a figure to move it. To turn it, twist two fingers on it or drag its turn handle.',
  more: 'More',
  thisPhase: 'This phase',
  marks: 'Notes and marks',
} as const;
