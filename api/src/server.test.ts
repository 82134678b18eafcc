import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createFixture, type Fixture } from './testing/fixtures';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from './testing/harness';
import { toGlobalId } from './common/relay';
import { issueToken } from './issue-token';

let api: TestApi;
let fx: Fixture;

beforeAll(async () => {
  api = await startTestApi();
  fx = await createFixture(api.orm.em.fork());
});
afterAll(async () => api?.close());

describe('HTTP surface', () => {
  it('answers /healthz', async () => {
    const res = await fetch(api.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers CORS preflights for the dashboard and 404 for unknown paths', async () => {
    const preflight = await fetch(api.url, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const missing = await fetch(api.url.replace('/graphql', '/nope'));
    expect(missing.status).toBe(404);
  });

  it('rejects a malformed body or Authorization header', async () => {
    const bad = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const basic = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic Zm9vOmJhcg==' },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(basic.status).toBe(401);
    expect((await basic.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses unauthenticated queries with UNAUTHENTICATED', async () => {
    const res = await api.gql('{ me { role } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('refuses a forged token with 401 UNAUTHENTICATED', async () => {
    const forged = await new SignJWT({ role: 'HR', employeeId: null, departmentId: null, scopes: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-different-secret-that-is-long-enough!!'));
    const res = await api.gql('{ me { role } }', {}, forged);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const expired = await new SignJWT({ role: 'HR', employeeId: null, departmentId: null, scopes: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(fx.users.hr.id))
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const res = await api.gql('{ me { role } }', {}, expired);
    expect(res.errors?.[0]?.message).toBe('The access token has expired');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('issues development tokens whose claims the API reads back', async () => {
    const token = await api.login('fx-manager');
    const res = await api.gql(
      '{ me { userId username role scopes employee { id name department { name } } } }',
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({
      userId: fx.users.manager.id,
      username: 'fx-manager',
      role: 'MANAGER',
      scopes: [],
      employee: {
        id: toGlobalId('Employee', fx.employees.m1.id),
        name: 'Fixture Manager Sales',
        department: { name: 'Fixture Sales' },
      },
    });
    const [, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims).toMatchObject({
      sub: String(fx.users.manager.id),
      role: 'MANAGER',
      employeeId: fx.employees.m1.id,
      departmentId: fx.departments.sales.id,
      scopes: [],
    });
  });

  it('issues operator tokens for existing logins (production path)', async () => {
    const token = await issueToken(api.databaseUrl, TEST_JWT_SECRET, 'fx-integration', '5m');
    const res = await api.gql('{ me { username role scopes } }', {}, token);
    expect(res.data?.me).toEqual({
      username: 'fx-integration',
      role: 'INTEGRATION',
      scopes: ['archive:read', 'kpi:write'],
    });
    await expect(issueToken(api.databaseUrl, TEST_JWT_SECRET, 'nobody')).rejects.toThrow(
      'no active login named nobody',
    );
  });

  it('names the field when devLogin gets an unknown user', async () => {
    const res = await api.gql('mutation { devLogin(username: "nobody") { token } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['username'] });
  });

  it('maps GraphQL validation failures to BAD_USER_INPUT with the field named', async () => {
    const res = await api.gql('{ me { nope } }', {}, await api.login('fx-hr'));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual(['nope']);
  });

  it('serves the Sandbox landing page in development', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<!DOCTYPE html>[\s\S]*sandbox/i);
  });

  it('answers syntax, validation and token-limit errors with HTTP 400, not 500', async () => {
    const token = await api.login('fx-hr');
    const syntax = await api.gql('{ me { role ', {}, token);
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
    const invalid = await api.gql('{ me { nope } }', {}, token);
    expect(invalid.status).toBe(400);
    const tooLong = await api.gql(`{ ${'me { role } '.repeat(1500)} }`, {}, token);
    expect(tooLong.status).toBe(400);
    expect(tooLong.errors?.[0]?.message).toMatch(/more th\w+ 4000 tokens/);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const deep = `{ me { employee ${'{ manager '.repeat(14)}{ name }${' }'.repeat(14)} } }`;
    expect((await api.gql(deep, {}, token)).status).toBe(400);
  });

  it('rejects queries deeper than the armor limit', async () => {
    const deep = `{ me { employee ${'{ manager '.repeat(14)}{ name }${' }'.repeat(14)} } }`;
    const res = await api.gql(deep, {}, await api.login('fx-hr'));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });
});

describe('production mode', () => {
  let prod: TestApi;
  beforeAll(async () => {
    prod = await startTestApi({ nodeEnv: 'production' });
  });
  afterAll(async () => prod?.close());

  it('disables devLogin', async () => {
    const res = await prod.gql('mutation { devLogin(username: "hr") { token } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('turns unexpected failures into a generic INTERNAL_SERVER_ERROR without SQL', async () => {
    // A real login: a token must name a live login (revocation), so a hand-signed one is refused.
    await prod.orm.em
      .fork()
      .getConnection()
      .execute("insert into app_user (username, role) values ('prod-hr', 'HR')");
    const token = await issueToken(prod.databaseUrl, TEST_JWT_SECRET, 'prod-hr', '1h');
    await prod.orm.em.fork().getConnection().execute('drop table career_path cascade');
    await prod.orm.em
      .fork()
      .getConnection()
      .execute(
        "insert into position (id, code, name, family, level, managerial) values (1, 'P', 'P', 'SALES', 1, false)",
      );
    const res = await prod.gql('{ positions { name nextPositions { typicalMonths } } }', {}, token);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 20 }],
      path: ['positions', 0, 'nextPositions'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(res)).not.toMatch(/career_path|select|stack/i);
  });

  it('hides "did you mean" hints and serves no landing page', async () => {
    const res = await prod.gql('{ mee { role } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).not.toMatch(/did you mean/i);
    const enumValue = await prod.gql('{ employees(sort: { field: NAM }) { totalCount } }');
    expect(enumValue.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(enumValue)).not.toMatch(/did you mean|NAME/i);
    // …while development keeps the hints that help people write queries.
    const dev = await api.gql('{ mee { role } }');
    expect(dev.errors?.[0]?.message).toMatch(/did you mean "me"/i);
    const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
  });
});
