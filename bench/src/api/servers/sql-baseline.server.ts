/**
 * Child process: the hand-written-SQL baseline over plain node:http + `pg` (pool of the same
 * size as the API's ORM pool). One statement per request; PostgreSQL builds the JSON and the
 * server passes the text through. No auth: the API's token check is part of what it costs.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { ARCHIVE_SQL, EMPLOYEE_PAGE_SQL, KPI_SERIES_SQL } from '../sql.baseline';
import { answerParent } from './control';

const pool = new pg.Pool({
  connectionString: process.env.BENCH_DATABASE_URL!,
  max: Number(process.env.BENCH_POOL_MAX ?? 10),
});

const ROUTES: Record<string, { sql: string; params: (body: Record<string, unknown>) => unknown[] }> = {
  '/employees': { sql: EMPLOYEE_PAGE_SQL, params: (b) => [b.departmentId, b.first] },
  '/archive': { sql: ARCHIVE_SQL, params: (b) => [b.employeeId, b.from, b.to] },
  '/kpi': { sql: KPI_SERIES_SQL, params: (b) => [b.employeeId, b.kpi, b.from, b.to] },
};

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
}

const server = createServer((req, res) => {
  const route = ROUTES[req.url ?? ''];
  if (!route || req.method !== 'POST') {
    res.statusCode = 404;
    res.end();
    return;
  }
  readBody(req)
    .then((body) => pool.query<{ body: string }>(route.sql, route.params(body)))
    .then((result) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(result.rows[0]?.body ?? '{"data":null}');
    })
    .catch((error: Error) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message: error.message }] }));
    });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send!({ url: `http://127.0.0.1:${port}`, pid: process.pid });
});

// The parent reads this process's CPU time around each measured run.
answerParent();

process.once('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
