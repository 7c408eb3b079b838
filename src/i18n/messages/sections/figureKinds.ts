/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 */
export const figureKindsMessages = {
  en: {
    covertClient: 'Client',
    covertIntention: 'The intention is hidden while “Covert” is on.',
    covertName: 'While “Covert” is on, this figure is called “{{name}}” and cannot be renamed.',
    size: 'Size',
    deceased: 'Has died',
    deceasedHint: 'Shown calmly, as one who has died.',
    kindSizeDeceased: '{{kind}} · {{size}} · has died',
    addBaby: 'Person, baby',
  },
  nb: {
    covertClient: 'Klient',
    covertIntention: 'Intensjonen er skjult så lenge «Skjult» er på.',
    covertName: 'Så lenge «Skjult» er på, heter denne figuren «{{name}}» og kan ikke få nytt navn.',
    size: 'Størrelse',
    deceased: 'Er død',
    deceasedHint: 'Vises rolig, som en som er død.',
    kindSizeDeceased: '{{kind}} · {{size}} · er død',
    addBaby: 'Person, spedbarn',
  },
  nn: {
    covertClient: 'Klient',
    covertIntention: 'Intensjonen er løynd så lenge «Løynd» er på.',
    covertName: 'Så lenge «Løynd» er på, heiter denne figuren «{{name}}» og kan ikkje få nytt namn.',
    size: 'Storleik',
    deceased: 'Er død',
    deceasedHint: 'Blir vist roleg, som ein som er død.',
    kindSizeDeceased: '{{kind}} · {{size}} · er død',
    addBaby: 'Person, spedbarn',
  },
  da: {
    covertClient: 'Klient',
    covertIntention: 'Intentionen er skjult, så længe »Skjult« er slået til.',
    covertName: 'Så længe »Skjult« er slået til, hedder denne figur »{{name}}« og kan ikke omdøbes.',
    size: 'Størrelse',
    deceased: 'Er død',
    deceasedHint: 'Vises roligt, som en der er død.',
    kindSizeDeceased: '{{kind}} · {{size}} · er død',
    addBaby: 'Person, spædbarn',
  },
  de: {
    covertClient: 'Klient',
    covertIntention: 'Das Anliegen ist ausgeblendet, solange „Verdeckt“ eingeschaltet ist.',
    covertName: 'Solange „Verdeckt“ eingeschaltet ist, heißt diese Figur „{{name}}“ und kann nicht umbenannt werden.',
    size: 'Größe',
    deceased: 'Verstorben',
    deceasedHint: 'Wird ruhig dargestellt, als verstorbene Person.',
    kindSizeDeceased: '{{kind}} · {{size}} · verstorben',
    addBaby: 'Person, Säugling',
  },
} as const;
