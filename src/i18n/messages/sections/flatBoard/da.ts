/** The words of this area in Danish; what the area is, and its keys, are in ./en.ts. */
export const flatBoardMessages = {
  label: '2D-brættet',
  hint: 'Træk en figur for at flytte den, og dens knop for at dreje den. Når en figur er valgt, flytter piletasterne den, og [ ] drejer den.',
  switch: '2D-bræt',
  missing: '3D-rummet er slået fra: denne browser kan ikke tegne det (ingen WebGL). 2D-brættet viser det samme rum, og alt optages som sædvanligt.',
  lost: '3D-rummet holdt op med at tegne, så 2D-brættet viser det samme rum. Intet gik tabt.',
  chosen: 'Du bruger 2D-brættet. Det viser det samme rum oppefra.',
  show3d: 'Vis 3D-rummet',
  retry3d: 'Prøv 3D-rummet igen',
} as const;
