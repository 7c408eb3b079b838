import { describe, expect, it } from 'vitest';
import { storeWithSession } from '../../tests/unit/renderWithProviders';
import { indexRecording } from '../domain/replay/recordingIndex';

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

  it('reuses the index opening the session built, and builds it again only once the recording grew', () => {
    const { store, session } = storeWithSession();
    store.getState().markArousal({ value: 4 });
    // A session opened from storage: the store indexes its own copy of the recording for the progress.
    const recorded = { ...session, recording: store.getState().recording! };
    store.getState().openSession(recorded);
    const opened = indexRecording(store.getState().recording!);
    store.getState().openReplay(0);
    expect(store.getState().replay?.index).toBe(opened);
    store.getState().closeReplay();
    store.getState().openReplay(0);
    expect(store.getState().replay?.index).toBe(opened);
    store.getState().closeReplay();

    store.getState().markArousal({ value: 7 });
    store.getState().openReplay(0);
    const grown = store.getState().replay?.index;
    expect(grown).not.toBe(opened);
    expect(grown?.marks.map((mark) => mark.kind === 'arousal' && mark.mark)).toEqual([{ value: 4 }, { value: 7 }]);
    expect(opened.marks).toHaveLength(1);
  });
});
