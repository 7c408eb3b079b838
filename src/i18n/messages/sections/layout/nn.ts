/** The words of this area in Norwegian nynorsk; what the area is, and its keys, are in ./en.ts. */
export const layoutMessages = {
  viewTools: 'Måtar å sjå rommet på',
  keysHint: 'Set fokus på ein figur: piltastane flyttar han 10 cm, med Shift 50 cm; [ og ] snur han 15°, med Shift 45°. Escape slepper han.',
  touchHint: 'Dra ein figur for å flytte han. Snu han ved å vri to fingrar på han eller dra i snuhandtaket.',
  more: 'Meir',
  thisPhase: 'Denne fasen',
  marks: 'Notat og markeringar',
} as const;
