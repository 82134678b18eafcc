import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from './issue-token';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from './testing/harness';

// Schema-driven fuzzing over real HTTP, in production mode (issue 13, "Done when"): random root
// fields with random, mostly wrong arguments (NUL bytes, 1e308, wrong types, huge strings,
// garbage ids and cursors), random callers (every role, none, forged, expired), plus malformed
// documents and bodies. A client error must never be an HTTP 500 or INTERNAL_SERVER_ERROR.
const OPERATIONS = Number(process.env.FUZZ_OPERATIONS ?? 10_000);
const CONCURRENCY = 8;
/** Mutations that would end the fuzzer's own sessions. */
const SKIPPED = new Set(['revokeSessions', 'deactivateLogin']);

/** mulberry32: deterministic, so a failure replays with the same seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const random = rng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;

const NASTY_STRINGS = [
  'a\u0000b',
  '\u0000',
  '',
  ' ',
  'x'.repeat(5000),
  '王小明',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '-1',
  '1e308',
  'NaN',
  "'; drop table employee; --",
  '%_%',
  '\\',
  'TWFuYWdlcjox',
  'RW1wbG95ZWU6OTk5OTk5OTk5',
  'o:999999999',
  '\ud800',
  '<script>',
];
const NASTY_NUMBERS = [0, -1, 1, 1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 0.5, 1e15, 1e16, 99999999];

function valueFor(type: GraphQLInputType, depth: number): unknown {
  if (isNonNullType(type)) return chance(0.03) ? null : valueFor(type.ofType, depth);
  if (chance(0.05)) return null;
  if (isListType(type)) {
    if (chance(0.1)) return valueFor(type.ofType, depth); // a scalar where a list goes (coerced)
    return Array.from({ length: Math.floor(random() * 3) }, () => valueFor(type.ofType, depth + 1));
  }
  if (isEnumType(type)) return chance(0.8) ? pick(type.getValues()).value : pick(NASTY_STRINGS);
  if (isInputObjectType(type)) {
    if (depth > 3 || chance(0.05)) return pick(NASTY_STRINGS);
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || chance(0.5)) out[field.name] = valueFor(field.type, depth + 1);
    }
    if (chance(0.05)) out.unknownField = 1;
    return out;
  }
  if (isScalarType(type)) {
    const roll = random();
    if (roll < 0.25) return chance(0.5) ? pick(NASTY_STRINGS) : pick(NASTY_NUMBERS);
    switch (type.name) {
      case 'Int':
        return chance(0.7) ? Math.floor(random() * 200) - 20 : pick(NASTY_NUMBERS);
      case 'Float':
        return chance(0.6) ? random() * 1000 : pick(NASTY_NUMBERS);
      case 'Boolean':
        return chance(0.9) ? chance(0.5) : 'true';
      case 'Date':
        return pick(['2026-01-01', '2025-06-30', '2026-02-30', 'yesterday', '2026-1-1']);
      case 'DateTime':
        return pick(['2026-01-01T00:00:00Z', 'not a time', '2026-01-01']);
      case 'Decimal':
        return pick(['12.50', '-1', '1e5', '999999999999999999999', 'abc', '0.0000001']);
      case 'ID':
        return pick([
          String(Math.floor(random() * 500)),
          'RW1wbG95ZWU6MQ',
          'RW1wbG95ZWU6OTk5OTk5',
          pick(NASTY_STRINGS),
        ]);
      default:
        return pick(NASTY_STRINGS);
    }
  }
  return null;
}

function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isUnionType(named) || (isInterfaceType(named) && chance(0.5))) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const chosen = new Set<string>();
  for (let i = 0; i < 3 && fields.length; i++) {
    const field = pick(fields);
    if (chosen.has(field.name)) continue;
    const inner = depth < 2 ? selectionFor(field.type, depth + 1) : '';
    const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
    if (!leaf && !inner) continue;
    chosen.add(`${field.name} ${leaf ? '' : inner}`);
  }
  if (chance(0.03)) chosen.add('noSuchField');
  return `{ __typename ${[...chosen].join(' ')} }`;
}

/** Literal GraphQL text of a JSON value (for inline arguments). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, type)).join(', ')}]`;
  if (typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(
        ([k, v]) =>
          `${k}: ${literal(v, isInputObjectType(named) ? (named.getFields()[k]?.type ?? type) : type)}`,
      )
      .join(', ')} }`;
  if (isEnumType(named) && typeof value === 'string' && /^[A-Z_][A-Z0-9_]*$/.test(value)) return value;
  return JSON.stringify(value);
}

function operationFor(schema: GraphQLSchema): { query: string; variables: Record<string, unknown> } {
  const mutation = chance(0.35);
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  const fields = Object.values(root.getFields()).filter((f) => !SKIPPED.has(f.name));
  const field: GraphQLField<unknown, unknown> = pick(fields);
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of field.args) {
    if (!isNonNullType(arg.type) && chance(0.5)) continue;
    const value = valueFor(arg.type, 0);
    if (chance(0.6)) {
      definitions.push(`$${arg.name}: ${String(arg.type)}`);
      variables[arg.name] = value;
      args.push(`${arg.name}: $${arg.name}`);
    } else {
      args.push(`${arg.name}: ${literal(value, arg.type)}`);
    }
  }
  const selection = selectionFor(field.type, 0);
  const head = `${mutation ? 'mutation' : 'query'}${definitions.length ? `(${definitions.join(', ')})` : ''}`;
  return {
    query: `${head} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`,
    variables,
  };
}

/** Broken requests that never reach a resolver. */
const RAW: (() => { body: string; contentType?: string; method?: string })[] = [
  () => ({ body: '{ employees(first: 5) { totalCount ' }),
  () => ({ body: JSON.stringify({ query: '{'.repeat(200) }) }),
  () => ({ body: JSON.stringify({ query: `{ ${'a '.repeat(5000)} }` }) }),
  () => ({ body: JSON.stringify({ query: 'query { me { userId } }', variables: 'nope' }) }),
  () => ({ body: JSON.stringify({ query: 42 }) }),
  () => ({ body: JSON.stringify({}) }),
  () => ({ body: 'not json', contentType: 'application/json' }),
  () => ({ body: JSON.stringify({ query: '{ me { userId } }' }), contentType: 'text/plain' }),
  () => ({ body: JSON.stringify({ query: 'subscription { x }' }) }),
  () => ({ body: JSON.stringify({ query: '{ me { userId } } { me { role } }' }) }),
  () => ({ body: JSON.stringify({ query: 'query A { me { userId } }', operationName: 'B' }) }),
  () => ({
    body: JSON.stringify({
      query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { userId }`).join(' ')} }`,
    }),
  }),
  () => ({ body: JSON.stringify({ query: `{ me ${'{ employee '.repeat(20)}${'}'.repeat(20)} }` }) }),
  () => ({ body: JSON.stringify({ query: '{ me { userId } }\u0000' }) }),
  () => ({ body: '', method: 'GET' }),
];

describe('fuzz', () => {
  let api: TestApi;
  let tokens: (string | null)[];

  beforeAll(async () => {
    // On the PostgreSQL server (TEST_DATABASE_URL, else the machine's): the embedded PGlite runs
    // every statement in one WASM session, which would make 10,000 operations take minutes.
    const previous = process.env.TEST_DATABASE_URL;
    process.env.TEST_DATABASE_URL = previous ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    try {
      api = await startTestApi({ nodeEnv: 'production', seed: { employees: 60, seed: 42 } });
    } finally {
      if (previous === undefined) delete process.env.TEST_DATABASE_URL;
    }
    const real = await Promise.all(
      ['hr', 'exec', 'manager', 'employee', 'integration'].map((u) =>
        issueToken(api.databaseUrl, TEST_JWT_SECRET, u, '1h'),
      ),
    );
    const forged = real[0]!.slice(0, -4) + 'AAAA';
    tokens = [...real, null, forged, 'garbage'];
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it(`${OPERATIONS} operations: no HTTP 500, no INTERNAL_SERVER_ERROR`, async () => {
    const schema = api.app.schema;
    const failures: { status: number; request: string; answer: string }[] = [];
    const statuses: Record<number, number> = {};
    let next = 0;
    const worker = async () => {
      while (next < OPERATIONS) {
        next++;
        const token = pick(tokens);
        let body: string;
        let contentType = 'application/json';
        let method = 'POST';
        if (chance(0.08)) {
          const raw = pick(RAW)();
          body = raw.body;
          contentType = raw.contentType ?? contentType;
          method = raw.method ?? method;
        } else {
          body = JSON.stringify(operationFor(schema));
        }
        const res = await fetch(
          method === 'GET' ? `${api.url}?query=${encodeURIComponent('{ me { userId } }')}` : api.url,
          {
            method,
            headers: {
              'content-type': contentType,
              // CSRF prevention: Apollo refuses GET without a preflight header.
              'apollo-require-preflight': 'true',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            ...(method === 'GET' ? {} : { body }),
          },
        );
        const text = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 500 || text.includes('INTERNAL_SERVER_ERROR')) {
          failures.push({ status: res.status, request: body.slice(0, 400), answer: text.slice(0, 400) });
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`fuzz seed ${SEED}: ${OPERATIONS} operations, statuses ${JSON.stringify(statuses)}`);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(failures.length).toBe(0);
  }, 600_000);
});
