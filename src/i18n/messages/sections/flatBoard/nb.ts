/** The words of this area in Norwegian bokmål; what the area is, and its keys, are in ./en.ts. */
export const flatBoardMessages = {
  label: '2D-brettet',
  hint: 'Dra en figur for å flytte den, og knotten for å snu den. Når en figur er valgt, flytter piltastene den og [ ] snur den.',
  switch: '2D-brett',
  missing: '3D-rommet er av: denne nettleseren kan ikke tegne det (ingen WebGL). 2D-brettet viser det samme rommet, og alt tas opp som vanlig.',
  lost: '3D-rommet sluttet å tegne, så 2D-brettet viser det samme rommet. Ingenting gikk tapt.',
  chosen: 'Du bruker 2D-brettet. Det viser det samme rommet ovenfra.',
  show3d: 'Vis 3D-rommet',
  retry3d: 'Prøv 3D-rommet igjen',
} as const;
