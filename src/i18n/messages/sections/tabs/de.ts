/** The words of this area in German; what the area is, and its keys, are in ./en.ts. */
export const tabsMessages = {
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
} as const;
