import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FigureId, counterIds } from '../../domain/model/ids';
import { PHASE_TEMPLATES, type PhaseTemplateId } from '../../domain/model/phaseTemplate';
import { createSession } from '../../domain/model/session';
import { createResonansStore } from '../../store/createStore';
import { fixedNow, renderWithProviders } from '../../../tests/unit/renderWithProviders';
import { FigureList } from '../FigureList';
import { FigurePanel } from '../FigurePanel';
import { ReplayMarksList } from '../replay/ReplayMarksList';
import { ReplayPanel } from '../replay/ReplayPanel';
import { PhaseNote } from '../session/PhaseNote';
import { PhaseTools } from '../session/PhaseTools';
import { SharingOrder } from '../session/SharingOrder';

function storeWith(template: PhaseTemplateId) {
  const ids = counterIds('f');
  const store = createResonansStore({ ids, now: fixedNow });
  const session = createSession(
    { clientPseudonym: 'Kari', intention: 'Eg vil sove', template, elements: ['sove', 'betre'] },
    { client: 'Me', intention: 'Intention' },
    { ids, now: fixedNow },
  );
  store.getState().openSession(session);
  const [, , sleep, better] = session.room.order as [FigureId, FigureId, FigureId, FigureId];
  return { store, sleep, better, s: () => store.getState() };
}

const phase = (template: 'iopt' | 'rtt', id: string) => (PHASE_TEMPLATES[template] as readonly string[]).indexOf(id);

describe('one-to-one resonance on screen', () => {
  it('is marked in the figure panel, one figure at a time, and shows in the phase tools and the figure list', () => {
    const { store, sleep, better, s } = storeWith('iopt');
    act(() => s().goToPhase(phase('iopt', 'wordless')));
    act(() => s().select(sleep));
    renderWithProviders(
      <>
        <PhaseTools />
        <FigureList />
        <FigurePanel />
      </>,
      store,
    );
    expect(screen.getByText('The client is not in resonance with any figure. Choose a figure to mark it.')).toBeVisible();
    fireEvent.click(screen.getByRole('checkbox', { name: 'The client is in resonance with this figure' }));
    expect(screen.getByText('The client is in resonance with sove')).toBeVisible();
    const list = screen.getByRole('list', { name: 'Figures' });
    expect(within(list).getAllByText('The client is in resonance')).toHaveLength(1);

    act(() => s().select(better));
    fireEvent.click(screen.getByRole('checkbox', { name: 'The client is in resonance with this figure' }));
    expect(s().progress.method.resonance).toBe(better);
    expect(screen.getByText('The client is in resonance with betre')).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'The client steps out of betre' }));
    expect(s().progress.method.resonance).toBeNull();
    expect(within(list).queryByText('The client is in resonance')).toBeNull();
  });

  it('names the client as the one speaking from the figure in resonance while the statement is written', () => {
    const { store, sleep, s } = storeWith('iopt');
    act(() => s().goToPhase(phase('iopt', 'resonatorsShare')));
    renderWithProviders(<SharingOrder />, store);
    expect(screen.getByLabelText('What sove said')).toBeVisible();
    act(() => s().setResonance(sleep));
    expect(screen.getByLabelText('What the client said, from sove')).toBeVisible();
  });
});

describe('statements in replay', () => {
  it('name the client as the speaker of what was said from a figure in resonance, and the resonator otherwise', () => {
    const { store, sleep, better, s } = storeWith('iopt');
    act(() => s().goToPhase(phase('iopt', 'resonatorsShare')));
    act(() => s().setStatement(better, 'I stand apart'));
    act(() => s().setResonance(sleep));
    act(() => s().setStatement(sleep, 'I am tired'));
    act(() => s().setResonance(null));
    act(() => s().openReplay(0));
    renderWithProviders(<ReplayPanel />, store);
    const said = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(said).toContain('What the client said, from sove I am tired');
    expect(said).toContain('betre I stand apart');
  });
});

describe('who moves a figure', () => {
  it('is chosen in the figure panel, kept for the figure, and shown in the list', () => {
    const { store, sleep, s } = storeWith('iopt');
    act(() => s().select(sleep));
    renderWithProviders(
      <>
        <FigureList />
        <FigurePanel />
      </>,
      store,
    );
    const moved = screen.getByRole('radio', { name: 'Moved in resonance' });
    expect(moved).not.toBeChecked();
    fireEvent.click(moved);
    expect(moved).toBeChecked();
    expect(within(screen.getByRole('list', { name: 'Figures' })).getByText('Moved in resonance')).toBeVisible();
    act(() => s().nudgeFigure(sleep, 0.1, 0));
    const last = s().recording!.events.at(-1);
    expect(last).toMatchObject({ type: 'pose', figureId: sleep, movedBy: 'resonance' });
  });
});

describe('the phase marks', () => {
  it('marks the end of the wordless phase with its time, and prompts the phase 6 note without reading into it', () => {
    const { store, s } = storeWith('iopt');
    act(() => s().goToPhase(phase('iopt', 'wordless')));
    renderWithProviders(
      <>
        <PhaseTools />
        <PhaseNote />
      </>,
      store,
    );
    fireEvent.click(screen.getByRole('button', { name: 'The client ended the wordless phase' }));
    expect(s().recording!.events.at(-1)?.type).toBe('wordlessEnded');
    expect(screen.getByText('Marked at 0:00')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Note for this phase' })).not.toHaveAttribute('placeholder');
    act(() => s().goToPhase(phase('iopt', 'resonatorsShare')));
    expect(screen.getByRole('textbox', { name: 'Note for this phase' })).toHaveAttribute(
      'placeholder',
      'What the client links, in their own words, to their life and to the intention',
    );
  });

  it('offers a line of what each released resonator said to come out of the role', () => {
    const { store, sleep, s } = storeWith('iopt');
    act(() => s().goToPhase(phase('iopt', 'roundingOff')));
    renderWithProviders(<PhaseTools />, store);
    expect(screen.queryByRole('region', { name: 'Coming out of the role' })).toBeNull();
    act(() => s().releaseFigure(sleep));
    const field = screen.getByRole('textbox', { name: 'What sove said to come out of the role (optional)' });
    fireEvent.change(field, { target: { value: 'I am myself again' } });
    fireEvent.blur(field);
    expect(s().progress.method.leavingRole[sleep]).toBe('I am myself again');
  });
});

describe('the RTT marks', () => {
  it('records regulation and body tone beside arousal, the resources at the close, and shows them in replay', () => {
    const { store, s } = storeWith('rtt');
    renderWithProviders(<PhaseTools />, store);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name of the exercise, or a word (optional)' }), { target: { value: 'NRE 3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exercise' }));
    expect(screen.getByText('Exercise marked at 0:00')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Tense' }));
    expect(screen.getByRole('button', { name: 'Tense' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: 'Resources given' })).toBeNull();
    act(() => s().goToPhase(phase('rtt', 'closing')));
    const resource = screen.getByRole('textbox', { name: 'A resource to use between sessions' });
    fireEvent.change(resource, { target: { value: 'Long out-breath' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(s().progress.method.resources).toEqual(['Long out-breath']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Long out-breath”' }));
    expect(s().progress.method.resources).toEqual([]);
    act(() => s().setResources(['Feet on the floor']));

    act(() => s().openReplay(0));
    renderWithProviders(<ReplayMarksList />, store);
    const marks = screen.getByRole('list', { name: 'Everything recorded' });
    expect(within(marks).getByText('Regulation: Exercise, NRE 3')).toBeVisible();
    expect(within(marks).getByText('Body tone: Tense')).toBeVisible();
    expect(within(marks).getByText('Resources given: Feet on the floor')).toBeVisible();
    renderWithProviders(<ReplayPanel />, store);
    expect(screen.getByText('Body tone at this moment: Tense')).toBeVisible();
  });
});
