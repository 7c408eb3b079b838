/** The words of this area in Norwegian nynorsk; what the area is, and its keys, are in ./en.ts. */
export const keepingMessages = {
  noteHint: 'Takast vare på medan du skriv.',
  retrying: 'Resonans held fram med å prøve.',
  readOnlyWaiting: 'Redigeringa flyttar hit av seg sjølv når det andre vindauget blir lukka.',
  restored: 'Dei siste endringane dine før vindauget vart lukka, er henta tilbake.',
  unjoinable: 'Nokre endringar frå dei siste augneblinkane før vindauget vart lukka, kunne ikkje føyast til den lagra økta og er utelatne.',
  damaged:
    'Ein del av det lagra opptaket til økta var skadd. Dei første {{kept}} av {{expected}} registrerte hendingar er haldne på; resten kunne ikkje lesast.',
  tookOver: 'Det andre vindauget er lukka. Dette vindauget redigerer no økta, slik ho sist vart lagra.',
  close: 'Lat att',
} as const;
