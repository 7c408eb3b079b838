import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createDemoSession, type DemoTexts } from '../demo/createDemoSession';
import type { Session } from '../domain/model/session';

/** Makes the demo session in the therapist's language. */
export function useDemoSession(): () => Session {
  const { t } = useTranslation();
  return useCallback(() => {
    const [a = '', b = '', c = '', d = ''] = t('demo.elements', { returnObjects: true });
    const [s1 = '', s2 = '', s3 = '', s4 = '', s5 = ''] = t('demo.statements', { returnObjects: true });
    const texts: DemoTexts = {
      labels: { client: t('figure.client'), intention: t('figure.intention') },
      clientPseudonym: t('demo.clientPseudonym'),
      intention: t('demo.intention'),
      elements: [a, b, c, d],
      notes: { orientation: t('demo.notes.orientation'), clientShares: t('demo.notes.clientShares'), roundingOff: t('demo.notes.roundingOff') },
      statements: [s1, s2, s3, s4, s5],
      expressions: { sound: t('demo.expressions.sound'), emotion: t('demo.expressions.emotion') },
    };
    return createDemoSession(texts);
  }, [t]);
}
