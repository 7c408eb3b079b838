import { type ReactNode, useRef } from 'react';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** 'danger' for what removes something; 'calm' for a plain decision. */
  readonly tone?: 'danger' | 'calm';
}

/** A question with a safe answer: cancel has the focus first, so a stray Enter never deletes anything. */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, onConfirm, onCancel, tone = 'danger' }: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title={title} onCancel={onCancel} initialFocus={cancel}>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button ref={cancel} type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className={tone === 'danger' ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
