import { createRef } from 'react';
import { screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { RemoteMoves } from '../../app/remote/RemoteMoves';
import { createI18n } from '../../i18n/i18n';
import { StoreProvider } from '../../store/StoreContext';
import { FigureLabels } from '../labels/FigureLabels';

describe('The mark on a figure the other side moves', () => {
  it('shows under that figure’s name only, in the words of the side that sees it', () => {
    const { store, session } = storeWithSession();
    const [me, intention] = session.room.order;
    const layer = createRef<HTMLDivElement>();
    const { rerender } = renderWithProviders(
      <RemoteMoves figureId={me!} by="guest">
        <FigureLabels layer={layer} />
      </RemoteMoves>,
      store,
    );
    const label = (id: string) => layer.current?.querySelector(`.figure-label[data-figure-id="${id}"]`);
    expect(label(me!)).toHaveTextContent('MeClient moves');
    expect(label(intention!)).toHaveTextContent(/^Intention$/);

    rerender(
      <I18nextProvider i18n={createI18n()}>
        <StoreProvider store={store}>
          <RemoteMoves figureId={intention!} by="host">
            <FigureLabels layer={layer} />
          </RemoteMoves>
        </StoreProvider>
      </I18nextProvider>,
    );
    expect(label(intention!)).toHaveTextContent('IntentionTherapist moves');
    expect(label(me!)).toHaveTextContent(/^Me$/);
    expect(screen.queryByText('Client moves')).toBeNull();
  });

  it('is absent outside a live room', () => {
    const { store } = storeWithSession();
    const layer = createRef<HTMLDivElement>();
    renderWithProviders(<FigureLabels layer={layer} />, store);
    expect(layer.current?.querySelector('.remote-move-mark')).toBeNull();
  });
});
