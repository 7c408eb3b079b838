/** The words of this area in Norwegian bokmål; what the area is, and its keys, are in ./en.ts. */
export const practiceMessages = {
  nameToAdd: 'Rolle eller navn (valgfritt)',
  noneChosen: 'Ingen ord er valgt ennå. Uten et valgt ord starter økten bare med klienten og intensjonen.',
  intro: {
    theme:
      'En RTT-økt tar utgangspunkt i et tema eller en trigger klienten har med seg, ikke i en setning delt opp i ord. Klienten står i rommet fra starten; andre figurer legges til etter behov.',
    people:
      'En familieoppstilling tar utgangspunkt i personene i systemet. Gi dem navn her, eller legg dem til senere i rommet; klienten plasserer hver av dem.',
  },
  label: {
    theme: 'Tema eller trigger (valgfritt)',
    people: 'Tema (valgfritt)',
  },
  hint: {
    theme: 'Med klientens egne ord, hvis klienten vil sette ord på det. Feltet kan stå tomt.',
    people: 'Hva oppstillingen handler om, med klientens egne ord, hvis klienten vil sette ord på det. Feltet kan stå tomt.',
  },
  people: 'Personene i systemet',
  peopleHint: 'Hver person eller del av systemet som klienten nevner, med en rolle: mor, bestefar, en søster som er død, traumet.',
  role: 'Rolle',
  ageGroup: 'Aldersgruppe',
  addPerson: 'Legg til person',
  person: '{{role}} · {{size}}',
  personDeceased: '{{role}} · {{size}} · er død',
  removePerson: 'Fjern {{role}}',
  remove: 'Fjern',
  noPeople: 'Ingen er nevnt ennå. Personer kan også legges til i rommet.',
  kindName: {
    client: 'Klient',
    intention: 'Intensjon',
    element: 'Element i intensjonen',
    person: 'Person',
    free: 'Fritt element',
  },
  kindDeceased: '{{kind}} · er død',
} as const;
