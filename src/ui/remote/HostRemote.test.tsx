import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { useHostRoom } from '../../app/remote/useHostRoom';
import type { ResonansStore } from '../../store/createStore';
import { useResonansStore } from '../../store/StoreContext';
import { fakeHostRoom, type FakeHostRoom } from './fakeRooms';
import HostRemote from './HostRemote';
import { InviteEntry } from './InviteEntry';

function Host({ open }: { open: (options: { store: ResonansStore; hostName: string }) => Promise<FakeHostRoom> }) {
  const control = useHostRoom(useResonansStore(), open);
  return (
    <>
      <InviteEntry onInvite={control.showInvite} />
      {(control.room || control.inviteShown || control.ended) && <HostRemote control={control} />}
    </>
  );
}

async function openRoom() {
  const { store } = storeWithSession();
  const room = fakeHostRoom();
  const open = vi.fn(async () => room);
  const rendered = renderWithProviders(<Host open={open} />, store);
  await userEvent.click(screen.getByRole('button', { name: 'Invite to a live room' }));
  return { ...rendered, store, room, open };
}

const panel = () => screen.getByRole('region', { name: 'Live room' });

describe('Inviting to a live room', () => {
  it('opens the room only when the therapist says so, then shows the link, a QR code and a way to copy it', async () => {
    const { open, store } = await openRoom();
    const dialog = screen.getByRole('dialog', { name: 'Live room' });
    expect(open).not.toHaveBeenCalled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Your name, as your client will see it' }), ' Anna ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Open the live room' }));
    expect(open).toHaveBeenCalledWith({ store, hostName: 'Anna' });
    const link = within(dialog).getByRole('textbox', { name: 'Link for your client' });
    expect(link).toHaveValue('http://127.0.0.1:4173/#/join/AAAAAAAAAAAAAAAAAAAAAA/BBBBBBBBBBBBBBBBBBBBBB');
    expect(link).toHaveAccessibleDescription(/holds the key to the room/);
    const qr = within(dialog).getByRole('img', { name: 'The link as a QR code, to open it on a tablet' });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://127.0.0.1:4173/#/join/AAAAAAAAAAAAAAAAAAAAAA/BBBBBBBBBBBBBBBBBBBBBB');
    expect(within(dialog).getByRole('status')).toHaveTextContent('The link is copied.');

    writeText.mockRejectedValueOnce(new Error('not allowed'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Select it and copy it by hand.');
  });

  it('says plainly when the room cannot be opened', async () => {
    const { store } = storeWithSession();
    const open = vi.fn(async () => {
      throw new Error('relay unreachable');
    });
    renderWithProviders(<Host open={open} />, store);
    await userEvent.click(screen.getByRole('button', { name: 'Invite to a live room' }));
    await userEvent.click(screen.getByRole('button', { name: 'Open the live room' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The room could not be opened: relay unreachable');
    expect(screen.queryByRole('region', { name: 'Live room' })).toBeNull();
  });

  it('is not offered in a finished session', () => {
    const { store } = storeWithSession();
    store.getState().finishSession();
    renderWithProviders(<Host open={vi.fn()} />, store);
    expect(screen.queryByRole('button', { name: 'Invite to a live room' })).toBeNull();
  });
});

describe('The therapist’s live room panel', () => {
  it('admits a waiting client, or sends one away for now', async () => {
    const { room } = await openRoom();
    await userEvent.click(screen.getByRole('button', { name: 'Open the live room' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(panel()).getByRole('status')).toHaveTextContent('Connected');
    expect(panel()).toHaveTextContent('No one has joined yet.');

    act(() => room.knock({ guestId: 'g1', name: '' }));
    act(() => room.knock({ guestId: 'g2', name: 'Kari' }));
    const unnamed = within(panel()).getByRole('group', { name: 'Client is waiting' });
    await userEvent.click(within(unnamed).getByRole('button', { name: 'Not now' }));
    expect(within(panel()).queryByRole('group', { name: 'Client is waiting' })).toBeNull();
    const kari = within(panel()).getByRole('group', { name: 'Kari is waiting' });
    await userEvent.click(within(kari).getByRole('button', { name: 'Admit' }));
    expect(panel()).toHaveTextContent('Kari is in the room.');

    act(() => room.change({ guestAway: true, connection: 'reconnecting' }));
    expect(panel()).toHaveTextContent('They come back by themselves, without a new link.');
    expect(within(panel()).getByRole('status')).toHaveTextContent('The connection dropped. It comes back by itself.');

    expect(panel()).not.toHaveTextContent('Messages refused');
    act(() => room.change({ refusedMessages: 2 }));
    expect(panel()).toHaveTextContent('Messages refused because they were changed or repeated on the way: 2.');
  });

  it('sets who may move what, hands over single figures, takes the room back and ends it', async () => {
    const { room, store } = await openRoom();
    await userEvent.click(screen.getByRole('button', { name: 'Open the live room' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    const permission = within(panel()).getByRole('group', { name: 'Your client may move' });
    expect(within(permission).getByRole('radio', { name: 'Everything' })).toBeChecked();

    await userEvent.click(within(permission).getByRole('radio', { name: 'Only figures I hand over' }));
    expect(room.status().permission).toBe('handedOver');
    const handOver = within(panel()).getByRole('group', { name: 'Figures handed over' });
    const [meId] = store.getState().room.order;
    await userEvent.click(within(handOver).getByRole('checkbox', { name: 'Me' }));
    expect(room.status().handedOver).toEqual([meId]);
    expect(within(handOver).getByRole('checkbox', { name: 'Me' })).toBeChecked();

    await userEvent.click(within(panel()).getByRole('button', { name: 'Take the room back' }));
    expect(room.status().permission).toBe('watch');
    expect(within(permission).getByRole('radio', { name: 'Watch only' })).toBeChecked();
    expect(within(panel()).getByRole('button', { name: 'Take the room back' })).toBeDisabled();

    await userEvent.click(within(panel()).getByRole('button', { name: 'End remote room' }));
    expect(room.endCount).toBe(1);
    expect(screen.queryByRole('region', { name: 'Live room' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('The live room is closed.');
  });

  it('ends the room for the client when the session closes', async () => {
    const { room, unmount } = await openRoom();
    await userEvent.click(screen.getByRole('button', { name: 'Open the live room' }));
    expect(room.endCount).toBe(0);
    unmount();
    expect(room.endCount).toBe(1);
  });
});
