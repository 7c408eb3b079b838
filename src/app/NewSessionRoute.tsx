import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSession, type NewSessionInput } from '../domain/model/session';
import { NewSessionScreen } from '../ui/NewSessionScreen';
import { askForPersistentStorage } from './library/useStorageInfo';
import { navigate } from './route';
import { describeError, useServices } from './services';

export function NewSessionRoute() {
  const { t } = useTranslation();
  const { repository, ids, now } = useServices();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = (input: NewSessionInput) => {
    // The covert order is drawn once, here; tests of the domain inject their own source instead.
    const session = createSession(input, { client: t('figure.client'), intention: t('figure.intention') }, { ids, now, random: Math.random });
    setBusy(true);
    // Health records must not be evicted to make room: ask the browser to keep them.
    askForPersistentStorage();
    repository.save(session, now()).then(
      () => navigate({ screen: 'session', id: session.info.id }),
      (reason: unknown) => {
        setBusy(false);
        setError(t('newSession.startFailed', { reason: describeError(reason) }));
      },
    );
  };
  return <NewSessionScreen onStart={start} onCancel={() => navigate({ screen: 'library' })} error={error} busy={busy} />;
}
