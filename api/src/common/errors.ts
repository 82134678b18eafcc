import { GraphQLError } from 'graphql';

/** The one error vocabulary clients see in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** A service the request depends on (the analytics layer) is down or slow: retry later. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** A field-level problem: `field` is a dotted path inside the arguments, e.g. `input.hours`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function badInput(problems: FieldProblem[] | FieldProblem): GraphQLError {
  const list = Array.isArray(problems) ? problems : [problems];
  const message = list.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input — ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', fields: list.map((p) => p.field), problems: list },
  });
}

/** `field` names the argument that pointed at the missing row, when there is one. */
export function notFound(what: string, id?: string | number, field?: string): GraphQLError {
  return new GraphQLError(id === undefined ? `${what} not found` : `${what} ${id} not found`, {
    extensions: { code: 'NOT_FOUND', ...(field ? { fields: [field] } : {}) },
  });
}

export function forbidden(message = 'You are not allowed to do this', field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'FORBIDDEN', ...(field ? { fields: [field] } : {}) },
  });
}

/**
 * Why a presented token was refused (`extensions.reason` next to UNAUTHENTICATED), so a client
 * knows whether to refresh (expired) or to sign in again (revoked, invalid).
 */
export type AuthFailure =
  'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'TOKEN_INVALID' | 'AUTHORIZATION_HEADER_INVALID';

export function unauthenticated(message = 'Authentication required', reason?: AuthFailure): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', ...(reason ? { reason } : {}) },
  });
}

/** `field` names the argument (or, for a replay that differs from what is stored, every differing field). */
export function conflict(message: string, field?: string | string[]): GraphQLError {
  const fields = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return new GraphQLError(message, {
    extensions: { code: 'CONFLICT', ...(fields.length ? { fields } : {}) },
  });
}

export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}
