import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** ISO-8601 instant (graphql-scalars), e.g. 2026-03-01T08:00:00.000Z. */
export const DateTimeScalar = DateTimeResolver;

/**
 * A calendar day 'YYYY-MM-DD'. graphql-scalars' LocalDate keeps the value a string (its `Date`
 * scalar would turn it into a JS Date at midnight UTC and shift days across time zones); the
 * entities store days as strings too. Renamed to the conventional `Date`.
 */
const localDate = LocalDateResolver.toConfig();

/**
 * Days 01–28 of any month exist in every year: such a string needs no calendar check. The
 * archive serialises ~hundreds of days per response, all from PostgreSQL already formatted;
 * graphql-scalars' check builds a Date and an ISO string for each (~4 % of the archive's CPU,
 * docs/performance.md). Anything else (29–31, malformed, non-strings) gets the full check.
 */
const SURE_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/;

export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  description: "A calendar day in ISO-8601 form, 'YYYY-MM-DD'.",
  serialize(value) {
    if (typeof value === 'string' && SURE_DAY.test(value)) return value;
    return localDate.serialize(value);
  },
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
