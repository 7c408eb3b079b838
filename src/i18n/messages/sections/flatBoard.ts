/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the 2D board that needs no WebGL, and the note saying why the 3D view is off.
 */
export const flatBoardMessages = {
  en: {
    label: 'The 2D board',
    hint: 'Drag a figure to move it and its knob to turn it. With a figure chosen, arrow keys move it and [ ] turn it.',
    switch: '2D board',
    missing: 'The 3D room is off: this browser cannot draw it (no WebGL). The 2D board shows the same room, and everything is recorded as usual.',
    lost: 'The 3D room stopped drawing, so the 2D board shows the same room. Nothing was lost.',
    chosen: 'You are using the 2D board. It shows the same room from above.',
    show3d: 'Show the 3D room',
    retry3d: 'Try the 3D room again',
  },
  nb: {
    label: '2D-brettet',
    hint: 'Dra en figur for å flytte den, og knotten for å snu den. Når en figur er valgt, flytter piltastene den og [ ] snur den.',
    switch: '2D-brett',
    missing: '3D-rommet er av: denne nettleseren kan ikke tegne det (ingen WebGL). 2D-brettet viser det samme rommet, og alt tas opp som vanlig.',
    lost: '3D-rommet sluttet å tegne, så 2D-brettet viser det samme rommet. Ingenting gikk tapt.',
    chosen: 'Du bruker 2D-brettet. Det viser det samme rommet ovenfra.',
    show3d: 'Vis 3D-rommet',
    retry3d: 'Prøv 3D-rommet igjen',
  },
  nn: {
    label: '2D-brettet',
    hint: 'Dra ein figur for å flytte han, og knotten for å snu han. Når ein figur er vald, flyttar piltastane han og [ ] snur han.',
    switch: '2D-brett',
    missing: '3D-rommet er av: denne nettlesaren kan ikkje teikne det (ingen WebGL). 2D-brettet viser det same rommet, og alt vert teke opp som vanleg.',
    lost: '3D-rommet slutta å teikne, så 2D-brettet viser det same rommet. Ingenting gjekk tapt.',
    chosen: 'Du brukar 2D-brettet. Det viser det same rommet ovanfrå.',
    show3d: 'Vis 3D-rommet',
    retry3d: 'Prøv 3D-rommet igjen',
  },
  da: {
    label: '2D-brættet',
    hint: 'Træk en figur for at flytte den, og dens knop for at dreje den. Når en figur er valgt, flytter piletasterne den, og [ ] drejer den.',
    switch: '2D-bræt',
    missing: '3D-rummet er slået fra: denne browser kan ikke tegne det (ingen WebGL). 2D-brættet viser det samme rum, og alt optages som sædvanligt.',
    lost: '3D-rummet holdt op med at tegne, så 2D-brættet viser det samme rum. Intet gik tabt.',
    chosen: 'Du bruger 2D-brættet. Det viser det samme rum oppefra.',
    show3d: 'Vis 3D-rummet',
    retry3d: 'Prøv 3D-rummet igen',
  },
  de: {
    label: 'Das 2D-Brett',
    hint: 'Ziehen Sie eine Figur, um sie zu verschieben, und ihren Knauf, um sie zu drehen. Ist eine Figur gewählt, verschieben die Pfeiltasten sie und [ ] drehen sie.',
    switch: '2D-Brett',
    missing:
      'Der 3D-Raum ist aus: Dieser Browser kann ihn nicht zeichnen (kein WebGL). Das 2D-Brett zeigt denselben Raum, und alles wird wie gewohnt aufgezeichnet.',
    lost: 'Der 3D-Raum wird nicht mehr gezeichnet, deshalb zeigt das 2D-Brett denselben Raum. Nichts ist verloren gegangen.',
    chosen: 'Sie nutzen das 2D-Brett. Es zeigt denselben Raum von oben.',
    show3d: 'Den 3D-Raum zeigen',
    retry3d: '3D-Raum erneut versuchen',
  },
} as const;
