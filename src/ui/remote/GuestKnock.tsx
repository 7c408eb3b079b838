import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GuestPage, InvitedBy } from './GuestPage';

/** The first thing the client sees: the invitation, an optional name, and one button to knock. */
export function GuestKnock({ onKnock, busy, problem }: { onKnock: (name: string) => void; busy: boolean; problem: string | null }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const nameId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onKnock(name.trim());
  };
  return (
    <GuestPage>
      <InvitedBy hostName="" />
      <form onSubmit={submit}>
        <label htmlFor={nameId}>{t('remote.guest.name')}</label>
        <input id={nameId} type="text" value={name} autoComplete="given-name" onChange={(event) => setName(event.target.value)} />
        {busy && <p role="status">{t('remote.guest.connecting')}</p>}
        {problem !== null && <p role="alert">{t('remote.guest.failed', { reason: problem })}</p>}
        <div className="guest-actions">
          <button type="submit" className="primary" disabled={busy}>
            {problem === null ? t('remote.guest.knock') : t('remote.guest.tryAgain')}
          </button>
        </div>
      </form>
      <p className="hint">{t('remote.guest.keepsNothing')}</p>
    </GuestPage>
  );
}
