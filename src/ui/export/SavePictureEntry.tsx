import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuDialogEntry } from './MenuDialogEntry';

// The dialog and all it draws with load when first opened: the library's first script stays as it was.
const SavePictureDialog = lazy(() => import('./SavePictureDialog').then((module) => ({ default: module.SavePictureDialog })));

/** "Save picture…" in the room's "More" menu, in live work and in replay. */
export function SavePictureEntry() {
  const { t } = useTranslation();
  return (
    <MenuDialogEntry
      label={t('picture.savePicture')}
      dialog={(close) => (
        <Suspense fallback={null}>
          <SavePictureDialog onClose={close} />
        </Suspense>
      )}
    />
  );
}
