import { describe, expect, it } from 'vitest';
import { captionLine } from './drawCaption';
import { pictureRequest } from './composeFrame';
import { mediaFileName } from './fileName';

describe('captionLine', () => {
  it('reads pseudonym, date, phase and session time in that order', () => {
    expect(captionLine({ pseudonym: 'Kari', date: '15 Jan 2026', phase: 'Wordless phase', sessionTime: 'Session time 2:08' })).toBe(
      'Kari  ·  15 Jan 2026  ·  Wordless phase  ·  Session time 2:08',
    );
  });
  it('leaves out what is not shown, and a blank pseudonym', () => {
    expect(captionLine({ pseudonym: ' ', date: null, phase: null, sessionTime: 'Session time 0:05' })).toBe('Session time 0:05');
  });
});

describe('pictureRequest', () => {
  it('keeps the room’s shape at the asked width', () => {
    expect(pictureRequest({ widthPx: 900, heightPx: 600 }, 3840)).toEqual({ widthPx: 3840, heightPx: 2560, view: { widthPx: 900, heightPx: 600 } });
  });
});

describe('mediaFileName', () => {
  it('names the kind, the day and a short part of the id, never the client', () => {
    expect(mediaFileName('picture', 'ab-12-cd-34-ef-56', Date.UTC(2026, 0, 15, 23), 'png')).toBe('resonans-picture-2026-01-15-ab12cd34.png');
  });
});
