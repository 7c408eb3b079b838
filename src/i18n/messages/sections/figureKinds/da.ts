/** The words of this area in Danish; what the area is, and its keys, are in ./en.ts. */
export const figureKindsMessages = {
  covertClient: 'Klient',
  covertIntention: 'Intentionen er skjult, så længe »Skjult« er slået til.',
  covertName: 'Så længe »Skjult« er slået til, hedder denne figur »{{name}}« og kan ikke omdøbes.',
  size: 'Størrelse',
  deceased: 'Er død',
  deceasedHint: 'Vises roligt, som en der er død.',
  kindSizeDeceased: '{{kind}} · {{size}} · er død',
  addBaby: 'Person, spædbarn',
  startCovert: 'Start skjult',
  startCovertHint: 'Elementerne vises som »Element 1, 2 …« og står i en rækkefølge, der intet siger om ordene, indtil du viser dem.',
} as const;
