import { describe, expect, it } from 'vitest';
import { storeWithSession } from '../../tests/unit/renderWithProviders';

describe('the replay slice', () => {
  it('lets go of the chosen figure when the replay opens: a replay only shows', () => {
    const { store } = storeWithSession();
    const id = store.getState().room.order[2]!;
    store.getState().select(id);
    store.getState().markArousal({ value: 6 });
    store.getState().openReplay(0);
    expect(store.getState().selectedFigureId).toBeNull();
    expect(store.getState().replay?.index.marks).toEqual([{ kind: 'arousal', t: 0, mark: { value: 6 } }]);
  });
});
