/**
 * The words of one area of the app, in English: the source of its keys. Each language has its
 * own file beside this one, so the first screen loads only the chosen language; every language
 * must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: tabs that keep in step, updates that wait, and the calm message when something fails.
 */
export const tabsMessages = {
  openInAnotherTab: 'Open in another tab or window',
  openElsewhere: 'The session with {{client}} is open in another tab or window. Close it there first, then try again.',
  openElsewhereShort: 'This session is open in another tab or window. Close it there first, then try again.',
  update: {
    ready: 'A new version of Resonans is ready. It starts when you reload; nothing you have saved changes.',
    reload: 'Reload',
    later: 'Later',
    label: 'New version',
  },
  failure: {
    title: 'Something went wrong',
    body: 'Resonans could not show this screen. What was saved is kept on this device. You can export the open session now, or reload.',
    roomTitle: 'The room cannot be shown',
    roomBody: 'The figures and panels beside it still work, and the session is still being saved. You can export it now, or reload.',
    exportSession: 'Export this session',
    reload: 'Reload',
    exportFailed: 'The export did not work: {{reason}}',
    detail: 'Details: {{reason}}',
  },
} as const;
