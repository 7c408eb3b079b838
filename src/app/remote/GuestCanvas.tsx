import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../errors/ErrorBoundary';

const RoomCanvas = lazy(() => import('../../scene/RoomCanvas').then((module) => ({ default: module.RoomCanvas })));

/** The same room as the therapist's, drawn in the client's browser; a failure stops at its edge. */
export function GuestCanvas() {
  const { t } = useTranslation();
  return (
    <ErrorBoundary fallback={() => <p role="alert">{t('remote.guest.roomFailed')}</p>}>
      <Suspense fallback={null}>
        <RoomCanvas label={t('room.canvasLabel')} />
      </Suspense>
    </ErrorBoundary>
  );
}
