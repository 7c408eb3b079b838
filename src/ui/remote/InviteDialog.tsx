import './remote.css';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostRoom } from '../../sync/remoteRoom';
import { ModalDialog } from '../ModalDialog';
import type { HostRoomControl } from './hostRoomControl';
import { QrCode } from './QrCode';
import type { RoomGuest } from './RoomGuests';

/**
 * "Invite": first says what a live room is and opens it only when the therapist says so (remote
 * work is opt-in per session); then shows the link, a copy button and a QR code, with a word on
 * how to send it.
 */
export function InviteDialog({ control, who = 'client' }: { control: HostRoomControl; who?: RoomGuest }) {
  const { t } = useTranslation();
  return (
    <ModalDialog title={who === 'client' ? t('remote.title') : t('remote.present.title')} onCancel={control.hideInvite} wide>
      {control.room ? <InviteLink room={control.room} who={who} onClose={control.hideInvite} /> : <OpenRoomForm control={control} who={who} />}
    </ModalDialog>
  );
}

function OpenRoomForm({ control, who }: { control: HostRoomControl; who: RoomGuest }) {
  const { t } = useTranslation();
  const client = who === 'client';
  const [hostName, setHostName] = useState('');
  const nameId = useId();
  const busy = control.opening.kind === 'opening';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void control.open(hostName.trim());
  };
  return (
    <form onSubmit={submit}>
      <p>{client ? t('remote.intro') : t('remote.present.intro')}</p>
      <p className="hint">{t('remote.sealed')}</p>
      <label htmlFor={nameId}>{client ? t('remote.hostName') : t('remote.present.hostName')}</label>
      <input id={nameId} type="text" value={hostName} autoComplete="name" onChange={(event) => setHostName(event.target.value)} />
      {busy && <p role="status">{t('remote.opening')}</p>}
      {control.opening.kind === 'failed' && <p role="alert">{t('remote.openFailed', { reason: control.opening.reason })}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={control.hideInvite}>
          {t('library.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {client ? t('remote.open') : t('remote.present.open')}
        </button>
      </div>
    </form>
  );
}

type Copying = 'idle' | 'copied' | 'failed';

function InviteLink({ room, who, onClose }: { room: HostRoom; who: RoomGuest; onClose: () => void }) {
  const { t } = useTranslation();
  const client = who === 'client';
  const [copying, setCopying] = useState<Copying>('idle');
  const linkField = useRef<HTMLInputElement>(null);
  const linkId = useId();
  const hintId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(room.inviteLink);
      setCopying('copied');
    } catch {
      // The clipboard may be refused (no permission, an older browser): the link stays selected to copy by hand.
      linkField.current?.select();
      setCopying('failed');
    }
  };
  return (
    <div className="invite-link">
      <div className="invite-link-text">
        <label htmlFor={linkId}>{client ? t('remote.link') : t('remote.present.link')}</label>
        <input
          ref={linkField}
          id={linkId}
          type="text"
          readOnly
          value={room.inviteLink}
          aria-describedby={hintId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <p id={hintId} className="hint">
          {client ? t('remote.linkHint') : t('remote.present.linkHint')}
        </p>
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('remote.copy')}
        </button>
        <p role="status" className="copy-status">
          {copying === 'copied' && t('remote.copied')}
          {copying === 'failed' && t('remote.copyFailed')}
        </p>
      </div>
      <QrCode text={room.inviteLink} label={t('remote.qr')} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('remote.close')}
        </button>
      </div>
    </div>
  );
}
