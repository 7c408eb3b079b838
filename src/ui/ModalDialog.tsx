import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Escape and the cancel button both come here. */
  readonly onCancel: () => void;
  readonly wide?: boolean;
  /** What gets the focus when the dialog opens; the browser's choice when not given. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  /** A button beside the title that closes the dialog, for dialogs that have no actions row. */
  readonly closeText?: string;
  /** A class of the dialog's own, beside the shared one (its size, its layout). */
  readonly className?: string;
}

/**
 * Every dialog of the app: the native modal dialog traps focus and closes on Escape; the
 * title names it for screen readers. It opens when mounted and closes when unmounted.
 */
export function ModalDialog({ title, children, onCancel, wide = false, initialFocus, closeText, className }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    initialFocus?.current?.focus();
    return () => element?.close();
  }, [initialFocus]);
  return (
    <dialog
      ref={dialog}
      className={['dialog', wide ? 'wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {closeText === undefined ? (
        <h2 id={titleId}>{title}</h2>
      ) : (
        <div className="dialog-head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" onClick={onCancel}>
            {closeText}
          </button>
        </div>
      )}
      {children}
    </dialog>
  );
}
