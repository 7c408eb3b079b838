import { useTranslation } from 'react-i18next';
import type { PlaybackController } from '../../domain/replay/playback';
import { MenuDialogEntry } from './MenuDialogEntry';
import { SaveVideoDialog } from './SaveVideoDialog';

/** "Save video…" in the replay's "More" menu. */
export function SaveVideoEntry({ playback }: { playback: PlaybackController }) {
  const { t } = useTranslation();
  return <MenuDialogEntry label={t('picture.saveVideo')} dialog={(close) => <SaveVideoDialog playback={playback} onClose={close} />} />;
}
