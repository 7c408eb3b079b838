/** The words of this area in German; what the area is, and its keys, are in ./en.ts. */
export const practiceMessages = {
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
} as const;
