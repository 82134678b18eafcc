import type { TFunction } from 'i18next';

/**
 * The API's errors as data: a code from the one vocabulary (api/src/common/errors.ts), the
 * reason next to UNAUTHENTICATED, and the fields (with optional per-field problem codes) next to
 * BAD_USER_INPUT. The server's English `message` is for logs and API clients; the dashboard
 * never shows it — it renders these codes in the user's language.
 */
export interface ApiProblem {
  field?: string;
  /** A machine-readable problem code (e.g. OUT_OF_RANGE) with its values (min, max…). */
  code?: string;
  [value: string]: unknown;
}

export interface ApiError {
  code: string;
  reason?: string;
  fields: string[];
  problems: ApiProblem[];
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] | null {
  if (Array.isArray(error)) return error as GraphQLErrorLike[];
  // A non-2xx answer (401 UNAUTHENTICATED, 400, 503) reaches Apollo as a ServerError carrying
  // the raw body: the GraphQL errors are inside it.
  const bodyText = (error as { bodyText?: unknown } | null)?.bodyText;
  if (typeof bodyText === 'string') {
    try {
      const body = JSON.parse(bodyText) as { errors?: unknown };
      if (Array.isArray(body.errors)) return body.errors as GraphQLErrorLike[];
    } catch {
      return null;
    }
  }
  // Apollo's CombinedGraphQLErrors (and a raw `{ errors }` response) carry an `errors` list;
  // duck-typed so this module (used by the login page) does not pull Apollo into the first load.
  if (error && typeof error === 'object' && Array.isArray((error as { errors?: unknown }).errors)) {
    return (error as { errors: GraphQLErrorLike[] }).errors;
  }
  return null;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function apiErrorOf(error: unknown): ApiError {
  const errors = graphQLErrorsOf(error);
  if (!errors) return { code: 'NETWORK', fields: [], problems: [] };
  // A field the API does not have (an API older than the app): say "not available".
  if (errors.some((e) => /Cannot query field|Unknown argument|Unknown type/.test(e.message ?? ''))) {
    return { code: 'NOT_AVAILABLE', fields: [], problems: [] };
  }
  const first = errors.find((e) => typeof e.extensions?.code === 'string');
  if (!first) return { code: 'GRAPHQL', fields: [], problems: [] };
  const ext = first.extensions ?? {};
  const problems = Array.isArray(ext.problems)
    ? (ext.problems as unknown[]).filter((p): p is ApiProblem => !!p && typeof p === 'object')
    : [];
  return {
    code: String(ext.code),
    ...(typeof ext.reason === 'string' ? { reason: ext.reason } : {}),
    fields: strings(ext.fields),
    problems,
  };
}

/** `input.items[2].score` → `score`: the label is the field's own name, translated. */
export function fieldKey(path: string): string {
  const segments = path.split('.').map((s) => s.replace(/\[\d+\]/g, ''));
  return segments.filter(Boolean).at(-1) ?? path;
}

export function fieldLabel(t: TFunction, path: string): string {
  const key = `field.${fieldKey(path)}`;
  const label = t(key, { defaultValue: '' });
  return label || t('error.unnamedField');
}

/** A headline and detail lines for an API error, in the current language. */
export function describeApiError(t: TFunction, error: ApiError): { title: string; details: string[] } {
  const title = t(`error.${error.code}`, { defaultValue: '' }) || t('error.GRAPHQL');
  const details: string[] = [];
  if (error.reason) {
    const reason = t(`error.reason.${error.reason}`, { defaultValue: '' });
    if (reason) details.push(reason);
  }
  const explained = new Set<string>();
  for (const problem of error.problems) {
    const field = problem.field ? fieldLabel(t, problem.field) : t('error.unnamedField');
    const text = problem.code
      ? t(`error.problem.${problem.code}`, { ...problem, field, defaultValue: '' })
      : '';
    details.push(text || t('error.fieldInvalid', { field }));
    if (problem.field) explained.add(problem.field);
  }
  for (const path of error.fields) {
    if (!explained.has(path)) details.push(t('error.fieldInvalid', { field: fieldLabel(t, path) }));
  }
  return { title, details: [...new Set(details)] };
}
