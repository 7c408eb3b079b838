import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { counterIds } from '../domain/model/ids';
import { createSession } from '../domain/model/session';
import { epochMillis } from '../domain/model/units';
import { createResonansStore, type ResonansStore } from '../store/createStore';
import type { Autosave } from './autosave';
import { createIdbSessionRepository, openResonansDatabase } from './idbSessionRepository';
import { createJournal, type JournalStorage } from './journal';
import { openForEditing } from './openForEditing';
import type { SessionRepository } from './sessionRepository';

/**
 * Random edits, random failing writes and random reloads (a tab that dies without warning):
 * storage always holds the start of what was recorded, never with a hole; "saved" means storage
 * holds it all; and after a reload nothing that was recorded or typed is missing.
 */

type Command =
  | { readonly kind: 'move'; readonly figure: number; readonly dx: number }
  | { readonly kind: 'turn'; readonly figure: number }
  | { readonly kind: 'phase'; readonly phase: number }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'type'; readonly text: string }
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'writes'; readonly fail: boolean }
  | { readonly kind: 'reload' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), figure: fc.nat(3), dx: fc.constantFrom(-0.1, 0.1, 0.25) }),
  fc.record({ kind: fc.constant('turn' as const), figure: fc.nat(3) }),
  fc.record({ kind: fc.constant('phase' as const), phase: fc.nat(6) }),
  fc.record({ kind: fc.constant('note' as const), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('type' as const), text: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(0, 100, 400, 1000, 3000) }),
  fc.record({ kind: fc.constant('writes' as const), fail: fc.boolean() }),
  fc.constant({ kind: 'reload' as const }),
);

async function idle(): Promise<void> {
  for (let round = 0; round < 30; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

function fakeStorage(): JournalStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

let database: ReturnType<typeof openResonansDatabase> | null = null;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(async () => {
  vi.useRealTimers();
  (await database)?.close();
});

describe('autosave, journal and reloads under random failures', () => {
  it('storage always holds a prefix of the recording, and a reload loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 24 }), async (commands) => {
        (await database)?.close();
        indexedDB = new IDBFactory();
        database = openResonansDatabase();
        const idb = createIdbSessionRepository(database);
        const storage = fakeStorage();
        const failing = { now: false };
        const session = createSession(
          { clientPseudonym: 'K', intention: 'Eg vil sove betre', template: 'iopt', elements: ['sove', 'betre'] },
          { client: 'Me', intention: 'Intention' },
          { ids: counterIds('s'), now: () => epochMillis(Date.now()) },
        );
        await idb.save(session, epochMillis(Date.now()));

        /** A tab: its store, and a repository that stops answering when the tab dies. */
        const openTab = async () => {
          let alive = true;
          const repository: SessionRepository = {
            ...idb,
            save: async (...args) => {
              if (!alive) return new Promise<void>(() => undefined);
              if (failing.now) throw new Error('AbortError');
              return idb.save(...args);
            },
          };
          const store = createResonansStore({ ids: counterIds('added'), now: () => epochMillis(Date.now()) });
          const autosave = await openForEditing(store, repository, session.info.id, {
            delayMs: 400,
            now: () => epochMillis(Date.now()),
            describeError,
            journal: createJournal(storage),
          });
          if (!autosave) throw new Error('the session is gone');
          return { store, autosave, die: () => ((alive = false), autosave.stop()) };
        };

        let tab: { store: ResonansStore; autosave: Autosave; die: () => void } = await openTab();
        const recorded = (store: ResonansStore) => store.getState().recording!.events.slice(0, store.getState().recordedCount);

        for (const step of commands) {
          const state = tab.store.getState();
          const figure = state.room.order[('figure' in step ? step.figure : 0) % state.room.order.length]!;
          switch (step.kind) {
            case 'move':
              state.nudgeFigure(figure, step.dx, 0);
              break;
            case 'turn':
              state.turnFigureBy(figure, 15);
              break;
            case 'phase':
              state.goToPhase(step.phase);
              break;
            case 'note':
              state.setNote(state.progress.phase, step.text);
              state.setDraft('notes', String(state.progress.phase), null);
              break;
            case 'type':
              state.setDraft('notes', String(state.progress.phase), step.text);
              break;
            case 'wait':
              await vi.advanceTimersByTimeAsync(step.ms);
              break;
            case 'writes':
              failing.now = step.fail;
              break;
            case 'reload': {
              const before = { events: recorded(tab.store), room: tab.store.getState().room, drafts: tab.store.getState().drafts };
              tab.die();
              tab = await openTab();
              const after = tab.store.getState();
              expect(recorded(tab.store).slice(0, before.events.length)).toEqual(before.events);
              expect(after.room).toEqual(before.room);
              for (const [phase, text] of Object.entries(before.drafts.notes)) expect(after.progress.notes[Number(phase)]).toBe(text);
              break;
            }
          }
          await idle();
          const stored = await idb.open(session.info.id);
          const memory = recorded(tab.store);
          expect(stored?.damage).toBeNull();
          expect(memory.slice(0, stored?.storedEvents)).toEqual(stored?.session.recording.events);
          if (tab.store.getState().saveStatus === 'saved') {
            expect(stored?.storedEvents).toBe(memory.length);
            expect(stored?.session.room).toEqual(tab.store.getState().room);
          }
        }
        tab.die();
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
