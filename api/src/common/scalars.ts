import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** ISO-8601 instant (graphql-scalars), e.g. 2026-03-01T08:00:00.000Z. */
export const DateTimeScalar = DateTimeResolver;

/**
 * A calendar day 'YYYY-MM-DD'. graphql-scalars' LocalDate keeps the value a string (its `Date`
 * scalar would turn it into a JS Date at midnight UTC and shift days across time zones); the
 * entities store days as strings too. Renamed to the conventional `Date`.
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: "A calendar day in ISO-8601 form, 'YYYY-MM-DD'.",
});

const DECIMAL = /^-?\d{1,18}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError(`Decimal must be a decimal number written as a string, e.g. "1280.50"`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

/**
 * Money and other exact quantities. Serialised as a string so no client parses it into a
 * float (PostgreSQL numeric → MikroORM string → wire string).
 */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number (money), serialised as a string such as "1280.50".',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    if (value && typeof (value as { toString(): string }).toString === 'function') return String(value);
    throw new TypeError('Decimal cannot represent this value');
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
      return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be a string literal', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});
