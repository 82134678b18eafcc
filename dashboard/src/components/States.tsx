import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/** The codes the API uses (TEAM.md); anything else is shown as a generic failure. */
function errorCode(error: ErrorLike): string {
  if (CombinedGraphQLErrors.is(error)) {
    // A field the API does not have (an API older than the app): say "not available".
    if (error.errors.some((e) => /Cannot query field|Unknown argument|Unknown type/.test(e.message))) {
      return 'NOT_AVAILABLE';
    }
    const code = error.errors.find((e) => typeof e.extensions?.code === 'string')?.extensions?.code;
    return typeof code === 'string' ? code : 'GRAPHQL';
  }
  return 'NETWORK';
}

export function ErrorState({ error, retry }: { error: ErrorLike; retry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  return (
    <div className="state state-error" role="alert" data-testid="error" data-code={code}>
      <strong>{t(`error.${code}`, { defaultValue: t('error.GRAPHQL') })}</strong>
      {['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'].includes(code) ? (
        <p>{error.message}</p>
      ) : null}
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
