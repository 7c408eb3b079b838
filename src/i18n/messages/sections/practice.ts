/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: starting RTT and family sessions as practised, and the help lines of the phases.
 */
export const practiceMessages = {
  en: {
    nameToAdd: 'Role or name (optional)',
    noneChosen: 'No word is chosen yet. Without one, the session starts with the client and the intention only.',
    intro: {
      theme:
        'An RTT session starts from a theme or a trigger the client brings, not from a sentence split into words. The client stands in the room from the start; other figures are added as they are needed.',
      people: 'A family constellation starts from the people of the system. Name them here or add them later in the room; the client places each one.',
    },
    label: {
      theme: 'Theme or trigger (optional)',
      people: 'Theme (optional)',
    },
    hint: {
      theme: 'In the client’s own words, if the client wants to name it. It may stay empty.',
      people: 'What the constellation is about, in the client’s own words, if the client wants to name it. It may stay empty.',
    },
    people: 'People of the system',
    peopleHint: 'Each person or part of the system the client names, with a role: mother, grandfather, a sister who has died, the trauma.',
    role: 'Role',
    ageGroup: 'Age group',
    addPerson: 'Add person',
    person: '{{role}} · {{size}}',
    personDeceased: '{{role}} · {{size}} · has died',
    removePerson: 'Remove {{role}}',
    remove: 'Remove',
    noPeople: 'No one is named yet. People can also be added in the room.',
    kindName: {
      client: 'Client',
      intention: 'Intention',
      element: 'Element of the intention',
      person: 'Person',
      free: 'Free element',
    },
    kindDeceased: '{{kind}} · has died',
  },
  nb: {
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
  },
  nn: {
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
  },
  da: {
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
  },
  de: {
    nameToAdd: 'Rolle oder Name (optional)',
    noneChosen: 'Noch ist kein Wort gewählt. Ohne ein gewähltes Wort beginnt die Sitzung nur mit der Klient:in und dem Anliegen.',
    intro: {
      theme:
        'Eine RTT-Sitzung geht von einem Thema oder einem Trigger aus, den die Klient:in mitbringt, nicht von einem in Wörter zerlegten Satz. Die Klient:in steht von Anfang an im Raum; weitere Figuren kommen nach Bedarf hinzu.',
      people:
        'Eine Familienaufstellung geht von den Personen des Systems aus. Benennen Sie sie hier oder fügen Sie sie später im Raum hinzu; die Klient:in stellt jede von ihnen auf.',
    },
    label: {
      theme: 'Thema oder Trigger (optional)',
      people: 'Thema (optional)',
    },
    hint: {
      theme: 'In den eigenen Worten der Klient:in, wenn sie es benennen möchte. Das Feld darf leer bleiben.',
      people: 'Worum es in der Aufstellung geht, in den eigenen Worten der Klient:in, wenn sie es benennen möchte. Das Feld darf leer bleiben.',
    },
    people: 'Personen des Systems',
    peopleHint: 'Jede Person und jeder Teil des Systems, den die Klient:in nennt, mit einer Rolle: Mutter, Großvater, eine verstorbene Schwester, das Trauma.',
    role: 'Rolle',
    ageGroup: 'Altersgruppe',
    addPerson: 'Person hinzufügen',
    person: '{{role}} · {{size}}',
    personDeceased: '{{role}} · {{size}} · verstorben',
    removePerson: '{{role}} entfernen',
    remove: 'Entfernen',
    noPeople: 'Noch niemand genannt. Personen lassen sich auch im Raum hinzufügen.',
    kindName: {
      client: 'Klient:in',
      intention: 'Anliegen',
      element: 'Element des Anliegens',
      person: 'Person',
      free: 'Freies Element',
    },
    kindDeceased: '{{kind}} · verstorben',
  },
} as const;
