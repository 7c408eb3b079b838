import { describe, expect, it } from 'vitest';
import { pictureSupersampling } from './pictureSupersampling';

describe('a picture drawn larger and scaled down, for smooth edges', () => {
  it('is drawn at twice its size where the room does not multisample', () => {
    expect(pictureSupersampling({ widthPx: 1920, heightPx: 1080 }, false)).toBe(2);
    expect(pictureSupersampling({ widthPx: 2048, heightPx: 1400 }, false)).toBe(2);
  });

  it('is drawn at its size where the room multisamples, or where twice its size would not fit a weak device', () => {
    expect(pictureSupersampling({ widthPx: 1920, heightPx: 1080 }, true)).toBe(1);
    expect(pictureSupersampling({ widthPx: 2560, heightPx: 1440 }, false)).toBe(1);
    expect(pictureSupersampling({ widthPx: 1200, heightPx: 2100 }, false)).toBe(1);
  });
});
