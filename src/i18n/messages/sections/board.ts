/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the room as a board that reads at a glance (labels, facing, the camera).
 */
export const boardMessages = {
  en: {
    resetView: 'Reset view',
    resetViewHint: 'Back to the room as it was seen at the start',
  },
  nb: {
    resetView: 'Tilbakestill visning',
    resetViewHint: 'Tilbake til rommet slik det ble vist ved start',
  },
  nn: {
    resetView: 'Tilbakestill visinga',
    resetViewHint: 'Tilbake til rommet slik det vart vist ved start',
  },
  da: {
    resetView: 'Nulstil visning',
    resetViewHint: 'Tilbage til rummet, som det blev vist ved start',
  },
  de: {
    resetView: 'Ansicht zurücksetzen',
    resetViewHint: 'Zurück zum Raum, wie er zu Beginn gezeigt wurde',
  },
} as const;
