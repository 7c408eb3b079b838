import './remote.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../LanguagePicker';

/**
 * The client's page before and after the room: one calm card that says in a sentence what is
 * happening. It holds nothing of the therapist's: no library, no notes, no sessions.
 */
export function GuestPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="guest-page">
      <h1>{t('remote.guest.title')}</h1>
      {children}
      <LanguagePicker />
    </main>
  );
}

/** Who invited the client, when the therapist gave a name. */
export function InvitedBy({ hostName }: { hostName: string }) {
  const { t } = useTranslation();
  return <p>{hostName ? t('remote.guest.invitedBy', { name: hostName }) : t('remote.guest.invited')}</p>;
}
