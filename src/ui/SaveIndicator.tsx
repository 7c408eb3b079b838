import './keeping.css';
import { useTranslation } from 'react-i18next';
import type { KeepingNotice } from '../store/saveSlice';
import { useResonans, useResonansStore } from '../store/StoreContext';

/**
 * Says quietly whether the room is kept on this device; a failure is said plainly, and so is
 * what the therapist should know about keeping: changes brought back, a damaged store, a tab
 * that waits to edit or took over editing.
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const status = useResonans((state) => state.saveStatus);
  const error = useResonans((state) => state.saveError);
  const readOnly = useResonans((state) => state.readOnly);
  const notices = useResonans((state) => state.keepingNotices);
  return (
    <>
      {status === 'failed' && !readOnly ? (
        <p role="alert" className="save-indicator failed">
          {t('room.saveFailed', { reason: withoutFullStop(error ?? t('errors.unknown')) })} {t('keeping.retrying')}
        </p>
      ) : (
        <p role="status" className="save-indicator" data-status={readOnly ? 'readOnly' : status}>
          {readOnly ? '' : status === 'saving' ? t('room.saving') : status === 'saved' ? t('room.saved') : ''}
        </p>
      )}
      {(readOnly || notices.length > 0) && (
        <div className="keeping-notices">
          {readOnly && (
            <p role="status" className="keeping-notice">
              <span>{t('keeping.readOnlyWaiting')}</span>
            </p>
          )}
          {notices.map((notice) => (
            <Notice key={notice.kind} notice={notice} />
          ))}
        </div>
      )}
    </>
  );
}

/** The message sits inside a sentence that ends with its own full stop. */
const withoutFullStop = (reason: string) => reason.replace(/\.\s*$/, '');

function Notice({ notice }: { notice: KeepingNotice }) {
  const { t } = useTranslation();
  const store = useResonansStore();
  const calm = notice.kind === 'tookOver' || notice.kind === 'restored';
  const text = notice.kind === 'damaged' ? t('keeping.damaged', { kept: notice.keptEvents, expected: notice.expectedEvents }) : t(`keeping.${notice.kind}`);
  return (
    <p role={calm ? 'status' : 'alert'} className={calm ? 'keeping-notice' : 'keeping-notice alert'}>
      <span>{text}</span>
      <button type="button" className="small" onClick={() => store.getState().dismissKeepingNotice(notice.kind)}>
        {t('keeping.close')}
      </button>
    </p>
  );
}
