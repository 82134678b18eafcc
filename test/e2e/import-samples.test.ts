import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@talentloop/db/testing';
import { startApi, type RunningApi } from '@talentloop/api/server';
import { SAMPLE_FILES, SAMPLES_DIR } from '@talentloop/api/modules/import/import.samples';

/*
 * The files in docs/samples/ against the demo company (the generator, 60 employees, seed 7):
 * each one validates cleanly, imports, and re-imports as all-unchanged — so what docs/import.md
 * shows an HR person actually works on `pnpm start`'s data. Logins come from devLogin, as a
 * third-party tool following docs/api.md would get them.
 */

const JWT_SECRET = 'import-samples-secret-with-at-least-32-characters';
let db: TestDatabase;
let api: RunningApi;

async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions: { code: string } }[] }> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions: { code: string } }[];
  };
}

async function login(username: string): Promise<string> {
  const body = await gql<{ devLogin: { token: string } }>(
    'mutation Login($username: String!) { devLogin(username: $username) { token } }',
    { username },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.devLogin.token;
}

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportArchiveInput!) {
    importArchive(input: $input) {
      committed
      totalRows
      inserted
      updated
      unchanged
      rejected
      errors {
        row
        field
        message
      }
    }
  }
`;

interface Report {
  committed: boolean;
  totalRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: { row: number; field: string; message: string }[];
}

async function importSample(token: string, file: string, kind: string, dryRun: boolean) {
  const bytes = readFileSync(join(SAMPLES_DIR, file));
  return gql<{ importArchive: Report }>(
    IMPORT,
    {
      input: {
        kind,
        format: file.endsWith('.xlsx') ? 'XLSX' : 'CSV',
        contentBase64: bytes.toString('base64'),
        dryRun,
      },
    },
    token,
  );
}

beforeAll(async () => {
  db = await createTestDatabase({ seed: { employees: 60, seed: 7 } });
  api = await startApi({
    config: { NODE_ENV: 'test', JWT_SECRET, LOG_LEVEL: 'silent' },
    databaseUrl: db.url,
    port: 0,
  });
});

afterAll(async () => {
  await api?.stop();
  await db?.close();
});

describe('docs/samples against the demo company', () => {
  it.each(SAMPLE_FILES.map((s) => [s.file, s.kind] as const))(
    '%s imports cleanly, then re-imports unchanged',
    async (file, kind) => {
      const hr = await login('hr');
      const dry = await importSample(hr, file, kind, true);
      expect(dry.errors).toBeUndefined();
      expect(dry.data!.importArchive.errors).toEqual([]);
      const rows = dry.data!.importArchive.totalRows;
      expect(rows).toBeGreaterThan(0);

      const real = await importSample(hr, file, kind, false);
      expect(real.data!.importArchive).toMatchObject({ committed: true, rejected: 0 });
      expect(
        real.data!.importArchive.inserted +
          real.data!.importArchive.updated +
          real.data!.importArchive.unchanged,
      ).toBe(rows);

      const again = await importSample(hr, file, kind, false);
      expect(again.data!.importArchive).toMatchObject({
        committed: true,
        inserted: 0,
        updated: 0,
        unchanged: rows,
        rejected: 0,
      });
    },
  );

  it('the demo manager and employee logins are refused', async () => {
    for (const username of ['manager', 'employee']) {
      const body = await importSample(
        await login(username),
        'performance-reviews.csv',
        'PERFORMANCE_REVIEWS',
        true,
      );
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });
});
