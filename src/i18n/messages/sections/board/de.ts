/** The words of this area in German; what the area is, and its keys, are in ./en.ts. */
export const boardMessages = {
  resetView: 'Ansicht zurücksetzen',
  resetViewHint: 'Zurück zum Raum, wie er zu Beginn gezeigt wurde',
} as const;
