import { type MouseEvent, type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';

/**
 * A "More" menu entry that opens a dialog. The menu is a popover that hides itself, and a
 * dialog inside a hidden popover would not show: the dialog goes to the page's body instead,
 * and the menu closes as it opens.
 */
export function MenuDialogEntry({ label, dialog }: { label: string; dialog: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const openDialog = (event: MouseEvent<HTMLButtonElement>) => {
    const menu = event.currentTarget.closest<HTMLElement>('[popover]');
    if (menu?.matches(':popover-open')) menu.hidePopover();
    setOpen(true);
  };
  return (
    <>
      <button type="button" className="menu-entry" onClick={openDialog}>
        {label}
      </button>
      {open &&
        createPortal(
          dialog(() => setOpen(false)),
          document.body,
        )}
    </>
  );
}
