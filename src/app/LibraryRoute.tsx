import { useCallback, useEffect, useState } from 'react';
import type { SessionId } from '../domain/model/ids';
import { type LibraryState, LibraryScreen } from '../ui/LibraryScreen';
import { navigate } from './route';
import { describeError, useServices } from './services';

export function LibraryRoute() {
  const { repository } = useServices();
  const [library, setLibrary] = useState<LibraryState>({ status: 'loading' });
  const reload = useCallback(
    () =>
      repository.list().then(
        (sessions) => setLibrary({ status: 'ready', sessions }),
        (error: unknown) => setLibrary({ status: 'failed', reason: describeError(error) }),
      ),
    [repository],
  );
  useEffect(() => void reload(), [reload]);
  const remove = (id: SessionId) => {
    repository.remove(id).then(reload, (error: unknown) => setLibrary({ status: 'failed', reason: describeError(error) }));
  };
  return (
    <LibraryScreen
      library={library}
      onNew={() => navigate({ screen: 'new' })}
      onOpen={(session) => navigate({ screen: session.finished ? 'replay' : 'session', id: session.id })}
      onReplay={(id) => navigate({ screen: 'replay', id })}
      onDelete={remove}
    />
  );
}
