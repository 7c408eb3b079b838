import type { SessionSummary } from '../../persistence/sessionRepository';

/** How long without a backup before the library reminds the therapist. */
export const BACKUP_REMINDER_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A gentle reminder to export a backup: only for the therapist's own sessions (not the demo,
 * not the bin), and only once a backup or a session is more than 30 days old, so a first day
 * with the app is not a day of warnings.
 */
export function shouldRemindBackup(sessions: readonly SessionSummary[], lastBackupAt: number | null, now: number, turnedOff: boolean): boolean {
  if (turnedOff) return false;
  const own = sessions.filter((session) => !session.demo && session.binnedAt === undefined);
  if (own.length === 0) return false;
  if (lastBackupAt !== null) return now - lastBackupAt > BACKUP_REMINDER_MS;
  return own.some((session) => now - session.createdAt > BACKUP_REMINDER_MS);
}
