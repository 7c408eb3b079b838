/** The words of this area in German; what the area is, and its keys, are in ./en.ts. */
export const figureKindsMessages = {
  covertClient: 'Klient:in',
  covertIntention: 'Das Anliegen ist ausgeblendet, solange „Verdeckt“ eingeschaltet ist.',
  covertName: 'Solange „Verdeckt“ eingeschaltet ist, heißt diese Figur „{{name}}“ und kann nicht umbenannt werden.',
  size: 'Größe',
  deceased: 'Verstorben',
  deceasedHint: 'Wird ruhig dargestellt, als verstorbene Person.',
  kindSizeDeceased: '{{kind}} · {{size}} · verstorben',
  addBaby: 'Person, Säugling',
  startCovert: 'Verdeckt beginnen',
  startCovertHint: 'Die Elemente erscheinen als „Element 1, 2 …“ und stehen in einer Reihenfolge, die nichts über die Wörter verrät, bis Sie sie zeigen.',
} as const;
