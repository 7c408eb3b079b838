/** The words of this area in Norwegian bokmål; what the area is, and its keys, are in ./en.ts. */
export const layoutMessages = {
  viewTools: 'Måter å se rommet på',
  keysHint: 'Sett fokus på en figur: piltastene flytter den 10 cm, med Shift 50 cm; [ og ] snur den 15°, med Shift 45°. Escape slipper den.',
  touchHint: 'Dra en figur for å flytte den. Snu den ved å vri to fingre på den eller dra i snuhåndtaket.',
  more: 'Mer',
  thisPhase: 'Denne fasen',
  marks: 'Notater og markeringer',
} as const;
