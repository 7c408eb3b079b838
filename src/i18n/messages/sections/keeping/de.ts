/** The words of this area in German; what the area is, and its keys, are in ./en.ts. */
export const keepingMessages = {
  noteHint: 'Wird beim Schreiben bewahrt.',
  retrying: 'Resonans versucht es weiter.',
  readOnlyWaiting: 'Die Bearbeitung wechselt von selbst in dieses Fenster, sobald das andere geschlossen wird.',
  restored: 'Ihre letzten Änderungen vor dem Schließen des Fensters wurden wiederhergestellt.',
  unjoinable:
    'Einige Änderungen aus den letzten Augenblicken vor dem Schließen des Fensters ließen sich nicht an die gespeicherte Sitzung anfügen und wurden ausgelassen.',
  damaged:
    'Ein Teil der gespeicherten Aufzeichnung dieser Sitzung war beschädigt. Die ersten {{kept}} von {{expected}} aufgezeichneten Ereignissen sind erhalten; der Rest war nicht lesbar.',
  tookOver: 'Das andere Fenster wurde geschlossen. Dieses Fenster bearbeitet die Sitzung jetzt, so wie sie zuletzt gespeichert wurde.',
  close: 'Schließen',
} as const;
