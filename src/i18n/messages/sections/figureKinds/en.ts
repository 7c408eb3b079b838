/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area:
 */
export const figureKindsMessages = {
  covertClient: 'Client',
  covertIntention: 'The intention is hidden while “Covert” is on.',
  covertName: 'While “Covert” is on, this figure is called “{{name}}” and cannot be renamed.',
  size: 'Size',
  deceased: 'Has died',
  deceasedHint: 'Shown calmly, as one who has died.',
  kindSizeDeceased: '{{kind}} · {{size}} · has died',
  addBaby: 'Person, baby',
  startCovert: 'Start covertly',
  startCovertHint: 'The elements are shown as “Element 1, 2…”, standing in an order that says nothing about the words, until you reveal them.',
} as const;
