/** The words of this area in Norwegian bokmål; what the area is, and its keys, are in ./en.ts. */
export const figureKindsMessages = {
  covertClient: 'Klient',
  covertIntention: 'Intensjonen er skjult så lenge «Skjult» er på.',
  covertName: 'Så lenge «Skjult» er på, heter denne figuren «{{name}}» og kan ikke få nytt navn.',
  size: 'Størrelse',
  deceased: 'Er død',
  deceasedHint: 'Vises rolig, som en som er død.',
  kindSizeDeceased: '{{kind}} · {{size}} · er død',
  addBaby: 'Person, spedbarn',
  startCovert: 'Start skjult',
  startCovertHint: 'Elementene vises som «Element 1, 2 …» og står i en rekkefølge som ikke sier noe om ordene, til du viser dem.',
} as const;
