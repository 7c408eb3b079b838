/** The words of this area in Norwegian nynorsk; what the area is, and its keys, are in ./en.ts. */
export const practiceMessages = {
  nameToAdd: 'Rolle eller namn (valfritt)',
  noneChosen: 'Ingen ord er valde enno. Utan eit valt ord byrjar økta berre med klienten og intensjonen.',
  intro: {
    theme:
      'Ei RTT-økt tek utgangspunkt i eit tema eller ein trigger klienten har med seg, ikkje i ei setning delt opp i ord. Klienten står i rommet frå starten; andre figurar blir lagde til etter behov.',
    people:
      'Ei familieoppstilling tek utgangspunkt i personane i systemet. Gi dei namn her, eller legg dei til seinare i rommet; klienten plasserer kvar av dei.',
  },
  label: {
    theme: 'Tema eller trigger (valfritt)',
    people: 'Tema (valfritt)',
  },
  hint: {
    theme: 'Med klienten sine eigne ord, om klienten vil setje ord på det. Feltet kan stå tomt.',
    people: 'Kva oppstillinga handlar om, med klienten sine eigne ord, om klienten vil setje ord på det. Feltet kan stå tomt.',
  },
  people: 'Personane i systemet',
  peopleHint: 'Kvar person eller del av systemet som klienten nemner, med ei rolle: mor, bestefar, ei syster som er død, traumet.',
  role: 'Rolle',
  ageGroup: 'Aldersgruppe',
  addPerson: 'Legg til person',
  person: '{{role}} · {{size}}',
  personDeceased: '{{role}} · {{size}} · er død',
  removePerson: 'Fjern {{role}}',
  remove: 'Fjern',
  noPeople: 'Ingen er nemnde enno. Personar kan òg leggjast til i rommet.',
  kindName: {
    client: 'Klient',
    intention: 'Intensjon',
    element: 'Element i intensjonen',
    person: 'Person',
    free: 'Fritt element',
  },
  kindDeceased: '{{kind}} · er død',
} as const;
