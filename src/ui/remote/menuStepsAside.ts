import type { MouseEvent } from 'react';

/** The "More" menu steps aside for the dialog an entry opens. */
export function menuStepsAside(event: MouseEvent<HTMLElement>): void {
  const menu = event.currentTarget.closest<HTMLElement>('[popover]');
  if (menu && typeof menu.hidePopover === 'function') menu.hidePopover();
}
