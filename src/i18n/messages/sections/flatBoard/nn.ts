/** The words of this area in Norwegian nynorsk; what the area is, and its keys, are in ./en.ts. */
export const flatBoardMessages = {
  label: '2D-brettet',
  hint: 'Dra ein figur for å flytte han, og knotten for å snu han. Når ein figur er vald, flyttar piltastane han og [ ] snur han.',
  switch: '2D-brett',
  missing: '3D-rommet er av: denne nettlesaren kan ikkje teikne det (ingen WebGL). 2D-brettet viser det same rommet, og alt vert teke opp som vanleg.',
  lost: '3D-rommet slutta å teikne, så 2D-brettet viser det same rommet. Ingenting gjekk tapt.',
  chosen: 'Du brukar 2D-brettet. Det viser det same rommet ovanfrå.',
  show3d: 'Vis 3D-rommet',
  retry3d: 'Prøv 3D-rommet igjen',
} as const;
