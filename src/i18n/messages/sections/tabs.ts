/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: tabs that keep in step, updates that wait, and the calm message when something fails.
 */
export const tabsMessages = {
  en: {
    openInAnotherTab: 'Open in another tab or window',
    openElsewhere: 'The session with {{client}} is open in another tab or window. Close it there first, then try again.',
    openElsewhereShort: 'This session is open in another tab or window. Close it there first, then try again.',
    update: {
      ready: 'A new version of Resonans is ready. It starts when you reload; nothing you have saved changes.',
      reload: 'Reload',
      later: 'Later',
      label: 'New version',
    },
    failure: {
      title: 'Something went wrong',
      body: 'Resonans could not show this screen. What was saved is kept on this device. You can export the open session now, or reload.',
      roomTitle: 'The room cannot be shown',
      roomBody: 'The figures and panels beside it still work, and the session is still being saved. You can export it now, or reload.',
      exportSession: 'Export this session',
      reload: 'Reload',
      exportFailed: 'The export did not work: {{reason}}',
      detail: 'Details: {{reason}}',
    },
  },
  nb: {
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
  },
  nn: {
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
  },
  da: {
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
  },
  de: {
    openInAnotherTab: 'In einem anderen Tab oder Fenster geöffnet',
    openElsewhere: 'Die Sitzung mit {{client}} ist in einem anderen Tab oder Fenster geöffnet. Schließen Sie sie dort zuerst und versuchen Sie es dann erneut.',
    openElsewhereShort: 'Diese Sitzung ist in einem anderen Tab oder Fenster geöffnet. Schließen Sie sie dort zuerst und versuchen Sie es dann erneut.',
    update: {
      ready: 'Eine neue Version von Resonans ist bereit. Sie startet, wenn Sie neu laden; nichts Gespeichertes ändert sich.',
      reload: 'Neu laden',
      later: 'Später',
      label: 'Neue Version',
    },
    failure: {
      title: 'Etwas ist schiefgegangen',
      body: 'Resonans konnte diese Ansicht nicht anzeigen. Das Gespeicherte bleibt auf diesem Gerät erhalten. Sie können die geöffnete Sitzung jetzt exportieren oder neu laden.',
      roomTitle: 'Der Raum kann nicht angezeigt werden',
      roomBody:
        'Die Figuren und Bereiche daneben funktionieren weiter, und die Sitzung wird weiter gespeichert. Sie können sie jetzt exportieren oder neu laden.',
      exportSession: 'Diese Sitzung exportieren',
      reload: 'Neu laden',
      exportFailed: 'Der Export hat nicht funktioniert: {{reason}}',
      detail: 'Einzelheiten: {{reason}}',
    },
  },
} as const;
