import { useTranslation } from 'react-i18next';
import { MenuDialogEntry } from './MenuDialogEntry';
import { SavePictureDialog } from './SavePictureDialog';

/** "Save picture…" in the room's "More" menu, in live work and in replay. */
export function SavePictureEntry() {
  const { t } = useTranslation();
  return <MenuDialogEntry label={t('picture.savePicture')} dialog={(close) => <SavePictureDialog onClose={close} />} />;
}
