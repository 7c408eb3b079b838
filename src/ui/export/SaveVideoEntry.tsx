import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybackController } from '../../domain/replay/playback';
import { MenuDialogEntry } from './MenuDialogEntry';

// Loaded when first opened, like the picture's dialog.
const SaveVideoDialog = lazy(() => import('./SaveVideoDialog').then((module) => ({ default: module.SaveVideoDialog })));

/** "Save video…" in the replay's "More" menu. */
export function SaveVideoEntry({ playback }: { playback: PlaybackController }) {
  const { t } = useTranslation();
  return (
    <MenuDialogEntry
      label={t('picture.saveVideo')}
      dialog={(close) => (
        <Suspense fallback={null}>
          <SaveVideoDialog playback={playback} onClose={close} />
        </Suspense>
      )}
    />
  );
}
