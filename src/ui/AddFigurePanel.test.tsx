import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { figuresInOrder } from '../domain/model/roomState';
import { renderWithProviders, storeWithSession } from '../../tests/unit/renderWithProviders';
import { AddFigurePanel } from './AddFigurePanel';

describe('AddFigurePanel', () => {
  it('names a figure by the role typed above the buttons, and numbers it when none is typed', async () => {
    const { store } = storeWithSession();
    renderWithProviders(<AddFigurePanel />, store);
    const user = userEvent.setup();
    const panel = screen.getByRole('region', { name: 'Add figure' });
    const role = within(panel).getByRole('textbox', { name: 'Role or name (optional)' });
    await user.type(role, '  Grandmother  ');
    await user.click(within(panel).getByRole('button', { name: 'Person, adult' }));
    // The field is empty again for the next one, which gets a number.
    expect(role).toHaveValue('');
    await user.click(within(panel).getByRole('button', { name: 'Person, baby' }));
    await user.type(role, 'The trauma');
    await user.click(within(panel).getByRole('button', { name: 'Free element' }));
    const added = figuresInOrder(store.getState().room).slice(-3);
    expect(added.map((figure) => [figure.kind, figure.label, figure.size])).toEqual([
      ['person', 'Grandmother', 'adult'],
      ['person', 'Person 2', 'baby'],
      ['free', 'The trauma', 'adult'],
    ]);
  });
});
