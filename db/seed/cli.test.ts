import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('pnpm db:seed', () => {
  it('rejects a bad --employees with one line and exit code 1, before touching any database', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', './scripts/register.mjs', 'db/src/seed.cli.ts', '--employees', 'abc'],
      // An unreachable DATABASE_URL proves the arguments are checked first.
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: 'postgres://x@127.0.0.1:1/none' },
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('db:seed: --employees must be a positive integer');
    expect(run.stdout).toBe('');
  });
});
