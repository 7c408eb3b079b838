import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../tests/unit/renderWithProviders';
import { FigurePanel } from './FigurePanel';

const panel = () => screen.getByRole('region', { name: 'Selected figure' });

describe('FigurePanel', () => {
  it('changes a person between adult, child and baby and marks it as one who has died', async () => {
    const { store } = storeWithSession();
    const id = store.getState().addFigure('person', 'adult', 'Bror')!;
    renderWithProviders(<FigurePanel />, store);
    const sizes = within(panel()).getByRole('group', { name: 'Size' });
    expect(within(sizes).getByRole('radio', { name: 'adult' })).toBeChecked();
    await userEvent.click(within(sizes).getByRole('radio', { name: 'baby' }));
    expect(store.getState().room.figures[id]?.size).toBe('baby');
    await userEvent.click(within(panel()).getByRole('checkbox', { name: 'Has died' }));
    expect(store.getState().room.figures[id]?.deceased).toBe(true);
    expect(panel()).toHaveTextContent('Person · baby · has died');
    expect(within(panel()).getByRole('checkbox', { name: 'Has died' })).toHaveAccessibleDescription('Shown calmly, as one who has died.');
  });

  it('offers no size for figures other than persons', () => {
    const { store, session } = storeWithSession();
    store.getState().select(session.room.order[2]!);
    renderWithProviders(<FigurePanel />, store);
    expect(within(panel()).queryByRole('group', { name: 'Size' })).toBeNull();
    expect(within(panel()).getByRole('checkbox', { name: 'Has died' })).not.toBeChecked();
  });

  it('names the kind as a therapist does and the size only when it is not adult', async () => {
    const { store, session } = storeWithSession();
    store.getState().select(session.room.order[0]!);
    renderWithProviders(<FigurePanel />, store);
    expect(panel().querySelector('.figure-kind')).toHaveTextContent(/^Client$/);
    act(() => store.getState().select(session.room.order[2]!));
    expect(panel().querySelector('.figure-kind')).toHaveTextContent(/^Element of the intention$/);
    const id = store.getState().addFigure('person', 'adult', 'Mor')!;
    act(() => store.getState().select(id));
    expect(panel().querySelector('.figure-kind')).toHaveTextContent(/^Person$/);
    await userEvent.click(within(panel()).getByRole('checkbox', { name: 'Has died' }));
    expect(panel().querySelector('.figure-kind')).toHaveTextContent(/^Person · has died$/);
    await userEvent.click(within(panel()).getByRole('radio', { name: 'child' }));
    expect(panel().querySelector('.figure-kind')).toHaveTextContent(/^Person · child · has died$/);
  });

  it('in covert mode shows an element by its number and hides the field that would spell its word', () => {
    const { store, session } = storeWithSession();
    const sove = session.room.order[4]!;
    store.getState().select(sove);
    renderWithProviders(<FigurePanel />, store);
    expect(within(panel()).getByRole('textbox', { name: 'Name' })).toHaveValue('sove');
    act(() => store.getState().setCovert(true));
    expect(within(panel()).queryByRole('textbox')).toBeNull();
    expect(panel()).not.toHaveTextContent('sove');
    const number = (session.info.covertOrder ?? []).indexOf(sove) + 1;
    expect(number).toBeGreaterThan(0);
    expect(panel()).toHaveTextContent(`this figure is called “Element ${number}”`);
  });
});
