import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Services, useServices } from '../services';
import { createSessionGuard, guardedRepository } from './sessionGuard';

/**
 * The services as the library uses them: every write and removal (a rename, the bin, a purge,
 * an import that replaces) first checks that no tab has the session open, and holds it closed
 * while it works. The session route keeps the plain repository: it holds the lock itself.
 */
export function useLibraryServices(): Services {
  const services = useServices();
  const { t } = useTranslation();
  return useMemo(() => {
    const sessionGuard = createSessionGuard(services.locks, () => t('tabs.openElsewhereShort'));
    return { ...services, sessionGuard, repository: guardedRepository(services.repository, sessionGuard) };
  }, [services, t]);
}
