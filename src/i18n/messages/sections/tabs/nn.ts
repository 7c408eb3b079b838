/** The words of this area in Norwegian nynorsk; what the area is, and its keys, are in ./en.ts. */
export const tabsMessages = {
  openInAnotherTab: 'Open i ei anna fane eller eit anna vindauge',
  openElsewhere: 'Økta med {{client}} er open i ei anna fane eller eit anna vindauge. Lat henne att der først, og prøv igjen.',
  openElsewhereShort: 'Denne økta er open i ei anna fane eller eit anna vindauge. Lat henne att der først, og prøv igjen.',
  update: {
    ready: 'Ein ny versjon av Resonans er klar. Han startar når du lastar inn på nytt; ingenting du har lagra, vert endra.',
    reload: 'Last inn på nytt',
    later: 'Seinare',
    label: 'Ny versjon',
  },
  failure: {
    title: 'Noko gjekk gale',
    body: 'Resonans kunne ikkje vise dette skjermbiletet. Det som er lagra, er teke vare på i denne eininga. Du kan eksportere den opne økta no, eller laste inn på nytt.',
    roomTitle: 'Rommet kan ikkje visast',
    roomBody: 'Figurane og panela ved sida av verkar framleis, og økta vert framleis lagra. Du kan eksportere henne no, eller laste inn på nytt.',
    exportSession: 'Eksporter denne økta',
    reload: 'Last inn på nytt',
    exportFailed: 'Eksporten verka ikkje: {{reason}}',
    detail: 'Detaljar: {{reason}}',
  },
} as const;
