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
import { ReportEntry } from './ReportEntry';

// The PDF writer itself is tested in Node (src/export/report); here: what the dialog hands it.
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

function open() {
  const { store, session } = storeWithSession(INTENTION);
  const services: Services = {
    repository: createMemorySessionRepository(),
    ids: counterIds('p'),
    now: fixedNow,
    autosaveDelayMs: 0,
    preferences: memoryPreferences(),
  };
  renderWithProviders(
    <ServicesContext.Provider value={services}>
      <ReportEntry />
    </ServicesContext.Provider>,
    store,
  );
  return { session };
}

/** Opens the dialog from the room's menu entry, as the therapist does. */
async function openDialog() {
  const opened = open();
  await userEvent.click(screen.getByRole('button', { name: 'Session report…' }));
  return { ...opened, dialog: await screen.findByRole('dialog', { name: 'Session report' }) };
}

beforeEach(() => {
  made.calls = [];
  downloads.names = [];
});

describe('ReportDialog', () => {
  it('reports the session as recorded, on the paper chosen, and saves it as a PDF download', async () => {
    const { dialog, session } = await openDialog();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Letter, as in North America' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save report' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const [call] = made.calls;
    expect(call?.paper).toBe('letter');
    expect(call?.session.info.id).toBe(session.info.id);
    expect(call?.words.intention).toBe(INTENTION);
    expect(call?.words.facts).toContainEqual({ label: 'Client (pseudonym)', value: 'Kari' });
    expect(downloads.names).toEqual([expect.stringMatching(/^resonans-report-2026-11-22-\w+\.pdf$/)]);
  });

  it('makes the report from the supervision copy when chosen: no pseudonym, no intention, no real date', async () => {
    const { dialog, session } = await openDialog();
    expect(within(dialog).getByRole('radio', { name: 'A4, as in Europe' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'A supervision copy (choose what it keeps)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save report' }));
    await waitFor(() => expect(made.calls).toHaveLength(1));
    const [call] = made.calls;
    expect(call?.paper).toBe('a4');
    expect(call?.session.info.pseudonymised).toBe(true);
    expect(call?.session.info.id).not.toBe(session.info.id);
    expect(JSON.stringify(call?.words)).not.toContain('Kari');
    expect(JSON.stringify(call?.words)).not.toContain('trygghet');
    expect(call?.words.facts.find((fact) => fact.label === 'Date')?.value).toBe('Session 1 of a supervision copy');
  });
});
