import { type MouseEvent, type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';

interface MenuDialogEntryProps {
  readonly label: string;
  /** A longer name for screen readers, where the button's word alone leaves open what it acts on. */
  readonly ariaLabel?: string;
  readonly className?: string;
  readonly dialog: (close: () => void) => ReactNode;
}

/**
 * A "More" menu entry, or a button among a session's actions, that opens a dialog. The menu is
 * a popover that hides itself, and a dialog inside a hidden popover would not show: the dialog
 * goes to the page's body instead (out of the styles of where its button is), and the menu
 * closes as it opens.
 */
export function MenuDialogEntry({ label, ariaLabel, className = 'menu-entry', dialog }: MenuDialogEntryProps) {
  const [open, setOpen] = useState(false);
  const openDialog = (event: MouseEvent<HTMLButtonElement>) => {
    const menu = event.currentTarget.closest<HTMLElement>('[popover]');
    if (menu?.matches(':popover-open')) menu.hidePopover();
    setOpen(true);
  };
  return (
    <>
      <button type="button" className={className || undefined} aria-label={ariaLabel} onClick={openDialog}>
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
