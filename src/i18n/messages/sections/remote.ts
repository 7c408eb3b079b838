/**
 * The words of one area of the app in every language, kept apart from the main catalogues so
 * that an area's strings live beside each other. English is the source of the keys; every
 * language must have the same shape (src/i18n/catalogues.test.ts checks it).
 *
 * This area: the live remote room: inviting, admitting, who may move what, the connection, the guest's page.
 */
export const remoteMessages = {
  en: {},
  nb: {},
  nn: {},
  da: {},
  de: {},
} as const;
