import type { Preferences } from './preferences';

const ROOM_SIZE_KEY = 'roomSize';

/** A box in CSS pixels. */
export interface SizePx {
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * The size the room last had on screen, for the window size it had then. The room waits out of
 * sight at this size (see `KeptRoom`), so taking it into a screen of the same layout does not
 * resize its canvas: a resize reallocates the canvas's buffers and costs a software renderer
 * 20–35 ms of the open. Kept with the device's preferences: a layout size, nothing of a session.
 */
export function rememberRoomSize(preferences: Preferences, room: SizePx, window: SizePx): void {
  if (!usable(room) || !usable(window)) return;
  preferences.set(ROOM_SIZE_KEY, [room.widthPx, room.heightPx, window.widthPx, window.heightPx].map(Math.round).join(' '));
}

/** The room's remembered size where the window still has the size it had then, else the window's own size. */
export function roomSizeFor(preferences: Preferences, window: SizePx): SizePx {
  const [widthPx, heightPx, windowWidthPx, windowHeightPx] = (preferences.get(ROOM_SIZE_KEY) ?? '').split(' ').map(Number);
  const room = { widthPx: widthPx ?? Number.NaN, heightPx: heightPx ?? Number.NaN };
  const sameWindow = windowWidthPx === Math.round(window.widthPx) && windowHeightPx === Math.round(window.heightPx);
  return sameWindow && usable(room) && room.widthPx <= window.widthPx && room.heightPx <= window.heightPx ? room : window;
}

const usable = (size: SizePx): boolean => Number.isFinite(size.widthPx) && Number.isFinite(size.heightPx) && size.widthPx > 0 && size.heightPx > 0;
