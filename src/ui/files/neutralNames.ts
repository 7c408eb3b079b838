import type { TFunction } from 'i18next';
import type { NeutralNames } from '../../domain/format/supervisionCopy';

/** The names a supervision copy gives in place of the client's, in the chosen language: one place for the export and the report. */
export function neutralNames(t: TFunction, sessionNumber: number): NeutralNames {
  return {
    pseudonym: t('fileSafety.pseudonym', { number: sessionNumber }),
    maskedIntention: t('files.maskedIntention'),
    role: (kind, count) => {
      switch (kind) {
        case 'client':
          return t('figure.client');
        case 'intention':
          return t('figure.intention');
        case 'element':
          return t('figure.covert', { number: count });
        case 'person':
          return t('figure.person', { number: count });
        case 'free':
          return t('fileSafety.freeFigure', { number: count });
      }
    },
  };
}
