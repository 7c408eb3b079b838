/** The words of this area in Danish; what the area is, and its keys, are in ./en.ts. */
export const keepingMessages = {
  noteHint: 'Gemmes, mens du skriver.',
  retrying: 'Resonans bliver ved med at prøve.',
  readOnlyWaiting: 'Redigeringen flytter selv hertil, når det andet vindue lukkes.',
  restored: 'Dine seneste ændringer fra før vinduet blev lukket, er hentet tilbage.',
  unjoinable: 'Nogle ændringer fra de sidste øjeblikke før vinduet blev lukket, kunne ikke føjes til den gemte session og er udeladt.',
  damaged:
    'En del af sessionens gemte optagelse var beskadiget. De første {{kept}} af {{expected}} registrerede hændelser er bevaret; resten kunne ikke læses.',
  tookOver: 'Det andet vindue er lukket. Dette vindue redigerer nu sessionen, som den sidst blev gemt.',
  close: 'Luk',
} as const;
