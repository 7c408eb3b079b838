import { describe, expect, it } from 'vitest';
import { sessionId } from '../../domain/model/ids';
import { epochMillis } from '../../domain/model/units';
import type { SessionSummary } from '../../persistence/sessionRepository';
import { BACKUP_REMINDER_MS, shouldRemindBackup } from './backupReminder';

const day = 24 * 60 * 60 * 1000;
const now = 1_800_000_000_000;
const summary = (createdAt: number, more: Partial<SessionSummary> = {}): SessionSummary => ({
  id: sessionId(`s-${createdAt}`),
  clientPseudonym: 'K',
  intention: 'x',
  template: 'iopt',
  createdAt: epochMillis(createdAt),
  updatedAt: epochMillis(createdAt),
  phase: 0,
  durationMs: 0,
  finished: false,
  demo: false,
  pseudonymised: false,
  ...more,
});

describe('the backup reminder', () => {
  it('stays quiet on a first day, with only the demo, or with nothing but the bin', () => {
    expect(shouldRemindBackup([summary(now - day)], null, now, false)).toBe(false);
    expect(shouldRemindBackup([summary(now - 90 * day, { demo: true })], null, now, false)).toBe(false);
    expect(shouldRemindBackup([summary(now - 90 * day, { binnedAt: epochMillis(now - day) })], null, now, false)).toBe(false);
  });

  it('reminds when sessions are older than 30 days and no backup was made', () => {
    expect(shouldRemindBackup([summary(now - 31 * day)], null, now, false)).toBe(true);
  });

  it('reminds 30 days after the last backup, not before', () => {
    expect(shouldRemindBackup([summary(now - 90 * day)], now - BACKUP_REMINDER_MS + day, now, false)).toBe(false);
    expect(shouldRemindBackup([summary(now - 90 * day)], now - BACKUP_REMINDER_MS - day, now, false)).toBe(true);
  });

  it('can be turned off', () => {
    expect(shouldRemindBackup([summary(now - 90 * day)], null, now, true)).toBe(false);
  });
});
