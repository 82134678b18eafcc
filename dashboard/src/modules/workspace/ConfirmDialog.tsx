import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './workflow.css';

/**
 * A modal confirmation (WAI-ARIA alertdialog): focus moves to Cancel (the safe choice), Tab stays
 * inside, Esc cancels, and focus returns to the control that opened it. While `pending`, both
 * buttons are disabled so a decision cannot be sent twice.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  pending,
  danger,
  onConfirm,
  onCancel,
  testId = 'confirm-dialog',
}: {
  title: string;
  children: ReactNode;
  confirmLabel?: string;
  pending?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => opener?.focus?.();
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && !pending) {
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const buttons = [...(boxRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={boxRef}
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId}>{children}</div>
        <div className="modal-actions">
          <button
            ref={cancelRef}
            type="button"
            className="btn"
            disabled={pending}
            onClick={onCancel}
            data-testid="confirm-cancel"
          >
            {t('alertActions.cancel')}
          </button>
          <button
            type="button"
            className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
            disabled={pending}
            aria-busy={pending}
            onClick={onConfirm}
            data-testid="confirm-ok"
          >
            {pending ? t('alertActions.pending') : (confirmLabel ?? t('alertActions.confirm'))}
          </button>
        </div>
      </div>
    </div>
  );
}
