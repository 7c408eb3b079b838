import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixedNow, renderWithProviders } from '../../../tests/unit/renderWithProviders';
import type { Drawing } from '../../domain/drawing/drawing';
import { counterIds } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { createResonansStore } from '../../store/createStore';
import { FigureLabels } from '../../scene/labels/FigureLabels';
import { FigureList } from '../FigureList';
import { DrawingPanel } from './DrawingPanel';

const drawing: Drawing = {
  widthPx: 800,
  heightPx: 500,
  strokes: [
    {
      id: 's1',
      colour: 'clay',
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
        [360, 280, 990, 0.5],
      ],
    },
  ],
};

function drawnStore() {
  const ids = counterIds('t');
  const store = createResonansStore({ ids, now: fixedNow });
  const session = createSession(
    { clientPseudonym: 'Kari', intention: 'Eg vil', template: 'iopt', elements: ['Eg'], drawing, drawnElements: [{ label: 'Huset', strokeIds: ['s1'] }] },
    { client: 'Me', intention: 'Intention' },
    { ids, now: fixedNow },
  );
  store.getState().openSession(session);
  return store;
}

describe('the drawing beside the room', () => {
  it('shows every stroke of the drawing, and each drawn element its own strokes in the figure list', async () => {
    const store = drawnStore();
    const { container } = renderWithProviders(
      <>
        <FigureList />
        <DrawingPanel />
      </>,
      store,
    );
    const panel = screen.getByRole('region', { name: 'The drawing of the intention' });
    await within(panel).findByText((_, element) => element?.tagName === 'svg', { selector: 'svg' });
    expect(panel.querySelectorAll('path')).toHaveLength(2);
    const huset = screen.getByRole('button', { name: 'Huset' });
    await expect.poll(() => huset.querySelectorAll('.drawing-thumbnail path').length).toBe(1);
    expect(screen.getByRole('button', { name: 'Eg' }).querySelector('.drawing-thumbnail')).toBeNull();
    expect(container.querySelectorAll('.drawing-thumbnail')).toHaveLength(1);
  });

  it('hides the drawing and the thumbnails while covert mode hides what the elements are', async () => {
    const store = drawnStore();
    act(() => store.getState().setCovert(true));
    renderWithProviders(
      <>
        <FigureList />
        <DrawingPanel />
      </>,
      store,
    );
    expect(screen.queryByRole('region', { name: 'The drawing of the intention' })).toBeNull();
    expect(document.querySelector('.drawing-thumbnail')).toBeNull();
    // Revealed, both come back: what hid them was covert mode.
    act(() => store.getState().setCovert(false));
    expect(screen.getByRole('region', { name: 'The drawing of the intention' })).toBeInTheDocument();
    await expect.poll(() => screen.getByRole('button', { name: 'Huset' }).querySelectorAll('.drawing-thumbnail').length).toBe(1);
  });

  it('shows nothing for a session without a drawing', () => {
    const store = createResonansStore({ ids: counterIds('t'), now: fixedNow });
    renderWithProviders(<DrawingPanel />, store);
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('drawings on the names in the room', () => {
  it('puts a drawn element’s picture on its label, and takes it off when the therapist says so', async () => {
    const store = drawnStore();
    const huset = store.getState().room.order[3]!;
    const { container } = renderWithProviders(
      <>
        <FigureLabels layer={{ current: null }} />
        <DrawingPanel />
      </>,
      store,
    );
    const label = () => container.querySelector(`.figure-label[data-figure-id="${huset}"]`)!;
    expect(label()).toHaveTextContent('Huset');
    expect(label()).toHaveClass('with-drawing');
    await expect.poll(() => label().querySelectorAll('.drawing-thumbnail path').length).toBe(1);
    expect(container.querySelectorAll('.figure-label.with-drawing')).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Drawings on the names in the room' }));
    expect(label()).not.toHaveClass('with-drawing');
    expect(label().querySelector('.drawing-thumbnail')).toBeNull();
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Drawings on the names in the room' }));
    expect(label()).toHaveClass('with-drawing');
  });
});
