import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  CheckConstraintViolationException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotFoundError,
  NotNullConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { ValidationError as ClassValidationError } from 'class-validator';
import type { Logger } from 'pino';
import type { ErrorCode, FieldProblem } from './errors';

const KNOWN: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
]);

/** Apollo's / graphql-js' own request-level failures: all of them are the client's input. */
const REQUEST_ERRORS: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** class-validator's nested errors → flat `a.b[2].c` paths, one entry per violated constraint set. */
export function flattenValidationErrors(errors: ClassValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const key = /^\d+$/.test(error.property) ? `[${error.property}]` : error.property;
    const path = prefix ? (key.startsWith('[') ? `${prefix}${key}` : `${prefix}.${key}`) : key;
    if (error.constraints) out.push({ field: path, message: Object.values(error.constraints).join(', ') });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

function withCode(
  formatted: GraphQLFormattedError,
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLFormattedError {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, ...extra },
  };
}

/** `Variable "$input" got invalid value … at "input.hours"; …` → ['input.hours']. */
function fieldsFromCoercionMessage(message: string): string[] {
  const fields = new Set<string>();
  for (const m of message.matchAll(/at "([^"]+)"/g)) fields.add(m[1]!);
  for (const m of message.matchAll(/[Ff]ields? "([^"]+)"/g)) fields.add(m[1]!);
  if (fields.size === 0) for (const m of message.matchAll(/Variable "\$([^"]+)"/g)) fields.add(m[1]!);
  for (const m of message.matchAll(/[Aa]rgument "([^"]+)"/g)) fields.add(m[1]!);
  return [...fields];
}

/**
 * The one place errors become client-visible. Everything leaves with one of the codes in
 * ErrorCode; anything unexpected (driver errors, bugs) becomes a generic INTERNAL_SERVER_ERROR
 * and is logged server-side, so SQL text and stack traces never reach a client.
 */
export function createFormatError(logger: Pick<Logger, 'error'>) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const code = String(formatted.extensions?.code ?? '');

    // type-graphql's class-validator failure: name every offending field.
    if (error instanceof GraphQLError && Array.isArray(error.extensions?.validationErrors)) {
      const problems = flattenValidationErrors(error.extensions.validationErrors as ClassValidationError[]);
      return withCode(
        formatted,
        'BAD_USER_INPUT',
        `Invalid input — ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
        {
          fields: problems.map((p) => p.field),
          problems,
        },
      );
    }
    if (code === 'UNAUTHORIZED') return withCode(formatted, 'FORBIDDEN', 'You are not allowed to do this');
    if (KNOWN.has(code)) {
      const extra: Record<string, unknown> = {};
      for (const key of ['fields', 'problems', 'reason'] as const) {
        if (formatted.extensions?.[key] !== undefined) extra[key] = formatted.extensions[key];
      }
      if (code === 'BAD_USER_INPUT' && extra.fields === undefined)
        extra.fields = fieldsFromCoercionMessage(formatted.message);
      return withCode(formatted, code as ErrorCode, formatted.message, extra);
    }
    if (REQUEST_ERRORS.has(code)) {
      return withCode(formatted, 'BAD_USER_INPUT', formatted.message, {
        reason: code,
        fields: fieldsFromCoercionMessage(formatted.message),
      });
    }
    if (error instanceof UniqueConstraintViolationException) {
      return withCode(formatted, 'CONFLICT', 'A record with the same unique values already exists');
    }
    if (error instanceof ForeignKeyConstraintViolationException) {
      return withCode(formatted, 'BAD_USER_INPUT', 'A referenced record does not exist', { fields: [] });
    }
    if (
      error instanceof CheckConstraintViolationException ||
      error instanceof NotNullConstraintViolationException
    ) {
      return withCode(formatted, 'BAD_USER_INPUT', 'A value is outside its allowed range', { fields: [] });
    }
    if (error instanceof NotFoundError) return withCode(formatted, 'NOT_FOUND', 'Not found');
    // graphql-js' own refusal of an operation it cannot run (e.g. a subscription on a schema
    // without them): no resolver ran (no path) and nothing underneath threw — the request's fault.
    if (error instanceof GraphQLError && !error.originalError && !formatted.path) {
      return withCode(formatted, 'BAD_USER_INPUT', formatted.message, {
        reason: 'OPERATION_NOT_SUPPORTED',
        fields: [],
      });
    }
    // Data exceptions (SQLSTATE class 22: numeric overflow, NUL byte, invalid text, datetime
    // out of range) are values the client sent that a column cannot hold. The input guard
    // refuses the usual ones up front; this keeps any other such value a client error.
    if (error instanceof DriverException && /^22/.test(String(error.code ?? ''))) {
      return withCode(formatted, 'BAD_USER_INPUT', 'A value cannot be stored (out of range or malformed)', {
        fields: [],
      });
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error while handling a GraphQL request');
    return withCode(formatted, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
