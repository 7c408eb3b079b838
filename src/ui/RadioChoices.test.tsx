import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/unit/renderWithProviders';
import { RadioChoices } from './RadioChoices';

const SIZES = ['adult', 'child', 'baby'] as const;

function Sizes() {
  const [size, setSize] = useState<(typeof SIZES)[number]>('adult');
  return <RadioChoices legend="Age group" name="sizes" options={SIZES} value={size} onChange={setSize} optionText={(option) => option.toUpperCase()} />;
}

describe('RadioChoices', () => {
  it('is a group named by its legend with one radio per option, the chosen one checked', async () => {
    renderWithProviders(<Sizes />);
    const group = screen.getByRole('group', { name: 'Age group' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['adult', 'child', 'baby']);
    expect(within(group).getByRole('radio', { name: 'ADULT' })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: 'BABY' }));
    expect(within(group).getByRole('radio', { name: 'BABY' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'ADULT' })).not.toBeChecked();
  });

  it('moves between its options by the arrow keys, as one radio group', async () => {
    renderWithProviders(<Sizes />);
    const group = screen.getByRole('group', { name: 'Age group' });
    within(group).getByRole('radio', { name: 'ADULT' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'CHILD' })).toBeChecked();
  });
});
