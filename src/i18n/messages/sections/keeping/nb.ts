/** The words of this area in Norwegian bokmål; what the area is, and its keys, are in ./en.ts. */
export const keepingMessages = {
  noteHint: 'Tas vare på mens du skriver.',
  retrying: 'Resonans fortsetter å prøve.',
  readOnlyWaiting: 'Redigeringen flyttes hit av seg selv når det andre vinduet lukkes.',
  restored: 'De siste endringene dine før vinduet ble lukket, er hentet tilbake.',
  unjoinable: 'Noen endringer fra de siste øyeblikkene før vinduet ble lukket, kunne ikke føyes til den lagrede økten og er utelatt.',
  damaged: 'En del av øktens lagrede opptak var skadet. De første {{kept}} av {{expected}} registrerte hendelser er beholdt; resten kunne ikke leses.',
  tookOver: 'Det andre vinduet er lukket. Dette vinduet redigerer nå økten, slik den sist ble lagret.',
  close: 'Lukk',
} as const;
