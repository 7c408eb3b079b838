import { type RefObject, useEffect, useRef } from 'react';

/**
 * A screen's first useful control takes the keyboard when the screen opens, so a keyboard or
 * screen-reader user starts there instead of at the top of an empty page.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
