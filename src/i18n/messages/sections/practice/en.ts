/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: starting RTT and family sessions as practised, and the help lines of the phases.
 */
export const practiceMessages = {
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
} as const;
