/** The words of this area in Norwegian bokmål; what the area is, and its keys, are in ./en.ts. */
export const tabsMessages = {
  openInAnotherTab: 'Åpen i en annen fane eller et annet vindu',
  openElsewhere: 'Økten med {{client}} er åpen i en annen fane eller et annet vindu. Lukk den der først, og prøv igjen.',
  openElsewhereShort: 'Denne økten er åpen i en annen fane eller et annet vindu. Lukk den der først, og prøv igjen.',
  update: {
    ready: 'En ny versjon av Resonans er klar. Den starter når du laster inn på nytt; ingenting du har lagret, endres.',
    reload: 'Last inn på nytt',
    later: 'Senere',
    label: 'Ny versjon',
  },
  failure: {
    title: 'Noe gikk galt',
    body: 'Resonans kunne ikke vise dette skjermbildet. Det som er lagret, er tatt vare på i denne enheten. Du kan eksportere den åpne økten nå, eller laste inn på nytt.',
    roomTitle: 'Rommet kan ikke vises',
    roomBody: 'Figurene og panelene ved siden av virker fortsatt, og økten lagres fortsatt. Du kan eksportere den nå, eller laste inn på nytt.',
    exportSession: 'Eksporter denne økten',
    reload: 'Last inn på nytt',
    exportFailed: 'Eksporten virket ikke: {{reason}}',
    detail: 'Detaljer: {{reason}}',
  },
} as const;
