import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNow, renderWithProviders, storeWithSession } from '../../../tests/unit/renderWithProviders';
import { memoryPreferences } from '../../app/preferences';
import { type Services, ServicesContext } from '../../app/services';
import { counterIds } from '../../domain/model/ids';
import type { Session } from '../../domain/model/session';
import type { Paper, ReportWords } from '../../export/report/makeReport';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import type { SessionRepository } from '../../persistence/sessionRepository';
import { type LibraryActions, LibraryScreen } from '../LibraryScreen';

// The PDF writer itself is tested in Node (src/export/report); here: what the library hands it.
const made = vi.hoisted(() => ({ calls: [] as { session: Session; words: ReportWords; paper: Paper }[] }));
vi.mock('../../export/report/makeReport', () => ({
  makeReport: (session: Session, _naming: unknown, words: ReportWords, paper: Paper) => {
    made.calls.push({ session, words, paper });
    return Promise.resolve(new Blob(['%PDF'], { type: 'application/pdf' }));
  },
}));
const downloads = vi.hoisted(() => ({ names: [] as string[] }));
vi.mock('../../app/library/download', () => ({ downloadBlob: (name: string) => downloads.names.push(name) }));

const INTENTION = 'Jeg vil kjenne trygghet på gården';

const noActions = new Proxy({} as LibraryActions, { get: () => () => undefined });

/** The library with one finished session kept on this device, read through `repository`. */
async function library(repository: SessionRepository = createMemorySessionRepository()) {
  const { store, session } = storeWithSession(INTENTION);
  store.getState().finishSession();
  const state = store.getState();
  const kept: Session = { info: state.session!, room: state.room, recording: state.recording! };
  await repository.save(kept, fixedNow());
  const sessions = await repository.list();
  const services: Services = { repository, ids: counterIds('p'), now: fixedNow, autosaveDelayMs: 0, preferences: memoryPreferences() };
  renderWithProviders(
    <ServicesContext.Provider value={services}>
      <LibraryScreen library={{ status: 'ready', sessions }} actions={noActions} />
    </ServicesContext.Provider>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Session report for the session with Kari' }));
  return { session, kept, dialog: await screen.findByRole('dialog', { name: 'Session report' }) };
}

/** A repository whose reading waits until the test lets it go on. */
function slowRepository() {
  const inner = createMemorySessionRepository();
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const repository: SessionRepository = { ...inner, load: async (id) => gate.then(() => inner.load(id)) };
  return { repository, release: () => release() };
}

beforeEach(() => {
  made.calls = [];
  downloads.names = [];
});

describe('the session report from the library', () => {
  it('names the session, reads it from this device while saying so, and saves its report without opening it', async () => {
    const { repository, release } = slowRepository();
    const { dialog, kept } = await library(repository);
    expect(dialog).toHaveTextContent('The session with Kari, ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save report' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Reading the session on this device');
    expect(within(dialog).getByRole('button', { name: 'Save report' })).toBeDisabled();
    release();
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const [call] = made.calls;
    expect(call?.session.info.id).toBe(kept.info.id);
    expect(call?.session.recording.events).toHaveLength(kept.recording.events.length);
    expect(call?.words.intention).toBe(INTENTION);
    expect(call?.words.facts).toContainEqual({ label: 'Way of working', value: 'IoPT self-encounter' });
    expect(downloads.names).toEqual([expect.stringMatching(/^resonans-report-2026-11-22-\w+\.pdf$/)]);
  });

  it('says plainly when the session is no longer on this device, and stays open', async () => {
    const repository = createMemorySessionRepository();
    const { dialog, kept } = await library(repository);
    await repository.remove(kept.info.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save report' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This session is no longer on this device.');
    expect(within(dialog).getByRole('button', { name: 'Save report' })).toBeEnabled();
    expect(made.calls).toHaveLength(0);
  });

  it('says why when the session cannot be read, and stays open to try again', async () => {
    const inner = createMemorySessionRepository();
    let failing = true;
    const repository: SessionRepository = { ...inner, load: async (id) => (failing ? Promise.reject(new Error('the storage is locked')) : inner.load(id)) };
    const { dialog } = await library(repository);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save report' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The session could not be read on this device: the storage is locked');
    failing = false;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save report' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(made.calls).toHaveLength(1);
  });
});
