import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { memoryPreferences } from '../../app/preferences';
import { type Services, ServicesContext } from '../../app/services';
import { counterIds } from '../../domain/model/ids';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { provideRoomCapture, type RoomCapture } from '../../scene/capture/captureSlot';
import { SavePictureDialog } from './SavePictureDialog';

const services: Services = {
  repository: createMemorySessionRepository(),
  ids: counterIds('p'),
  now: fixedNow,
  autosaveDelayMs: 0,
  preferences: memoryPreferences(),
};

/** A room 900 × 600 CSS pixels on screen that draws nothing (jsdom has no WebGL). */
const room: RoomCapture = {
  viewSize: () => ({ widthPx: 900, heightPx: 600 }),
  draw: () => [],
  hold: () => () => undefined,
};

function open(onClose = () => undefined) {
  const { store } = storeWithSession();
  renderWithProviders(
    <ServicesContext.Provider value={services}>
      <SavePictureDialog onClose={onClose} />
    </ServicesContext.Provider>,
    store,
  );
  return { store, dialog: screen.getByRole('dialog', { name: 'Save a picture of the room' }) };
}

let withdraw: () => void = () => undefined;
afterEach(() => withdraw());

describe('SavePictureDialog', () => {
  it('offers widths up to 3840 px, each as high as the room on screen is shaped', () => {
    withdraw = provideRoomCapture(room);
    const { dialog } = open();
    const sizes = within(dialog).getByRole('combobox', { name: 'Size in pixels' });
    expect(
      within(sizes)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['1280 × 853', '1920 × 1280', '2560 × 1707', '3840 × 2560']);
  });

  it('says plainly that there is no picture to take where the room is not drawn, and cannot save', () => {
    const { dialog } = open();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The room is not drawn here');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('lets the caption go, and with it the choice of pseudonym and date', async () => {
    withdraw = provideRoomCapture(room);
    const { dialog } = open();
    expect(within(dialog).getByRole('checkbox', { name: 'The client’s pseudonym' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Caption' }));
    expect(within(dialog).queryByRole('checkbox', { name: 'Date' })).toBeNull();
  });

  it('shows no pseudonym in covert mode, as the screen hides the client’s name', () => {
    withdraw = provideRoomCapture(room);
    const { store, dialog } = open();
    act(() => store.getState().setCovert(true));
    const pseudonym = within(dialog).getByRole('checkbox', { name: 'The client’s pseudonym' });
    expect(pseudonym).not.toBeChecked();
    expect(pseudonym).toBeDisabled();
    expect(dialog).toHaveTextContent('Covert mode is on');
  });

  it('says what went wrong when the picture cannot be made, and stays open', async () => {
    withdraw = provideRoomCapture(room);
    const onClose = vi.fn();
    const { dialog } = open(onClose);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    // jsdom has no 2D canvas: the maker fails, as it would on a browser that cannot draw.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The picture could not be made');
    expect(onClose).not.toHaveBeenCalled();
  });
});
