import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/unit/renderWithProviders';
import type { DrawnIntention } from '../../domain/drawing/drawnElements';
import DrawnIntentionStep from './DrawnIntentionStep';

const drawn: DrawnIntention = {
  drawing: {
    widthPx: 800,
    heightPx: 500,
    strokes: [
      {
        id: 's1',
        colour: 'plum',
        widthPx: 6,
        points: [
          [10, 10, 0, 0.5],
          [60, 40, 30, 0.5],
        ],
      },
      {
        id: 's2',
        colour: 'sage',
        widthPx: 3,
        points: [
          [300, 300, 900, 0.5],
          [340, 320, 950, 0.5],
        ],
      },
    ],
  },
  elements: [{ label: 'Huset', strokeIds: ['s1'] }],
};

describe('the drawing step for everyone at the screen', () => {
  it('has no serious or critical axe finding, drawing or choosing, and names every control', async () => {
    const { container } = renderWithProviders(<DrawnIntentionStep value={drawn} onChange={() => {}} />);
    const check = async () => {
      // jsdom lays nothing out and paints nothing, so contrast is for the browser checks.
      const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
      return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    };
    expect(await check()).toEqual([]);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Choose strokes' }));
    expect(await check()).toEqual([]);
    // The check finds what it is for: a field without a name.
    container.append(Object.assign(document.createElement('input'), { type: 'text' }));
    expect(await check()).toContain('label');
    for (const colour of ['Charcoal', 'Slate', 'Sage green', 'Clay red', 'Ochre yellow', 'Plum'])
      expect(screen.getByRole('radio', { name: colour })).toBeInTheDocument();
  });
});
