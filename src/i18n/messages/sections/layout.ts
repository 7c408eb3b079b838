/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the room screen's layout, its sections, and the hints for the input in use.
 */
export const layoutMessages = {
  en: {
    viewTools: 'Ways to see the room',
    keysHint: 'Focus a figure: arrow keys move it 10 cm, with Shift 50 cm; [ and ] turn it 15°, with Shift 45°. Escape lets go of it.',
    touchHint: 'Drag a figure to move it. To turn it, twist two fingers on it or drag its turn handle.',
    more: 'More',
    thisPhase: 'This phase',
    marks: 'Notes and marks',
  },
  nb: {
    viewTools: 'Måter å se rommet på',
    keysHint: 'Sett fokus på en figur: piltastene flytter den 10 cm, med Shift 50 cm; [ og ] snur den 15°, med Shift 45°. Escape slipper den.',
    touchHint: 'Dra en figur for å flytte den. Snu den ved å vri to fingre på den eller dra i snuhåndtaket.',
    more: 'Mer',
    thisPhase: 'Denne fasen',
    marks: 'Notater og markeringer',
  },
  nn: {
    viewTools: 'Måtar å sjå rommet på',
    keysHint: 'Set fokus på ein figur: piltastane flyttar han 10 cm, med Shift 50 cm; [ og ] snur han 15°, med Shift 45°. Escape slepper han.',
    touchHint: 'Dra ein figur for å flytte han. Snu han ved å vri to fingrar på han eller dra i snuhandtaket.',
    more: 'Meir',
    thisPhase: 'Denne fasen',
    marks: 'Notat og markeringar',
  },
  da: {
    viewTools: 'Måder at se rummet på',
    keysHint: 'Sæt fokus på en figur: piletasterne flytter den 10 cm, med Shift 50 cm; [ og ] drejer den 15°, med Shift 45°. Escape slipper den.',
    touchHint: 'Træk en figur for at flytte den. Drej den ved at vride to fingre på den eller trække i drejehåndtaget.',
    more: 'Mere',
    thisPhase: 'Denne fase',
    marks: 'Noter og markeringer',
  },
  de: {
    viewTools: 'Ansichten des Raums',
    keysHint:
      'Fokussieren Sie eine Figur: Die Pfeiltasten bewegen sie um 10 cm, mit Umschalt um 50 cm; [ und ] drehen sie um 15°, mit Umschalt um 45°. Escape hebt die Auswahl auf.',
    touchHint: 'Ziehen Sie eine Figur, um sie zu bewegen. Zum Drehen drehen Sie zwei Finger auf ihr oder ziehen am Drehgriff.',
    more: 'Mehr',
    thisPhase: 'Diese Phase',
    marks: 'Notizen und Markierungen',
  },
} as const;
