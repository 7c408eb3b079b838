import type { i18n as I18n } from 'i18next';
import { lazy, Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ResonansStore } from '../store/createStore';
import { StoreProvider } from '../store/StoreContext';
import { AppBoundary } from './errors/AppBoundary';
import { KeptRoom } from './KeptRoom';
import { LanguageChoiceContext } from '../ui/languageChoice';
import { useLanguageSetting } from './useLanguageSetting';
import { LibraryRoute } from './LibraryRoute';
import { NewSessionRoute } from './NewSessionRoute';
import { SessionRoute } from './SessionRoute';
import { useRoute } from './route';
import { type Services, ServicesContext } from './services';
import { UpdateBanner } from './tabs/UpdateBanner';

// The client's page in a tab that already runs the app (an invite opened from the library's tab).
const JoinRoute = lazy(() => import('./remote/JoinRoute').then((module) => ({ default: module.JoinRoute })));

export interface AppProps {
  readonly services: Services;
  readonly store: ResonansStore;
  readonly i18n: I18n;
}

/**
 * The composition root: language, store and services, and the screen the URL names. Whatever a
 * screen throws is caught here, so a failure never leaves a white page.
 */
export function App({ services, store, i18n }: AppProps) {
  const chooseLanguage = useLanguageSetting(i18n, services.preferences);
  return (
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <LanguageChoiceContext.Provider value={chooseLanguage}>
          <StoreProvider store={store}>
            <AppBoundary store={store} services={services}>
              <Screen />
            </AppBoundary>
            <UpdateBanner />
          </StoreProvider>
        </LanguageChoiceContext.Provider>
      </ServicesContext.Provider>
    </I18nextProvider>
  );
}

/** The screen the URL names, around the app's one 3D room, which the screens take in turn (KeptRoom). */
function Screen() {
  const { t } = useTranslation();
  return (
    <KeptRoom label={t('room.canvasLabel')}>
      <RouteScreen />
    </KeptRoom>
  );
}

function RouteScreen() {
  const route = useRoute();
  switch (route.screen) {
    case 'library':
      return <LibraryRoute />;
    case 'new':
      return <NewSessionRoute />;
    case 'session':
    case 'replay':
      // One key for both views: switching between editing and replay keeps the session open.
      return <SessionRoute key={route.id} id={route.id} mode={route.screen === 'replay' ? 'replay' : 'edit'} />;
    case 'join':
      return (
        <Suspense fallback={null}>
          <JoinRoute key={route.link} link={route.link} />
        </Suspense>
      );
  }
}
