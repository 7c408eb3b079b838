import { describe, expect, it } from 'vitest';
import { memoryPreferences } from './preferences';
import { rememberRoomSize, roomSizeFor } from './roomSize';

const WINDOW = { widthPx: 1280, heightPx: 800 };

describe('the room size the room waits at out of sight', () => {
  it('is the window until the room has been on screen', () => {
    expect(roomSizeFor(memoryPreferences(), WINDOW)).toEqual(WINDOW);
  });

  it('is the size the room last had on screen, while the window keeps its size', () => {
    const preferences = memoryPreferences();
    rememberRoomSize(preferences, { widthPx: 950.4, heightPx: 691 }, WINDOW);
    expect(roomSizeFor(preferences, WINDOW)).toEqual({ widthPx: 950, heightPx: 691 });
  });

  it('is the window again once the window has another size, since the screens lay out anew', () => {
    const preferences = memoryPreferences();
    rememberRoomSize(preferences, { widthPx: 950, heightPx: 691 }, WINDOW);
    expect(roomSizeFor(preferences, { widthPx: 390, heightPx: 844 })).toEqual({ widthPx: 390, heightPx: 844 });
  });

  it('ignores what is not a size: nothing remembered from a hidden room, nothing read from a damaged value', () => {
    const preferences = memoryPreferences();
    rememberRoomSize(preferences, { widthPx: 0, heightPx: 0 }, WINDOW);
    expect(roomSizeFor(preferences, WINDOW)).toEqual(WINDOW);
    preferences.set('roomSize', 'wide and tall');
    expect(roomSizeFor(preferences, WINDOW)).toEqual(WINDOW);
    preferences.set('roomSize', '2000 900 1280 800');
    expect(roomSizeFor(preferences, WINDOW)).toEqual(WINDOW);
  });
});
