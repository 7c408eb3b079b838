import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../tests/unit/renderWithProviders';
import { SideSection } from './SideSection';

describe('SideSection', () => {
  it('is a region named by its heading, and folds away and back by its heading button', async () => {
    renderWithProviders(
      <SideSection title="Figures">
        <button type="button">Me</button>
      </SideSection>,
    );
    const toggle = screen.getByRole('button', { name: 'Figures' });
    expect(screen.getByRole('region', { name: 'Figures' })).toContainElement(screen.getByRole('button', { name: 'Me' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const user = userEvent.setup();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Me' })).toBeNull();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Me' })).toBeVisible();
  });

  it('can start folded', () => {
    renderWithProviders(
      <SideSection title="Notes and marks" folded>
        <p>inside</p>
      </SideSection>,
    );
    expect(screen.getByRole('button', { name: 'Notes and marks' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('inside')).not.toBeVisible();
  });
});
