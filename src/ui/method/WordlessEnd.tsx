import { useTranslation } from 'react-i18next';
import { isFrozen } from '../../store/selectors';
import { useResonans, useResonansStore } from '../../store/StoreContext';
import { durationText } from '../durationText';

/** IoPT phase 3: the therapist marks the moment the client ended the wordless phase. */
export function WordlessEnd() {
  const { t } = useTranslation();
  const store = useResonansStore();
  const endedAtMs = useResonans((state) => state.progress.method.wordlessEndedAtMs);
  const frozen = useResonans(isFrozen);
  return (
    <div className="wordless-end">
      <button type="button" disabled={frozen} onClick={() => store.getState().markWordlessEnded()}>
        {t('method.wordlessEnd')}
      </button>
      <p className="hint" role="status">
        {endedAtMs === null ? '' : t('method.wordlessEndedAt', { time: durationText(endedAtMs) })}
      </p>
    </div>
  );
}
