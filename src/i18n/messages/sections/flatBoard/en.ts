/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the 2D board that needs no WebGL, and the note saying why the 3D view is off.
 */
export const flatBoardMessages = {
  label: 'The 2D board',
  hint: 'Drag a figure to move it and its knob to turn it. With a figure chosen, arrow keys move it and [ ] turn it.',
  switch: '2D board',
  missing: 'The 3D room is off: this browser cannot draw it (no WebGL). The 2D board shows the same room, and everything is recorded as usual.',
  lost: 'The 3D room stopped drawing, so the 2D board shows the same room. Nothing was lost.',
  chosen: 'You are using the 2D board. It shows the same room from above.',
  show3d: 'Show the 3D room',
  retry3d: 'Try the 3D room again',
} as const;
