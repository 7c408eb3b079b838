import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { diagramFrame } from '../../diagram/diagramFrame';
import { counterIds, type FigureId } from '../../domain/model/ids';
import { createSession } from '../../domain/model/session';
import { epochMillis } from '../../domain/model/units';
import { recordingCanvas } from '../../export/picture/recordingCanvas';
import { roomCapture } from '../../scene/capture/captureSlot';
import { createResonansStore, type ResonansStore } from '../../store/createStore';
import { undo } from '../../store/history';
import { FlatBoard } from './FlatBoard';

const WIDTH = 800;
const HEIGHT = 600;
const frame = diagramFrame(WIDTH, HEIGHT);

// jsdom lays nothing out: the board is given the size a browser would.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, WIDTH, HEIGHT));
});
afterEach(() => vi.restoreAllMocks());

const board = () => screen.getByRole('group', { name: 'The 2D board' });
const figureGroup = (id: FigureId) => board().querySelector<SVGGElement>(`[data-part="figure"][data-figure-id="${id}"]`);
const labels = () => [...board().querySelectorAll('[data-part="label"] text')].map((text) => text.textContent);
const poseOf = (store: ResonansStore, id: FigureId) => store.getState().room.figures[id]!.pose;

function press(target: Element, type: 'pointerDown' | 'pointerMove' | 'pointerUp', point: { x: number; y: number }, pointerId = 1) {
  fireEvent[type](target, { pointerId, clientX: point.x, clientY: point.y, bubbles: true });
}

describe('FlatBoard', () => {
  it('draws every figure where it stands, with its name, and says calmly why the 3D room is off', () => {
    const { store } = storeWithSession();
    renderWithProviders(<FlatBoard reason="missing" />, store);
    for (const id of store.getState().room.order) {
      const pose = poseOf(store, id);
      const { x, y } = frame.toPx(pose);
      expect(figureGroup(id)?.getAttribute('transform')).toBe(`translate(${Math.round(x * 100) / 100} ${Math.round(y * 100) / 100})`);
    }
    expect(labels()).toEqual(expect.arrayContaining(['Me', 'Intention', 'Eg', 'vil', 'sove', 'betre']));
    expect(screen.getByRole('status')).toHaveTextContent('this browser cannot draw it (no WebGL)');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers the way back to the 3D room when the therapist chose the board', async () => {
    const { store } = storeWithSession();
    act(() => store.getState().setBoard('flat'));
    renderWithProviders(<FlatBoard reason="chosen" />, store);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show the 3D room' }));
    expect(store.getState().board).toBe('room');
  });

  it('moves a figure by pointer as one undo step, sampling it into the store on the way', () => {
    const { store } = storeWithSession();
    renderWithProviders(<FlatBoard reason="missing" />, store);
    const id = store.getState().room.order[2]!;
    const before = poseOf(store, id);
    const start = frame.toPx(before);
    const body = figureGroup(id)!.querySelector('circle:not([pointer-events])')!;
    press(body, 'pointerDown', start);
    expect(store.getState().selectedFigureId).toBe(id);
    press(board(), 'pointerMove', { x: start.x + frame.pixelsPerMetre, y: start.y - frame.pixelsPerMetre / 2 });
    // The first sample reaches the store at once: the list and the recording follow the drag.
    expect(store.getState().drag?.pose.x).toBeCloseTo(before.x + 1, 5);
    press(board(), 'pointerUp', { x: start.x + frame.pixelsPerMetre, y: start.y - frame.pixelsPerMetre / 2 });
    expect(store.getState().drag).toBeNull();
    expect(poseOf(store, id).x).toBeCloseTo(before.x + 1, 5);
    expect(poseOf(store, id).z).toBeCloseTo(before.z - 0.5, 5);
    act(() => undo(store));
    expect(poseOf(store, id)).toEqual(before);
  });

  it('turns the chosen figure by its knob toward the pointer', () => {
    const { store } = storeWithSession();
    const id = store.getState().room.order[0]!;
    act(() => store.getState().select(id));
    renderWithProviders(<FlatBoard reason="missing" />, store);
    const grip = board().querySelector(`[data-part="turn-grip"][data-figure-id="${id}"] circle:last-child`)!;
    const centre = frame.toPx(poseOf(store, id));
    press(grip, 'pointerDown', { x: centre.x, y: centre.y - 50 });
    press(board(), 'pointerMove', { x: centre.x + 80, y: centre.y });
    press(board(), 'pointerUp', { x: centre.x + 80, y: centre.y });
    expect(poseOf(store, id).facing).toBe(90);
  });

  it('twists a held figure with a second finger', () => {
    const { store } = storeWithSession();
    renderWithProviders(<FlatBoard reason="missing" />, store);
    const id = store.getState().room.order[0]!;
    const centre = frame.toPx(poseOf(store, id));
    press(figureGroup(id)!.querySelector('circle:not([pointer-events])')!, 'pointerDown', centre, 1);
    press(board(), 'pointerDown', { x: centre.x + 100, y: centre.y }, 2);
    // The line between the fingers turns a quarter clockwise: so does the figure.
    press(board(), 'pointerMove', { x: centre.x, y: centre.y + 100 }, 2);
    press(board(), 'pointerUp', { x: centre.x, y: centre.y + 100 }, 2);
    press(board(), 'pointerUp', centre, 1);
    expect(poseOf(store, id).facing).toBe(90);
  });

  it('puts a held figure back on Escape', () => {
    const { store } = storeWithSession();
    renderWithProviders(<FlatBoard reason="missing" />, store);
    const id = store.getState().room.order[1]!;
    const before = poseOf(store, id);
    const start = frame.toPx(before);
    press(figureGroup(id)!.querySelector('circle:not([pointer-events])')!, 'pointerDown', start);
    press(board(), 'pointerMove', { x: start.x + 60, y: start.y });
    fireEvent.keyDown(board(), { key: 'Escape' });
    expect(poseOf(store, id)).toEqual(before);
    expect(store.getState().drag).toBeNull();
  });

  it('moves and turns the chosen figure with the same keys as the 3D room', async () => {
    const { store } = storeWithSession();
    const id = store.getState().room.order[2]!;
    act(() => store.getState().select(id));
    renderWithProviders(<FlatBoard reason="missing" />, store);
    const before = poseOf(store, id);
    board().focus();
    await userEvent.setup().keyboard('{ArrowRight}{Shift>}{ArrowDown}{/Shift}]');
    expect(poseOf(store, id).x).toBeCloseTo(before.x + 0.1, 10);
    expect(poseOf(store, id).z).toBeCloseTo(before.z + 0.5, 10);
    expect(poseOf(store, id).facing).toBe(15);
    await vi.waitFor(() => expect(figureGroup(id)?.getAttribute('transform')).toContain('rotate(15)'));
  });

  it('lets go of the chosen figure when the empty board is pressed', () => {
    const { store } = storeWithSession();
    act(() => store.getState().select(store.getState().room.order[0]!));
    renderWithProviders(<FlatBoard reason="missing" />, store);
    press(board().querySelector('[data-part="board"] rect')!, 'pointerDown', { x: 5, y: 5 });
    expect(store.getState().selectedFigureId).toBeNull();
  });

  it('in replay shows the room at the playhead and changes nothing', () => {
    let wall = fixedNow() as number;
    const ids = counterIds('r');
    const store = createResonansStore({ ids, now: () => epochMillis(wall) });
    const session = createSession(
      { clientPseudonym: 'Kari', intention: 'Eg vil', template: 'iopt', elements: ['Eg', 'vil'] },
      { client: 'Me', intention: 'Intention' },
      { ids, now: fixedNow },
    );
    store.getState().openSession(session);
    const id = store.getState().room.order[0]!;
    const start = poseOf(store, id);
    wall += 5000;
    store.getState().placeFigure(id, { x: 1, z: -1, facing: 90 });
    act(() => store.getState().openReplay(0));
    renderWithProviders(<FlatBoard reason="missing" />, store);
    const at = (pose: { x: number; z: number }) => {
      const { x, y } = frame.toPx(pose);
      return `translate(${Math.round(x * 100) / 100} ${Math.round(y * 100) / 100})`;
    };
    expect(figureGroup(id)?.getAttribute('transform')).toBe(at(start));
    act(() => store.getState().showReplayTime(5000, false));
    expect(figureGroup(id)?.getAttribute('transform')).toBe(`${at({ x: 1, z: -1 })} rotate(90)`);
    expect(board().querySelector('[data-part="turn-grip"]')).toBeNull();
    press(figureGroup(id)!.querySelector('circle:not([pointer-events])')!, 'pointerDown', frame.toPx({ x: 1, z: -1 }));
    press(board(), 'pointerMove', frame.toPx({ x: 0, z: 0 }));
    press(board(), 'pointerUp', frame.toPx({ x: 0, z: 0 }));
    expect(poseOf(store, id)).toMatchObject({ x: 1, z: -1, facing: 90 });
  });

  it('is what a picture is taken of while it is shown: the room from above with every name, at the picture’s size', () => {
    const { store } = storeWithSession();
    act(() => store.getState().setCovert(true));
    const { unmount } = renderWithProviders(<FlatBoard reason="chosen" />, store);
    const capture = roomCapture();
    expect(capture?.viewSize()).toEqual({ widthPx: WIDTH, heightPx: HEIGHT });
    const { context, painted } = recordingCanvas();
    // Twice the board's size: the names stand where the board shows them, twice as far out.
    const labels = capture!.draw(context as CanvasRenderingContext2D, { widthPx: 2 * WIDTH, heightPx: 2 * HEIGHT, view: { widthPx: WIDTH, heightPx: HEIGHT } });
    expect(labels).toEqual([]);
    const names = painted.filter((each) => each.name === 'fillText');
    // Covert mode hides the words on the picture as on the screen.
    expect(names.map((each) => each.text)).toEqual(expect.arrayContaining(['Me', 'Intention', 'Element 1', 'Element 4']));
    expect(names.map((each) => each.text)).not.toContain('sove');
    const me = frame.toPx(poseOf(store, store.getState().room.order[0]!));
    const meName = names.find((each) => each.text === 'Me')!.points[0]!;
    expect(Math.hypot(meName.x - 2 * me.x, meName.y - 2 * me.y)).toBeLessThan(2 * 60);
    expect(painted[0]).toMatchObject({
      name: 'fill',
      points: [
        { x: 0, y: 0 },
        { x: 2 * WIDTH, y: 2 * HEIGHT },
      ],
    });
    unmount();
    expect(roomCapture()).toBeNull();
  });
});
