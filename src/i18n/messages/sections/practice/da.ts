/** The words of this area in Danish; what the area is, and its keys, are in ./en.ts. */
export const practiceMessages = {
  nameToAdd: 'Rolle eller navn (valgfrit)',
  noneChosen: 'Intet ord er valgt endnu. Uden et valgt ord starter sessionen kun med klienten og intentionen.',
  intro: {
    theme:
      'En RTT-session tager udgangspunkt i et tema eller en trigger, klienten har med, ikke i en sætning delt op i ord. Klienten står i rummet fra starten; andre figurer tilføjes efter behov.',
    people:
      'En familieopstilling tager udgangspunkt i personerne i systemet. Navngiv dem her, eller tilføj dem senere i rummet; klienten placerer hver af dem.',
  },
  label: {
    theme: 'Tema eller trigger (valgfrit)',
    people: 'Tema (valgfrit)',
  },
  hint: {
    theme: 'Med klientens egne ord, hvis klienten vil sætte ord på det. Feltet kan stå tomt.',
    people: 'Hvad opstillingen handler om, med klientens egne ord, hvis klienten vil sætte ord på det. Feltet kan stå tomt.',
  },
  people: 'Personerne i systemet',
  peopleHint: 'Hver person eller del af systemet, som klienten nævner, med en rolle: mor, morfar, en søster, der er død, traumet.',
  role: 'Rolle',
  ageGroup: 'Aldersgruppe',
  addPerson: 'Tilføj person',
  person: '{{role}} · {{size}}',
  personDeceased: '{{role}} · {{size}} · er død',
  removePerson: 'Fjern {{role}}',
  remove: 'Fjern',
  noPeople: 'Ingen er nævnt endnu. Personer kan også tilføjes i rummet.',
  kindName: {
    client: 'Klient',
    intention: 'Intention',
    element: 'Element i intentionen',
    person: 'Person',
    free: 'Frit element',
  },
  kindDeceased: '{{kind}} · er død',
} as const;
