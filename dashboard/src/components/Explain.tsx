import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Explanation {
  /** How the number is computed, in words or as a formula. */
  formula: string;
  /** Time window the number covers, e.g. "2026-01 – 2026-06" or "3 months after completion". */
  window?: string;
  /** Observations behind the number. */
  n?: number | string | null;
  /** Where the data comes from (Cube member, API field). */
  source?: string;
}

/**
 * The "how is this computed?" affordance every number carries: a button that opens a small
 * panel with formula, window and n. A button rather than hover-only so it works on phones.
 */
export function Explain({ formula, window, n, source }: Explanation) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLSpanElement>(null);
  // Esc closes the panel (focus back on its button), so does a click or tap elsewhere.
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      root.current?.querySelector('button')?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <span className="explain" ref={root}>
      <button
        type="button"
        className="explain-btn"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('explain.button')}
        title={`${formula}${window ? ` · ${window}` : ''}${n !== undefined && n !== null ? ` · n = ${n}` : ''}`}
        onClick={() => setOpen((o) => !o)}
        data-testid="explain"
      >
        ⓘ
      </button>
      {open ? (
        <span className="explain-panel" id={id} role="note" data-testid="explain-panel">
          <span className="explain-row">
            <b>{t('explain.formula')}</b> {formula}
          </span>
          {window ? (
            <span className="explain-row">
              <b>{t('explain.window')}</b> {window}
            </span>
          ) : null}
          {n !== undefined && n !== null ? (
            <span className="explain-row">
              <b>n</b> {n}
            </span>
          ) : null}
          {source ? (
            <span className="explain-row">
              <b>{t('explain.source')}</b> <code>{source}</code>
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
