/**
 * Where the keyboard goes in the room screen. The figure list is the keyboard's way into the
 * room, so "the room" for focus means a figure in that list. Focusing a figure normally selects
 * it; focus that the app moves there by itself (on opening, by the skip link) must not choose a
 * figure for the client, so it is marked as quiet while it happens.
 */
let quietTarget: Element | null = null;

export function isQuietFocus(element: Element): boolean {
  return quietTarget === element;
}

function focusQuietly(element: HTMLElement, scroll: boolean): void {
  quietTarget = element;
  try {
    element.focus({ preventScroll: !scroll });
  } finally {
    quietTarget = null;
  }
}

const visible = (element: HTMLElement) => element.getClientRects().length > 0;

/**
 * Focuses the selected figure in the list, else the first one; false when the list shows none.
 * Opening a screen does not scroll the side panel for it: the phase's tools at its top stay in view.
 */
export function focusFigureList(root: ParentNode, { scroll = true }: { scroll?: boolean } = {}): boolean {
  const entries = [...root.querySelectorAll<HTMLElement>('.figure-list .figure-entry-button')].filter(visible);
  const target = entries.find((entry) => entry.getAttribute('aria-current') === 'true') ?? entries[0];
  if (!target) return false;
  focusQuietly(target, scroll);
  return true;
}

/** Focuses the first control in a part of the screen that can be used now. */
export function focusFirstControl(root: ParentNode | null): boolean {
  const controls = root?.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled), select:not(:disabled), a[href]') ?? [];
  const target = [...controls].find(visible);
  target?.focus();
  return target !== undefined;
}
