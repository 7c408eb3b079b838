/** The words of this area in German; what the area is, and its keys, are in ./en.ts. */
export const layoutMessages = {
  viewTools: 'Ansichten des Raums',
  keysHint:
    'Fokussieren Sie eine Figur: Die Pfeiltasten bewegen sie um 10 cm, mit Umschalt um 50 cm; [ und ] drehen sie um 15°, mit Umschalt um 45°. Escape hebt die Auswahl auf.',
  touchHint: 'Ziehen Sie eine Figur, um sie zu bewegen. Zum Drehen drehen Sie zwei Finger auf ihr oder ziehen am Drehgriff.',
  more: 'Mehr',
  thisPhase: 'Diese Phase',
  marks: 'Notizen und Markierungen',
} as const;
