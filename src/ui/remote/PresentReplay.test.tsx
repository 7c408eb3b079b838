import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { memoryPreferences } from '../../app/preferences';
import type { OpenHost } from '../../app/remote/useHostRoom';
import { useSupervisionRoom } from '../../app/remote/useSupervisionRoom';
import { type Services, ServicesContext } from '../../app/services';
import { counterIds } from '../../domain/model/ids';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { useResonansStore } from '../../store/StoreContext';
import { fakeHostRoom, type FakeHostRoom } from './fakeRooms';
import HostRemote from './HostRemote';
import { PresentEntry } from './PresentEntry';

function Replay({ open }: { open: OpenHost }) {
  const control = useSupervisionRoom(useResonansStore(), open);
  return (
    <>
      <PresentEntry onPresent={control.showInvite} />
      {(control.room || control.inviteShown || control.ended) && <HostRemote control={control} who="supervisor" />}
    </>
  );
}

/** A session with a renamed figure and a note, open in replay as the replay screen opens it. */
function replayWith(room: FakeHostRoom) {
  const { store } = storeWithSession('Eg vil sove betre');
  const first = store.getState().room.order[0]!;
  store.getState().renameFigure(first, 'Kari');
  store.getState().setNote(0, 'Tung pust ved vindauget');
  store.getState().openReplay(0);
  const services: Services = {
    repository: createMemorySessionRepository(),
    ids: counterIds('p'),
    now: fixedNow,
    autosaveDelayMs: 0,
    preferences: memoryPreferences(),
  };
  const open = vi.fn<OpenHost>(async () => room);
  renderWithProviders(
    <ServicesContext.Provider value={services}>
      <Replay open={open} />
    </ServicesContext.Provider>,
    store,
  );
  return { store, open };
}

async function startPresenting() {
  await userEvent.click(screen.getByRole('button', { name: 'Present to a supervisor' }));
  const dialog = screen.getByRole('dialog', { name: 'Present to a supervisor' });
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Your name, as your supervisor will see it' }), 'Anna');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Start presenting' }));
  return dialog;
}

describe('Presenting a replay to a supervisor', () => {
  it('presents a supervision copy before the link is shown, lets the supervisor in, and ends the room on stop', async () => {
    const room = fakeHostRoom();
    const { store, open } = replayWith(room);
    const dialog = await startPresenting();
    expect(open).toHaveBeenCalledWith({ store, hostName: 'Anna' });
    expect(within(dialog).getByRole('textbox', { name: 'Link for your supervisor' })).toHaveValue(room.inviteLink);

    const copy = room.presented;
    expect(copy).not.toBeNull();
    expect(copy?.info.id).not.toBe(store.getState().session?.id);
    const sent = JSON.stringify(copy);
    for (const secret of ['Kari', 'sove', 'betre', 'Tung pust']) expect(sent).not.toContain(secret);
    expect(copy?.info.clientPseudonym).toBe('Supervision client, session 1');
    // The replay itself is untouched: the copy is all that leaves.
    expect(store.getState().replay).not.toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    const panel = screen.getByRole('region', { name: 'Present to a supervisor' });
    expect(panel).toHaveTextContent('Your supervisor sees a supervision copy of this replay at your playhead.');
    act(() => room.knock({ guestId: 'g1', name: '' }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Your supervisor is waiting' })).getByRole('button', { name: 'Admit' }));
    expect(panel).toHaveTextContent('Your supervisor is watching.');
    // Nothing here hands the room to anyone: a replay only shows.
    expect(within(panel).queryByRole('radio')).toBeNull();

    await userEvent.click(within(panel).getByRole('button', { name: 'Stop presenting' }));
    expect(room.endCount).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('The presentation has ended. Your supervisor no longer sees the replay.');
  });

  it('ends the room at once and says so when the recording is too long to present', async () => {
    const room = fakeHostRoom(undefined, 0);
    replayWith(room);
    const dialog = await startPresenting();
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('This recording is too long to present in a live room.'));
    expect(room.endCount).toBe(1);
    expect(room.presented).toBeNull();
    expect(within(dialog).queryByRole('textbox', { name: 'Link for your supervisor' })).toBeNull();
  });
});
