import type { ErrorLike } from '@apollo/client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, describeApiError } from '../i18n/errors';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="state state-empty" data-testid="empty">
      {children ?? t('state.empty')}
    </div>
  );
}

/**
 * An API error in the user's language: the code's headline plus what the server named (the
 * session's reason, the offending fields) — never the server's English message.
 */
export function ErrorState({ error, retry }: { error: ErrorLike; retry?: () => void }) {
  const { t } = useTranslation();
  const info = apiErrorOf(error);
  const { title, details } = describeApiError(t, info);
  return (
    <div className="state state-error" role="alert" data-testid="error" data-code={info.code}>
      <strong>{title}</strong>
      {details.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {retry ? (
        <button type="button" className="btn btn-small" onClick={() => retry()}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

interface QueryStateProps<T> {
  loading: boolean;
  error?: ErrorLike;
  data: T | undefined;
  /** True when the data is there but has nothing to show. */
  isEmpty?: (data: T) => boolean;
  emptyText?: ReactNode;
  retry?: () => void;
  children: (data: T) => ReactNode;
}

/** Loading → error → empty → content, the same way on every page. */
export function QueryState<T>({
  loading,
  error,
  data,
  isEmpty,
  emptyText,
  retry,
  children,
}: QueryStateProps<T>) {
  if (error && data === undefined) return <ErrorState error={error} retry={retry} />;
  if (data === undefined) return loading ? <Loading /> : <Empty>{emptyText}</Empty>;
  if (isEmpty?.(data)) return <Empty>{emptyText}</Empty>;
  return <>{children(data)}</>;
}
