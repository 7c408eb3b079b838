import { createDemoSession, type DemoTexts } from '../../demo/createDemoSession';
import { en } from '../../i18n/messages/en';
import type { Session } from '../model/session';

/** The English words of the demo, as the app hands them to createDemoSession. */
export const englishDemoTexts = (): DemoTexts => ({
  labels: { client: en.figure.client, intention: en.figure.intention },
  clientPseudonym: en.demo.clientPseudonym,
  intention: en.demo.intention,
  elements: [...en.demo.elements],
  notes: en.demo.notes,
  statements: [...en.demo.statements],
  expressions: en.demo.expressions,
});

/** The English demo session: a whole self-encounter with every kind of text, for tests of files. */
export function englishDemoSession(): Session {
  return createDemoSession(englishDemoTexts());
}
