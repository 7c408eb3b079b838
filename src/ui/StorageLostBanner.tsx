import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResonans } from '../store/StoreContext';
import { NO_PROTECTION, passphraseOf, type Protection, ProtectionFields, protectionProblem } from './files/ProtectionFields';

/**
 * Said plainly when the browser's storage is gone: the open session is kept here and can be
 * exported, protected with a passphrase if the therapist chooses.
 */
export function StorageLostBanner({ onExport }: { onExport: (passphrase: string) => void }) {
  const { t } = useTranslation();
  const lost = useResonans((state) => state.storageLost);
  const open = useResonans((state) => state.session !== null);
  const [protection, setProtection] = useState<Protection>(NO_PROTECTION);
  const [problem, setProblem] = useState<string | null>(null);
  if (!lost) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = protectionProblem(protection);
    setProblem(wrong ? t(wrong) : null);
    if (!wrong) onExport(passphraseOf(protection));
  };
  return (
    <div className="banner lost" role="alert">
      <p>{t('storage.lost')}</p>
      {open && (
        <form onSubmit={submit} noValidate>
          <ProtectionFields value={protection} onChange={setProtection} label={t('fileSafety.emergencyProtect')} />
          {problem && <p className="error">{problem}</p>}
          <button type="submit" className="primary">
            {t('storage.exportNow')}
          </button>
        </form>
      )}
    </div>
  );
}
