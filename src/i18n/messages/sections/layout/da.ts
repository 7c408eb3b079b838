/** The words of this area in Danish; what the area is, and its keys, are in ./en.ts. */
export const layoutMessages = {
  viewTools: 'Måder at se rummet på',
  keysHint: 'Sæt fokus på en figur: piletasterne flytter den 10 cm, med Shift 50 cm; [ og ] drejer den 15°, med Shift 45°. Escape slipper den.',
  touchHint: 'Træk en figur for at flytte den. Drej den ved at vride to fingre på den eller trække i drejehåndtaget.',
  more: 'Mere',
  thisPhase: 'Denne fase',
  marks: 'Noter og markeringer',
} as const;
