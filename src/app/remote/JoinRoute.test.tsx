import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { storeWithSession } from '../../../tests/unit/renderWithProviders';
import { createI18n } from '../../i18n/i18n';
import { fakeGuestRoom, replayedGuestStore } from '../../ui/remote/fakeRooms';
import { JoinRoute } from './JoinRoute';
import { isJoinHash, parseRoute } from '../route';

const LINK = '#/join/AAAAAAAAAAAAAAAAAAAAAA/BBBBBBBBBBBBBBBBBBBBBB/BkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkQ';

// The room's 3D canvas is not what these tests look at; the page around it is.
vi.mock('./GuestCanvas', () => ({ GuestCanvas: () => null }));

function renderJoin(link = LINK) {
  const { store } = storeWithSession();
  const room = fakeGuestRoom(store);
  const join = vi.fn(async () => room);
  const rendered = render(
    <I18nextProvider i18n={createI18n()}>
      <JoinRoute link={link} join={join} />
    </I18nextProvider>,
  );
  return { ...rendered, room, join, store };
}

describe('The client’s join page', () => {
  it('knocks with the name the client gives, waits to be let in and then shows the room', async () => {
    const { room, join } = renderJoin();
    expect(join).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Your name (you may leave it empty)' }), 'Kari');
    await userEvent.click(screen.getByRole('button', { name: 'Let the therapist know I am here' }));
    expect(join).toHaveBeenCalledWith({ link: LINK, guestName: 'Kari' });
    expect(screen.getByText('Anna has invited you to a live room.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Please wait a moment until you are let in.');

    act(() => room.change({ stage: 'admitted', permission: 'watch' }));
    expect(screen.getByRole('heading', { name: 'Live room with Anna' })).toBeInTheDocument();
    expect(screen.getByText('For now you watch. Your therapist moves the figures.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Figures' })).toBeInTheDocument();
    expect(screen.getByText('Phase 1 of 7: The client sets the intention')).toBeInTheDocument();
    // The client's page holds none of the therapist's tools.
    expect(screen.queryByRole('button', { name: /export/i })).toBeNull();
    expect(screen.queryByRole('button', { name: /back to sessions/i })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();

    act(() => room.change({ permission: 'handedOver', handedOver: [] }));
    expect(screen.getByText('For now you watch. Your therapist may hand figures to you.')).toBeInTheDocument();
    act(() => room.change({ connection: 'reconnecting' }));
    expect(screen.getByText('The connection dropped. It comes back by itself; please wait.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Leave the room' }));
    expect(room.leaveCount).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('You have left the room.');
  });

  it('tells the client calmly when they were not let in, and when the room has ended', async () => {
    const { room } = renderJoin();
    await userEvent.click(screen.getByRole('button', { name: 'Let the therapist know I am here' }));
    act(() => room.change({ stage: 'refused' }));
    expect(screen.getByRole('status')).toHaveTextContent('The therapist has not let you in this time.');
    act(() => room.change({ stage: 'admitted' }));
    act(() => room.change({ stage: 'ended' }));
    expect(screen.getByRole('status')).toHaveTextContent('The therapist has ended the room. You may close this page.');
    expect(screen.queryByRole('list', { name: 'Figures' })).toBeNull();
  });

  it('refuses an incomplete link without trying the relay, and lets the client try again after a failure', async () => {
    const incomplete = renderJoin('#/join/AAAA');
    expect(screen.getByRole('status')).toHaveTextContent('This link is not complete.');
    expect(screen.queryByRole('button')).toBeNull();
    incomplete.unmount();

    const { join, room } = renderJoin();
    join.mockRejectedValueOnce(new Error('relay unreachable'));
    await userEvent.click(screen.getByRole('button', { name: 'Let the therapist know I am here' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The room could not be reached: relay unreachable');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(join).toHaveBeenCalledTimes(2);
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Please wait');
    expect(room.leaveCount).toBe(0);
  });

  it('leaves the room when the page goes away', async () => {
    const { room, unmount } = renderJoin();
    await userEvent.click(screen.getByRole('button', { name: 'Let the therapist know I am here' }));
    unmount();
    expect(room.leaveCount).toBe(1);
  });
});

describe('A replay presented to a supervisor', () => {
  it('shows the therapist’s moment, phase and time, with nothing to change, and says when the presentation ends', async () => {
    const store = replayedGuestStore();
    const room = fakeGuestRoom(store);
    render(
      <I18nextProvider i18n={createI18n()}>
        <JoinRoute link={LINK} join={vi.fn(async () => room)} />
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Let the therapist know I am here' }));
    act(() => room.change({ stage: 'admitted', replaying: true, permission: 'watch' }));
    expect(screen.getByRole('heading', { name: 'Replay shown by Anna' })).toBeInTheDocument();
    expect(screen.getByText(/You see a supervision copy/)).toBeInTheDocument();
    expect(screen.getByText('Phase 1 of 7: The client sets the intention')).toBeInTheDocument();
    expect(screen.getByText('0:00 of 1:10')).toBeInTheDocument();
    expect(screen.getByText('Paused')).toBeInTheDocument();

    act(() => store.getState().showReplayTime(66_000, true));
    expect(screen.getByText('Phase 3 of 7: Wordless phase')).toBeInTheDocument();
    expect(screen.getByText('1:06 of 1:10')).toBeInTheDocument();
    expect(screen.getByText('Playing')).toBeInTheDocument();
    // The supervisor only watches: no player, no notes, nothing to type, no way to change a phase.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByRole('button', { name: /play|pause|phase|note/i })).toBeNull();

    act(() => room.change({ stage: 'ended' }));
    expect(screen.getByRole('status')).toHaveTextContent('The presentation has ended. You may close this page.');
  });
});

describe('The invite link’s route', () => {
  it('is a join screen holding the fragment, which no other screen is', () => {
    expect(parseRoute(LINK)).toEqual({ screen: 'join', link: LINK });
    expect(isJoinHash(LINK)).toBe(true);
    expect(isJoinHash('#/joined')).toBe(false);
    expect(parseRoute('#/session/abc')).toEqual({ screen: 'session', id: 'abc' });
  });
});
