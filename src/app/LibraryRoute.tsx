import { useCallback, useEffect, useState } from 'react';
import type { SessionId } from '../domain/model/ids';
import { type LibraryState, LibraryScreen } from '../ui/LibraryScreen';
import { navigate } from './route';
import { describeError, useServices } from './services';
import { useDemoSession } from './useDemoSession';

const DEMO_OFFERED = 'demoOffered';

export function LibraryRoute() {
  const { repository, preferences, now } = useServices();
  const makeDemo = useDemoSession();
  const [library, setLibrary] = useState<LibraryState>({ status: 'loading' });
  const fail = useCallback((error: unknown) => setLibrary({ status: 'failed', reason: describeError(error) }), []);
  const reload = useCallback(() => repository.list().then((sessions) => setLibrary({ status: 'ready', sessions }), fail), [repository, fail]);
  const restoreDemo = useCallback(() => repository.save(makeDemo(), now()).then(reload, fail), [repository, makeDemo, now, reload, fail]);

  useEffect(() => {
    // A new user finds the demo in the library; once deleted, it comes back only when asked for.
    if (preferences.get(DEMO_OFFERED) === null) {
      preferences.set(DEMO_OFFERED, 'yes');
      void restoreDemo();
    } else {
      void reload();
    }
  }, [preferences, reload, restoreDemo]);

  const remove = (id: SessionId) => {
    repository.remove(id).then(reload, fail);
  };
  return (
    <LibraryScreen
      library={library}
      onNew={() => navigate({ screen: 'new' })}
      onOpen={(session) => navigate({ screen: session.finished ? 'replay' : 'session', id: session.id })}
      onReplay={(id) => navigate({ screen: 'replay', id })}
      onDelete={remove}
      onRestoreDemo={() => void restoreDemo()}
    />
  );
}
