import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** Escape and the cancel button both come here. */
  readonly onCancel: () => void;
  readonly wide?: boolean;
  /** What gets the focus when the dialog opens; the browser's choice when not given. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * Every dialog of the app: the native modal dialog traps focus and closes on Escape; the
 * title names it for screen readers. It opens when mounted and closes when unmounted.
 */
export function ModalDialog({ title, children, onCancel, wide = false, initialFocus }: ModalDialogProps) {
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
      className={wide ? 'dialog wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
