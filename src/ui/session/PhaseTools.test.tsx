import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { counterIds } from '../../domain/model/ids';
import type { PhaseTemplateId } from '../../domain/model/phaseTemplate';
import { createSession } from '../../domain/model/session';
import { createResonansStore } from '../../store/createStore';
import { fixedNow, renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { PhaseTools } from './PhaseTools';
import { IOPT_RESONATORS_SHARE } from './usePhaseNames';

function storeWith(template: PhaseTemplateId) {
  const ids = counterIds('f');
  const store = createResonansStore({ ids, now: fixedNow });
  const session = createSession(
    { clientPseudonym: 'Kari', intention: 'Vi', template, elements: [] },
    { client: 'Me', intention: 'Intention' },
    { ids, now: fixedNow },
  );
  store.getState().openSession(session);
  return store;
}

describe('PhaseTools', () => {
  it('leads with what the phase is for, and in the IoPT sharing phase with the sharing order', () => {
    const { store } = storeWithSession();
    renderWithProviders(<PhaseTools />, store);
    const section = screen.getByRole('region', { name: 'This phase' });
    expect(section).toHaveTextContent('The intention stands in the client’s own words, not shaped by the therapist.');
    expect(screen.queryByRole('heading', { name: 'Sharing order' })).toBeNull();
    act(() => store.getState().goToPhase(IOPT_RESONATORS_SHARE));
    expect(screen.getByRole('heading', { name: 'Sharing order' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Add figure' })).toBeNull();
  });

  it('puts adding figures first in a family constellation', () => {
    renderWithProviders(<PhaseTools />, storeWith('family'));
    expect(screen.getByRole('region', { name: 'This phase' })).toContainElement(screen.getByRole('button', { name: 'Person, adult' }));
    expect(screen.queryByRole('region', { name: 'Arousal' })).toBeNull();
  });

  it('lets representatives step out of their roles at the end picture of a family constellation, as in IoPT', () => {
    const store = storeWith('family');
    renderWithProviders(<PhaseTools />, store);
    expect(screen.queryByRole('region', { name: 'Release from the roles' })).toBeNull();
    act(() => store.getState().goToPhase(3));
    expect(screen.getByRole('region', { name: 'This phase' })).toHaveTextContent('The picture at the end.');
    expect(screen.getByRole('region', { name: 'Release from the roles' })).toBeVisible();
  });

  it('puts the arousal scale first in an RTT session, where it is watched throughout', () => {
    renderWithProviders(<PhaseTools />, storeWith('rtt'));
    expect(screen.getByRole('region', { name: 'This phase' })).toContainElement(screen.getByRole('region', { name: 'Arousal' }));
    expect(screen.queryByRole('region', { name: 'Add figure' })).toBeNull();
  });
});
