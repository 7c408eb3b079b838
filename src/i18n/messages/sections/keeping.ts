/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 */
export const keepingMessages = {
  en: {
    noteHint: 'Kept as you type.',
    retrying: 'Resonans keeps trying.',
    readOnlyWaiting: 'Editing moves to this window by itself when the other one closes.',
    restored: 'Your last changes before the window closed were brought back.',
    unjoinable: 'Some changes from the last moments before the window closed could not be joined to the saved session and were left out.',
    damaged: 'Part of this session’s saved recording was damaged. The first {{kept}} of {{expected}} recorded events are kept; the rest could not be read.',
    tookOver: 'The other window has closed. This window now edits the session, as it was last saved.',
    close: 'Close',
  },
  nb: {
    noteHint: 'Tas vare på mens du skriver.',
    retrying: 'Resonans fortsetter å prøve.',
    readOnlyWaiting: 'Redigeringen flyttes hit av seg selv når det andre vinduet lukkes.',
    restored: 'De siste endringene dine før vinduet ble lukket, er hentet tilbake.',
    unjoinable: 'Noen endringer fra de siste øyeblikkene før vinduet ble lukket, kunne ikke føyes til den lagrede økten og er utelatt.',
    damaged: 'En del av øktens lagrede opptak var skadet. De første {{kept}} av {{expected}} registrerte hendelser er beholdt; resten kunne ikke leses.',
    tookOver: 'Det andre vinduet er lukket. Dette vinduet redigerer nå økten, slik den sist ble lagret.',
    close: 'Lukk',
  },
  nn: {
    noteHint: 'Takast vare på medan du skriv.',
    retrying: 'Resonans held fram med å prøve.',
    readOnlyWaiting: 'Redigeringa flyttar hit av seg sjølv når det andre vindauget blir lukka.',
    restored: 'Dei siste endringane dine før vindauget vart lukka, er henta tilbake.',
    unjoinable: 'Nokre endringar frå dei siste augneblinkane før vindauget vart lukka, kunne ikkje føyast til den lagra økta og er utelatne.',
    damaged:
      'Ein del av det lagra opptaket til økta var skadd. Dei første {{kept}} av {{expected}} registrerte hendingar er haldne på; resten kunne ikkje lesast.',
    tookOver: 'Det andre vindauget er lukka. Dette vindauget redigerer no økta, slik ho sist vart lagra.',
    close: 'Lat att',
  },
  da: {
    noteHint: 'Gemmes, mens du skriver.',
    retrying: 'Resonans bliver ved med at prøve.',
    readOnlyWaiting: 'Redigeringen flytter selv hertil, når det andet vindue lukkes.',
    restored: 'Dine seneste ændringer fra før vinduet blev lukket, er hentet tilbage.',
    unjoinable: 'Nogle ændringer fra de sidste øjeblikke før vinduet blev lukket, kunne ikke føjes til den gemte session og er udeladt.',
    damaged:
      'En del af sessionens gemte optagelse var beskadiget. De første {{kept}} af {{expected}} registrerede hændelser er bevaret; resten kunne ikke læses.',
    tookOver: 'Det andet vindue er lukket. Dette vindue redigerer nu sessionen, som den sidst blev gemt.',
    close: 'Luk',
  },
  de: {
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
  },
} as const;
