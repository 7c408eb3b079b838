import { describe, expect, it } from 'vitest';
import type { FigureId } from '../domain/model/ids';
import { epochMillis } from '../domain/model/units';
import { counterIds } from '../domain/model/ids';
import { createResonansStore } from './createStore';
import { mayMoveFigure } from './remoteSlice';

const [a, b] = ['f-1' as FigureId, 'f-2' as FigureId];
const store = () => createResonansStore({ ids: counterIds(), now: () => epochMillis(0) });

describe('who may move a figure in a live room', () => {
  it('anyone, outside a live room', () => {
    expect(mayMoveFigure(store().getState(), a)).toBe(true);
  });

  it('the therapist, any figure but the one the client is moving', () => {
    const s = store();
    s.getState().setRemote({ role: 'host', permission: 'watch', movingBy: { [a]: 'guest' } });
    expect(mayMoveFigure(s.getState(), a)).toBe(false);
    expect(mayMoveFigure(s.getState(), b)).toBe(true);
  });

  it('the client, only what the therapist allows, and not what the therapist is moving', () => {
    const s = store();
    s.getState().setRemote({ role: 'guest', permission: 'handedOver', handedOver: [a, b], movingBy: { [b]: 'host' } });
    expect(mayMoveFigure(s.getState(), a)).toBe(true);
    expect(mayMoveFigure(s.getState(), b)).toBe(false);
    s.getState().setRemote({ permission: 'watch' });
    expect(mayMoveFigure(s.getState(), a)).toBe(false);
  });

  it('keeps the shown notes in order of phase, each once, and forgets everything on reset', () => {
    const s = store();
    s.getState().showNoteToGuest(4, true);
    s.getState().showNoteToGuest(1, true);
    s.getState().showNoteToGuest(4, true);
    expect(s.getState().remote.shownNotes).toEqual([1, 4]);
    s.getState().showNoteToGuest(1, false);
    expect(s.getState().remote.shownNotes).toEqual([4]);
    s.getState().resetRemote();
    expect(s.getState().remote.shownNotes).toEqual([]);
  });
});
