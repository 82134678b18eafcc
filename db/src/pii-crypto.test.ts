import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { Department, Employee, Position, PositionFamily } from './entities';
import { initOrm, type Orm } from './orm';
import { decryptPii, encryptPii, keyIdOf, parseKeyRing, setKeyRing } from './pii-crypto';
import { reencryptPii } from './pii-reencrypt';
import { createTestDatabase, type TestDatabase } from './testing';

// PII at rest (issue 13, item 6): email and phone are AES-256-GCM sealed in the database, read
// back as plaintext through the ORM, and re-sealed with a new key by `pnpm pii:reencrypt`.

const key = () => randomBytes(32).toString('base64');
const OLD = `old:${key()}`;
const NEW = `new:${key()}`;

let db: TestDatabase;
let orm: Orm;

async function raw(id: number): Promise<{ email: string | null; phone: string | null }> {
  const [row] = await orm.em.getConnection().execute('select email, phone from employee where id = ?', [id]);
  return row as { email: string | null; phone: string | null };
}

async function read(id: number): Promise<Employee> {
  return orm.em.fork().findOneOrFail(Employee, id);
}

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await initOrm(db.url, { pool: { min: 0, max: 2 } });
  setKeyRing(parseKeyRing(OLD, undefined));
  const em = orm.em.fork();
  const department = em.create(Department, { id: 1, code: 'D1', name: 'D1', path: '/1/', depth: 0 });
  const position = em.create(Position, {
    id: 1,
    code: 'P1',
    name: 'P1',
    family: PositionFamily.SALES,
    level: 1,
  });
  for (const id of [1, 2])
    em.create(Employee, {
      id,
      employeeNo: `E${id}`,
      name: `E${id}`,
      department,
      position,
      hireDate: '2020-01-01',
      email: `e${id}@example.com`,
      phone: id === 1 ? '13800001111' : null,
    });
  await em.flush();
  // A row written by a bulk loader (the seed's COPY): plaintext.
  await orm.em.getConnection().execute(
    `insert into employee (id, employee_no, name, department_id, position_id, hire_date, email, phone, status)
       values (3, 'E3', 'E3', 1, 1, '2020-01-01', 'e3@example.com', '13800003333', 'ACTIVE')`,
  );
});

afterEach(() => setKeyRing(parseKeyRing(OLD, undefined)));

afterAll(async () => {
  setKeyRing(null);
  await orm?.close(true);
  await db?.close();
});

describe('PII at rest', () => {
  it('is sealed in the column and plaintext in the entity', async () => {
    const stored = await raw(1);
    expect(stored.email).toMatch(/^enc:v1:old:/);
    expect(stored.phone).toMatch(/^enc:v1:old:/);
    expect(stored.email).not.toContain('example.com');
    const e = await read(1);
    expect(e.email).toBe('e1@example.com');
    expect(e.phone).toBe('13800001111');
    expect((await read(2)).phone).toBeNull();
  });

  it('a flush without changes rewrites nothing (the random IV does not look like a change)', async () => {
    const em = orm.em.fork();
    const e = await em.findOneOrFail(Employee, 1);
    const before = await raw(1);
    e.name = 'E1 renamed';
    await em.flush();
    expect(await raw(1)).toEqual(before);
    e.email = 'new@example.com';
    await em.flush();
    const after = await raw(1);
    expect(after.email).not.toBe(before.email);
    expect(decryptPii(after.email!)).toBe('new@example.com');
    expect(after.phone).toBe(before.phone);
  });

  it('reads plaintext rows as they are; a forged ciphertext fails loudly', async () => {
    expect((await read(3)).email).toBe('e3@example.com');
    const sealed = encryptPii('x@example.com');
    const forged = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => decryptPii(forged)).toThrow();
  });

  it('rotates: re-sealed with the new active key, readable once the old key is gone', async () => {
    const both = parseKeyRing(`${OLD},${NEW}`, 'new');
    setKeyRing(both);
    const result = await reencryptPii(db.url, both, 2);
    // e1: email + phone, e2: email, e3: email + phone (plaintext until now).
    expect(result).toEqual({ employee: 5, webhook_subscription: 0 });
    for (const id of [1, 2, 3]) {
      const stored = await raw(id);
      expect(keyIdOf(stored.email!)).toBe('new');
      if (stored.phone) expect(keyIdOf(stored.phone)).toBe('new');
    }
    setKeyRing(parseKeyRing(NEW, undefined));
    expect((await read(3)).phone).toBe('13800003333');
    expect((await read(1)).email).toBe('new@example.com');
    // A second run finds nothing to do.
    expect(await reencryptPii(db.url, parseKeyRing(NEW, undefined))).toEqual({
      employee: 0,
      webhook_subscription: 0,
    });
    // Without the key a value was sealed with, reading fails instead of returning garbage.
    setKeyRing(parseKeyRing(OLD, undefined));
    await expect(read(1)).rejects.toThrow(/key "new"/);
  });
});

describe('PII_KEYS', () => {
  it('is required in production and validated', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/PII_KEYS/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PII_KEYS: OLD }).PII_KEYS).toBe(
      OLD,
    );
    expect(() => parseKeyRing('k1:c2hvcnQ=', undefined)).toThrow(ConfigError);
    expect(() => parseKeyRing(OLD, 'missing')).toThrow(/PII_ACTIVE_KEY/);
    expect(parseKeyRing(`${OLD},${NEW}`, undefined).activeId).toBe('new');
    expect(parseKeyRing(undefined, undefined).activeId).toBe('dev');
  });
});
