import { act, renderHook } from '@testing-library/react';
import { Blob as NodeBlob } from 'node:buffer';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNow } from '../../../tests/unit/renderWithProviders';
import { writeResonansFile } from '../../domain/format/resonansFile';
import { englishDemoSession } from '../../domain/format/testSessions';
import { counterIds } from '../../domain/model/ids';
import { createI18n } from '../../i18n/i18n';
import { createMemorySessionRepository } from '../../persistence/memorySessionRepository';
import { summarise, type SessionRepository } from '../../persistence/sessionRepository';
import { memoryPreferences } from '../preferences';
import { type Services, ServicesContext } from '../services';
import type * as Download from './download';
import { LAST_BACKUP, sessionNumberOf, useFileTransfer } from './useFileTransfer';

// The browser's download is the one thing jsdom cannot do; the file handed to it is checked here.
const downloads = vi.hoisted(() => [] as { name: string; blob: Blob }[]);
vi.mock('./download', async (original) => ({
  ...(await original<typeof Download>()),
  downloadBlob: (name: string, blob: Blob) => downloads.push({ name, blob }),
}));

const demo = englishDemoSession();
const summary = summarise(demo, fixedNow());

async function setUp(repository: SessionRepository) {
  const preferences = memoryPreferences();
  const services: Services = { repository, ids: counterIds('t'), now: fixedNow, autosaveDelayMs: 0, preferences };
  const i18n = createI18n();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
    </I18nextProvider>
  );
  const notices: { message: string | null; problem: string | null }[] = [];
  const afterImport = async (message: string | null, problem: string | null) => void notices.push({ message, problem });
  const hook = renderHook(() => useFileTransfer([summary], afterImport), { wrapper });
  return { hook, notices, preferences };
}

beforeEach(() => {
  downloads.length = 0;
});

describe('Export all', () => {
  it('hands the browser one compressed backup and remembers when it was made', async () => {
    const repository = createMemorySessionRepository();
    await repository.save(demo, fixedNow(), 0);
    const { hook, notices, preferences } = await setUp(repository);
    await act(() => hook.result.current.exportAll(''));
    expect(notices).toEqual([]);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toMatch(/^resonans-backup-\d{4}-\d\d-\d\d\.json\.gz$/);
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(preferences.get(LAST_BACKUP)).toBe(String(fixedNow()));
  });

  it('says so when it fails, hands over no file, and keeps the last backup time', async () => {
    const broken: SessionRepository = { ...createMemorySessionRepository(), load: () => Promise.reject(new Error('the disk is gone')) };
    const { hook, notices, preferences } = await setUp(broken);
    await act(() => hook.result.current.exportAll(''));
    expect(downloads).toEqual([]);
    expect(notices).toEqual([{ message: null, problem: 'The backup was not written: the disk is gone Nothing on this device was changed.' }]);
    expect(preferences.get(LAST_BACKUP)).toBeNull();
  });
});

describe('Import', () => {
  it('asks "already here" of what storage holds now, not of the list the library last showed', async () => {
    // The library still lists the demo (its list is a moment old), but storage no longer holds it.
    const repository = createMemorySessionRepository();
    const { hook, notices } = await setUp(repository);
    const written = await writeResonansFile({ kind: 'session', session: demo, pseudonymised: false }, fixedNow());
    // jsdom's Blob cannot stream; the browser's (and Node's) can.
    const file = new NodeBlob([await written.arrayBuffer()]) as unknown as Blob;
    await act(() => hook.result.current.importFile(file));
    expect(hook.result.current.importing.step).toBe('idle');
    expect(notices).toEqual([{ message: 'Imported 1 session.', problem: null }]);
    expect((await repository.list()).map((stored) => stored.id)).toEqual([demo.info.id]);

    // Now it is stored: the same file asks before it replaces anything.
    await act(() => hook.result.current.importFile(file));
    expect(hook.result.current.importing.step).toBe('conflict');
  });
});

describe('sessionNumberOf', () => {
  it('counts the client’s sessions up to this one, by date, leaving out the demo', () => {
    const at = (id: string, createdAt: number, more = {}) => ({
      ...summary,
      id: id as never,
      clientPseudonym: 'K',
      createdAt: createdAt as never,
      demo: false,
      ...more,
    });
    const known = [at('a', 300), at('b', 100), at('c', 200), at('d', 50, { clientPseudonym: 'Other' }), at('e', 10, { demo: true })];
    expect(known.slice(0, 3).map((session) => sessionNumberOf(session, known))).toEqual([3, 1, 2]);
  });
});
