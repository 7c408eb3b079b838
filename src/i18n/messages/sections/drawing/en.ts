/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the drawn intention: the drawing pad, elements taken from the drawing, thumbnails.
 */
export const drawingMessages = {
  heading: 'The drawn intention',
  intro: 'The client may draw the intention instead of writing it, or beside it.',
  open: 'Draw the intention',
  loading: 'Opening the drawing pad …',
  loadFailed: 'The drawing pad could not be opened. Reload the page to try again; nothing is lost.',
  pad: 'Drawing pad',
  padHint: 'Draw with a finger, a pen or the mouse. Every stroke is kept as it was drawn.',
  tool: 'What the pad does',
  toolDraw: 'Draw',
  toolChoose: 'Choose strokes',
  colour: 'Colour',
  colours: { charcoal: 'Charcoal', slate: 'Slate', sage: 'Sage green', clay: 'Clay red', ochre: 'Ochre yellow', plum: 'Plum' },
  width: 'Line',
  widths: { thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  undo: 'Undo',
  undoHint: 'Takes back the last stroke, or brings back a cleared drawing.',
  clear: 'Clear',
  strokeCount: 'Strokes drawn: {{count}}',
  elementsHeading: 'Elements from the drawing',
  elementsHint: 'Tap strokes, or draw a loop around them, to choose what becomes one element. The client may name it.',
  strokes: 'Strokes',
  stroke: 'Stroke {{number}}',
  strokeTaken: 'Stroke {{number}} (in {{element}})',
  chosen: 'Strokes chosen: {{count}}',
  name: 'Name in the client’s own word (optional)',
  take: 'Make an element',
  chooseNone: 'Choose none',
  unnamed: 'Drawing {{number}}',
  remove: 'Remove {{element}}',
  noElements: 'No element taken from the drawing yet.',
  shown: 'The drawing of the intention',
  thumbnailsOnLabels: 'Drawings on the names in the room',
  keep: 'The drawing of the intention',
  part: 'Drawing',
} as const;
