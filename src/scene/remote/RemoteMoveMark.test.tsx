import { act } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { FigureLabels } from '../labels/FigureLabels';

describe('The mark on a figure the other side moves', () => {
  it('shows under that figure’s name only, in the words of the side that sees it', () => {
    const { store, session } = storeWithSession();
    const [me, intention] = session.room.order;
    const layer = createRef<HTMLDivElement>();
    renderWithProviders(<FigureLabels layer={layer} />, store);
    const label = (id: string) => layer.current?.querySelector(`.figure-label[data-figure-id="${id}"]`);

    act(() => store.getState().setRemote({ role: 'host', movingBy: { [me!]: 'guest' } }));
    expect(label(me!)).toHaveTextContent('MeClient moves');
    expect(label(intention!)).toHaveTextContent(/^Intention$/);

    act(() => store.getState().setRemote({ role: 'guest', movingBy: { [intention!]: 'host' } }));
    expect(label(intention!)).toHaveTextContent('IntentionTherapist moves');
    expect(label(me!)).toHaveTextContent(/^Me$/);

    // A browser's own moves carry no mark on its own screen.
    act(() => store.getState().setRemote({ role: 'guest', movingBy: { [me!]: 'guest' } }));
    expect(layer.current?.querySelector('.remote-move-mark')).toBeNull();
  });

  it('is absent outside a live room', () => {
    const { store, session } = storeWithSession();
    const layer = createRef<HTMLDivElement>();
    renderWithProviders(<FigureLabels layer={layer} />, store);
    act(() => store.getState().setRemote({ movingBy: { [session.room.order[0]!]: 'guest' } }));
    expect(layer.current?.querySelector('.remote-move-mark')).toBeNull();
  });
});
