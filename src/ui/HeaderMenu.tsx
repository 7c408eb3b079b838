import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportEntry } from './export/ReportEntry';
import { SavePictureEntry } from './export/SavePictureEntry';

/**
 * "More": what is used now and then (the language, and whatever a screen adds) behind one
 * button, so the room's header stays one row. A popover closes by itself on Escape and on a
 * tap elsewhere, and the browser keeps the button's expanded state for screen readers.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <button type="button" className="header-menu-button" popoverTarget={id}>
        {t('layout.more')}
      </button>
      <div id={id} className="header-menu" popover="auto" role="group" aria-label={t('layout.more')}>
        <SavePictureEntry />
        <ReportEntry />
        {children}
      </div>
    </>
  );
}
