/** The words of this area in German; what the area is, and its keys, are in ./en.ts. */
export const flatBoardMessages = {
  label: 'Das 2D-Brett',
  hint: 'Ziehen Sie eine Figur, um sie zu verschieben, und ihren Knauf, um sie zu drehen. Ist eine Figur gewählt, verschieben die Pfeiltasten sie und [ ] drehen sie.',
  switch: '2D-Brett',
  missing:
    'Der 3D-Raum ist aus: Dieser Browser kann ihn nicht zeichnen (kein WebGL). Das 2D-Brett zeigt denselben Raum, und alles wird wie gewohnt aufgezeichnet.',
  lost: 'Der 3D-Raum wird nicht mehr gezeichnet, deshalb zeigt das 2D-Brett denselben Raum. Nichts ist verloren gegangen.',
  chosen: 'Sie nutzen das 2D-Brett. Es zeigt denselben Raum von oben.',
  show3d: 'Den 3D-Raum zeigen',
  retry3d: '3D-Raum erneut versuchen',
} as const;
