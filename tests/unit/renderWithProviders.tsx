import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { counterIds } from '../../src/domain/model/ids';
import { createSession, type Session } from '../../src/domain/model/session';
import { epochMillis } from '../../src/domain/model/units';
import { createI18n } from '../../src/i18n/i18n';
import { createResonansStore, type ResonansStore } from '../../src/store/createStore';
import { StoreProvider } from '../../src/store/StoreContext';

export const fixedNow = () => epochMillis(Date.UTC(2026, 10, 22, 10, 0));

/** A store with a session open, as a component sees it in the app. */
export function storeWithSession(intention = 'Eg vil sove betre'): { store: ResonansStore; session: Session } {
  const ids = counterIds('t');
  const store = createResonansStore({ ids, now: fixedNow });
  const words = intention.split(' ');
  const session = createSession(
    { clientPseudonym: 'Kari', intention, template: 'iopt', elements: words },
    { client: 'Me', intention: 'Intention' },
    { ids, now: fixedNow },
  );
  store.getState().openSession(session);
  return { store, session };
}

export function renderWithProviders(ui: ReactElement, store: ResonansStore = createResonansStore({ ids: counterIds('t'), now: fixedNow })) {
  return {
    store,
    ...render(
      <I18nextProvider i18n={createI18n()}>
        <StoreProvider store={store}>{ui}</StoreProvider>
      </I18nextProvider>,
    ),
  };
}
