/** The words of this area in Norwegian nynorsk; what the area is, and its keys, are in ./en.ts. */
export const figureKindsMessages = {
  covertClient: 'Klient',
  covertIntention: 'Intensjonen er skjult så lenge «Skjult» er på.',
  covertName: 'Så lenge «Skjult» er på, heiter denne figuren «{{name}}» og kan ikkje få nytt namn.',
  size: 'Storleik',
  deceased: 'Er død',
  deceasedHint: 'Blir vist roleg, som ein som er død.',
  kindSizeDeceased: '{{kind}} · {{size}} · er død',
  addBaby: 'Person, spedbarn',
  startCovert: 'Start skjult',
  startCovertHint: 'Elementa blir viste som «Element 1, 2 …» og står i ei rekkjefølgje som ikkje seier noko om orda, til du viser dei.',
} as const;
