import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { FigureList } from '../FigureList';

const entry = (label: string) => screen.getByRole('button', { name: label });

describe('Keyboard moves in a live room', () => {
  it('move for the client only what the therapist allows, and never what the therapist is moving', async () => {
    const { store, session } = storeWithSession();
    const [me, intention] = session.room.order;
    renderWithProviders(<FigureList />, store);
    const start = { me: store.getState().room.figures[me!]!.pose.x, intention: store.getState().room.figures[intention!]!.pose.x };
    const moved = (id: typeof me) => (store.getState().room.figures[id!]?.pose.x ?? NaN) - (id === me ? start.me : start.intention);

    act(() => store.getState().setRemote({ role: 'guest', permission: 'watch' }));
    entry('Me').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(moved(me)).toBe(0);

    act(() => store.getState().setRemote({ permission: 'handedOver', handedOver: [me!] }));
    await userEvent.keyboard('{ArrowRight}');
    expect(moved(me)).toBeCloseTo(0.1);
    entry('Intention').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(moved(intention)).toBe(0);

    act(() => store.getState().setRemote({ permission: 'everything', movingBy: { [intention!]: 'host' } }));
    await userEvent.keyboard('{ArrowRight}');
    expect(moved(intention)).toBe(0);
    act(() => store.getState().setRemote({ movingBy: {} }));
    await userEvent.keyboard('{ArrowRight}');
    expect(moved(intention)).toBeCloseTo(0.1);
  });

  it('let the therapist move anything but the figure the client is moving', async () => {
    const { store, session } = storeWithSession();
    const [me] = session.room.order;
    renderWithProviders(<FigureList />, store);
    act(() => store.getState().setRemote({ role: 'host', permission: 'watch', movingBy: { [me!]: 'guest' } }));
    const start = store.getState().room.figures[me!]!.pose.x;
    entry('Me').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().room.figures[me!]?.pose.x).toBe(start);
    act(() => store.getState().setRemote({ movingBy: {} }));
    await userEvent.keyboard('{ArrowRight}');
    expect(store.getState().room.figures[me!]?.pose.x).toBeCloseTo(start + 0.1);
  });
});
