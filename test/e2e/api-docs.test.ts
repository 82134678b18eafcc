/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; the assertions check their shape. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@talentloop/api/testing/harness';

/**
 * Runs the curl examples of docs/api.md, in order, in one bash session (so TOKEN and the ids
 * they capture carry over), against a seeded test server — the guide cannot rot silently.
 * A block fenced as ```sh expect-error=CODE must fail with that code; every other block must
 * print one JSON response with data and no errors.
 */
const DOC = fileURLToPath(new URL('../../docs/api.md', import.meta.url));
const BLOCK = /```sh(?: expect-error=([A-Z_]+))?\n([\s\S]*?)```/g;

interface Example {
  script: string;
  expectError?: string;
}

export function extractExamples(markdown: string): Example[] {
  return [...markdown.matchAll(BLOCK)].map((m) => ({ script: m[2]!, expectError: m[1] }));
}

let api: TestApi;
let outputs: unknown[] = [];
const examples = extractExamples(readFileSync(DOC, 'utf8'));

beforeAll(async () => {
  api = await startTestApi({ seed: { employees: 60, seed: 7 } });
  const marker = (i: number) => `@@EXAMPLE ${i}@@`;
  const script = ['set -euo pipefail', ...examples.flatMap((e, i) => [`echo '${marker(i)}'`, e.script])].join(
    '\n',
  );
  const { stdout } = await promisify(execFile)('bash', ['-c', script], {
    env: { ...process.env, API: api.url },
    maxBuffer: 1 << 24,
  });
  outputs = examples.map((_, i) => {
    const start = stdout.indexOf(marker(i)) + marker(i).length;
    const end = i + 1 < examples.length ? stdout.indexOf(marker(i + 1)) : stdout.length;
    return JSON.parse(stdout.slice(start, end).trim());
  });
});
afterAll(async () => api?.close());

describe('docs/api.md curl examples', () => {
  it('has examples for authentication, reads, the KPI feed and errors', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((e, i) => [i, e] as const))('example %i answers as documented', (i, example) => {
    const out = outputs[i] as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    if (example.expectError) {
      expect(out.errors?.[0]?.extensions?.code).toBe(example.expectError);
    } else {
      expect(out.errors, JSON.stringify(out.errors)).toBeUndefined();
      expect(out.data).toBeTruthy();
    }
  });

  it('returns the values the guide describes', () => {
    const byQuery = (key: string) => outputs.find((o: any) => o?.data && key in o.data) as any;
    expect(byQuery('me').data.me).toMatchObject({ username: 'integration', role: 'INTEGRATION' });
    const archive = byQuery('growthArchive').data.growthArchive;
    expect(archive.employee.name).toBe('林晓燕');
    expect(archive.summary).toMatchObject({ hoursThisYear: 125, standardHours: 100, hoursRatio: 1.25 });
    const feed = byQuery('recordKpiObservations').data.recordKpiObservations;
    expect(feed.map((r: any) => r.outcome)).toEqual(['CREATED', 'REJECTED']);
    expect(feed[1].problems[0].field).toBe('input[1].kpi');
    expect(byQuery('courses').data.courses.nodes).toHaveLength(3);
  });
});
