import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './files.css';

export const MIN_PASSPHRASE_LENGTH = 8;

export interface Protection {
  readonly protect: boolean;
  readonly passphrase: string;
  readonly repeat: string;
}

export const NO_PROTECTION: Protection = { protect: false, passphrase: '', repeat: '' };

/** The i18n key of what is wrong with the chosen protection, or null when it can be used. */
export function protectionProblem(protection: Protection): 'files.passphraseTooShort' | 'files.passphraseMismatch' | null {
  if (!protection.protect) return null;
  if (protection.passphrase.length < MIN_PASSPHRASE_LENGTH) return 'files.passphraseTooShort';
  if (protection.passphrase !== protection.repeat) return 'files.passphraseMismatch';
  return null;
}

/** The passphrase to encrypt with: empty when the file is not protected. */
export const passphraseOf = (protection: Protection): string => (protection.protect ? protection.passphrase : '');

/**
 * Protect with a passphrase, typed twice; and, always in view, whether the file will be
 * protected or readable by anyone who gets it.
 */
export function ProtectionFields({ value, onChange, label }: { value: Protection; onChange: (next: Protection) => void; label?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="protection">
      <label className="radio block">
        <input type="checkbox" checked={value.protect} onChange={(event) => onChange({ ...value, protect: event.target.checked })} />
        <span>{label ?? t('files.protect')}</span>
      </label>
      {value.protect && (
        <div className="indented">
          <label htmlFor={`${id}-pass`}>{t('files.passphrase')}</label>
          <input
            id={`${id}-pass`}
            type="password"
            autoComplete="new-password"
            value={value.passphrase}
            onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
            aria-describedby={`${id}-hint`}
          />
          <label htmlFor={`${id}-repeat`}>{t('files.passphraseRepeat')}</label>
          <input
            id={`${id}-repeat`}
            type="password"
            autoComplete="new-password"
            value={value.repeat}
            onChange={(event) => onChange({ ...value, repeat: event.target.value })}
          />
          <p id={`${id}-hint`} className="hint">
            {t('files.passphraseHint')}
          </p>
        </div>
      )}
      <p className={value.protect ? 'hint' : 'hint warning'}>{value.protect ? t('fileSafety.isProtected') : t('fileSafety.notProtected')}</p>
    </div>
  );
}
