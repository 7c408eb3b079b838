/** The words of this area in Danish; what the area is, and its keys, are in ./en.ts. */
export const tabsMessages = {
  openInAnotherTab: 'Åben i en anden fane eller et andet vindue',
  openElsewhere: 'Sessionen med {{client}} er åben i en anden fane eller et andet vindue. Luk den der først, og prøv så igen.',
  openElsewhereShort: 'Denne session er åben i en anden fane eller et andet vindue. Luk den der først, og prøv så igen.',
  update: {
    ready: 'En ny version af Resonans er klar. Den starter, når du genindlæser; intet af det, du har gemt, ændres.',
    reload: 'Genindlæs',
    later: 'Senere',
    label: 'Ny version',
  },
  failure: {
    title: 'Noget gik galt',
    body: 'Resonans kunne ikke vise denne skærm. Det gemte er bevaret på denne enhed. Du kan eksportere den åbne session nu eller genindlæse.',
    roomTitle: 'Rummet kan ikke vises',
    roomBody: 'Figurerne og panelerne ved siden af virker stadig, og sessionen gemmes stadig. Du kan eksportere den nu eller genindlæse.',
    exportSession: 'Eksportér denne session',
    reload: 'Genindlæs',
    exportFailed: 'Eksporten lykkedes ikke: {{reason}}',
    detail: 'Detaljer: {{reason}}',
  },
} as const;
