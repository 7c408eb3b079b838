// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FigureId } from '../model/ids';
import { NEW_PROGRESS } from '../recording/progress';
import { COVERT_LABEL, type GuestSharing, guestSession, guestViewOf, type HostSide } from './guestView';
import { syncTestSession } from './testRoom';

const session = syncTestSession();
const host = (change: Partial<HostSide> = {}): HostSide => ({
  session: session.info,
  room: session.room,
  progress: { ...NEW_PROGRESS, phase: 2, notes: { 0: 'Client seemed tense; ask about the sister', 2: 'Breathing slower now' } },
  covert: false,
  presenting: false,
  ...change,
});
const sharing = (change: Partial<GuestSharing> = {}): GuestSharing => ({
  permission: 'everything',
  handedOver: [],
  shownNotes: [],
  showPseudonym: false,
  ...change,
});

describe('what the guest may see', () => {
  it('holds none of the therapist notes and not the pseudonym, unless shown', () => {
    const hidden = JSON.stringify(guestViewOf(host(), sharing()));
    expect(hidden).not.toContain('sister');
    expect(hidden).not.toContain('Breathing');
    expect(hidden).not.toContain('Birk');
    const shown = guestViewOf(host(), sharing({ shownNotes: [2, 5], showPseudonym: true }));
    expect(shown.notes).toEqual({ 2: 'Breathing slower now' });
    expect(shown.clientPseudonym).toBe('Birk');
  });

  it('shows the room, the phase and the intention as they are when nothing is covert', () => {
    const view = guestViewOf(host(), sharing());
    expect(view.room).toBe(session.room);
    expect(view.phase).toBe(2);
    expect(view.intention).toBe('I want to sleep better');
    expect(view.elements).toEqual(['sleep', 'better', 'want']);
  });

  it('while covert, holds no word of the intention, and lists the elements in their covert order rather than the order of the words', () => {
    const covert = syncTestSession({ covert: true });
    const view = guestViewOf(host({ session: covert.info, room: covert.room, covert: true }), sharing());
    const text = JSON.stringify(view);
    for (const word of ['sleep', 'better', 'want', 'I want']) expect(text).not.toContain(word);
    const elements = view.room.order.filter((id) => view.room.figures[id]?.kind === 'element');
    expect(elements).toEqual(view.covertOrder);
    expect(elements.every((id) => view.room.figures[id]?.label === COVERT_LABEL)).toBe(true);
    // The figures themselves stand where they stand: only what would tell the words is hidden.
    for (const id of covert.room.order) expect(view.room.figures[id]?.pose).toEqual(covert.room.figures[id]?.pose);
  });

  it('names handed-over figures only while the permission is to move those', () => {
    const [client] = session.room.order as [FigureId];
    expect(guestViewOf(host(), sharing({ permission: 'handedOver', handedOver: [client, 'gone' as FigureId] })).handedOver).toEqual([client]);
    expect(guestViewOf(host(), sharing({ permission: 'watch', handedOver: [client] })).handedOver).toEqual([]);
  });

  it('becomes a session the guest store can open, with a recording that starts from the room seen', () => {
    const view = guestViewOf(host({ covert: true }), sharing());
    const guest = guestSession(view, 'remote');
    expect(guest.info.covert).toBe(true);
    expect(guest.room).toBe(view.room);
    expect(guest.recording.events).toEqual([]);
    expect(guest.info.covertOrder).toEqual(view.covertOrder);
  });
});
