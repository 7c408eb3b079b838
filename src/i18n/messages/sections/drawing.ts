/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the drawn intention: the drawing pad, elements taken from the drawing, thumbnails.
 */
export const drawingMessages = {
  en: {},
  nb: {},
  nn: {},
  da: {},
  de: {},
} as const;
