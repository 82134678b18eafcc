import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createFixture, type Fixture } from './testing/fixtures';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from './testing/harness';
import { toGlobalId } from './common/relay';

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

  it('names the field when devLogin gets an unknown user', async () => {
    const res = await api.gql('mutation { devLogin(username: "nobody") { token } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['username'] });
  });

  it('maps GraphQL validation failures to BAD_USER_INPUT with the field named', async () => {
    const res = await api.gql('{ me { nope } }', {}, await api.login('fx-hr'));
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual(['nope']);
  });

  it('serves the Sandbox landing page outside production', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<!DOCTYPE html>[\s\S]*sandbox/i);
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
    const token = await new SignJWT({ role: 'HR', employeeId: null, departmentId: null, scopes: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    await prod.orm.em.fork().getConnection().execute('drop table career_path cascade');
    await prod.orm.em.fork().getConnection().execute(
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
    const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
  });
});
