/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area:
 */
export const fileSafetyMessages = {
  notProtected: 'Not protected: anyone who gets this file can read everything in it.',
  isProtected: 'Protected: the file opens only with the passphrase.',
  exportAllTitle: 'Export all sessions',
  exportAllIntro: 'One file with every session on this device, as a backup.',
  exportAllFailed: 'The backup was not written: {{reason}} Nothing on this device was changed.',
  exportFailed: 'The file was not written: {{reason}}',
  emergencyProtect: 'Protect the file with a passphrase',
  supervisionIntro: 'Choose what the copy keeps. What is not ticked is removed or replaced by a neutral name.',
  keep: 'The copy keeps',
  keepFigureLabels: 'Names on the client, intention, person and free figures (otherwise “Me”, “Person 1”, …)',
  keepNotes: 'The notes of each phase',
  keepStatements: 'What the figures said, and the texts of expressions',
  keepIntention: 'The intention as the client wrote it',
  keepElementLabels: 'The words on the elements (otherwise “Element 1”, …)',
  dating: 'Date of the session',
  datingNumber: 'No date: only the session’s number among this client’s sessions',
  datingMonth: 'Only the month',
  datingExact: 'The exact date and time',
  pseudonym: 'Supervision client, session {{number}}',
  copySessionNumber: 'Session {{number}} of a supervision copy',
  leaves: 'What leaves this device',
  leavesAlways: 'Where each figure stands and faces through the whole session, the phases and the session times.',
  parts: {
    figureLabels: 'Names on figures',
    notes: 'Notes',
    statements: 'Statements and expressions',
    intention: 'Intention',
    elementLabels: 'Words on the elements',
    dates: 'Date',
  },
  partKept: '{{part}}: in the file',
  partRemoved: '{{part}}: removed',
  partMonth: '{{part}}: only the month',
  problems: {
    damaged: 'the file is damaged or cut off ({{detail}}).',
    tooLarge: 'it is too large for this device to read ({{detail}}).',
    needsPassphrase: 'it is protected, and no passphrase was given.',
  },
  skipped_one: '{{count}} session in the file was not imported, because it is damaged or impossible: {{list}}',
  skipped_other: '{{count}} sessions in the file were not imported, because they are damaged or impossible: {{list}}',
  skippedSession: 'number {{number}} ({{client}}): {{detail}}',
  unknownClient: 'no name',
  freeFigure: 'Free element {{number}}',
} as const;
