import { readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { ConfigError, loadConfig } from '@talentloop/db/config';
import { DatabaseStartError, startDatabase } from '@talentloop/db/embedded';
import { initOrm } from '@talentloop/db/orm';
import { registerScopeFilter, resolveScope, type ScopeParams } from '../../auth/scope.filter';
import type { Viewer } from '../../auth/viewer';
import { viewerForUser } from '../auth/auth.service';
import { ImportKind } from './import.headers';
import { ImportFormat } from './import.parser';
import { formatProblem } from './import.schema';
import { importScopeFor, MAX_FILE_BYTES, runImport, type ImportReport } from './import.service';
import { setAuditActor, systemActor } from '../audit/audit.service';

const USAGE = `Usage: pnpm --filter @talentloop/api run import -- --kind <KIND> <file.csv|file.xlsx> [options]

Imports historical growth-archive data into the configured database (DATABASE_URL, or the
embedded database in DATA_DIR when unset — stop \`pnpm start\` first, or point DATABASE_URL at it).

  --kind <KIND>       ${Object.values(ImportKind).join(' | ')}
  --format <FORMAT>   CSV | XLSX (default: from the file extension)
  --dry-run           validate and report; write nothing
  --allow-partial     write the valid rows even when some rows are invalid
  --user <username>   record the import under this login (HR, or INTEGRATION with archive:import);
                      default: the system
  --json              print the report as JSON

Exit code: 0 imported (or a clean dry run), 1 rows rejected or the file refused, 2 usage error.
Formats and columns: docs/import.md.`;

class UsageError extends Error {}

interface CliOptions {
  kind: ImportKind;
  format: ImportFormat;
  path: string;
  dryRun: boolean;
  allowPartial: boolean;
  user?: string;
  json: boolean;
}

export function parseCliArgs(argv: string[], cwd: string): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      format: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'allow-partial': { type: 'boolean', default: false },
      user: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) throw new UsageError('');
  const kind = values.kind?.toUpperCase();
  if (!kind || !(Object.values(ImportKind) as string[]).includes(kind)) {
    throw new UsageError(`--kind must be one of ${Object.values(ImportKind).join(', ')}`);
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one file to import');
  const path = isAbsolute(positionals[0]!) ? positionals[0]! : resolve(cwd, positionals[0]!);
  const extension = extname(path).toLowerCase();
  const format = (values.format?.toUpperCase() ??
    (extension === '.xlsx'
      ? 'XLSX'
      : extension === '.csv' || extension === '.txt'
        ? 'CSV'
        : '')) as ImportFormat;
  if (!(Object.values(ImportFormat) as string[]).includes(format)) {
    throw new UsageError('--format must be CSV or XLSX (it cannot be told from the file extension)');
  }
  return {
    kind: kind as ImportKind,
    format,
    path,
    dryRun: values['dry-run'] ?? false,
    allowPartial: values['allow-partial'] ?? false,
    ...(values.user ? { user: values.user } : {}),
    json: values.json ?? false,
  };
}

export function renderReport(report: ImportReport): string {
  const outcome = report.dryRun
    ? 'DRY RUN (nothing written)'
    : report.committed
      ? 'IMPORTED'
      : 'REJECTED (nothing written)';
  const lines = [
    `${outcome}: ${report.kind} from ${report.format}, ${report.totalRows} rows, sha256 ${report.checksum}`,
    `  inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected}`,
  ];
  if (report.ignoredColumns.length) lines.push(`  ignored columns: ${report.ignoredColumns.join(', ')}`);
  for (const problem of report.errors) lines.push(`  ${formatProblem(problem)}`);
  if (report.errorCount > report.errors.length)
    lines.push(`  … and ${report.errorCount - report.errors.length} more`);
  return lines.join('\n');
}

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = { env: process.env, out: (t) => console.log(t), err: (t) => console.error(t) };

/** The CLI without process.exit: returns the exit code (tests call it in-process). */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let options: CliOptions;
  try {
    // pnpm runs scripts in the package folder; INIT_CWD is where the operator typed the command.
    options = parseCliArgs(argv, io.env.INIT_CWD ?? process.cwd());
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      if (error instanceof Error && error.message) io.err(`talentloop import: ${error.message}\n`);
      else {
        io.out(USAGE); // --help
        return 0;
      }
      io.err(USAGE);
      return 2;
    }
    throw error;
  }
  let size: number;
  try {
    size = statSync(options.path).size;
  } catch {
    io.err(`talentloop import: cannot read ${options.path}`);
    return 1;
  }
  if (size > MAX_FILE_BYTES) {
    io.err(
      `talentloop import: ${options.path} is ${(size / 1024 / 1024).toFixed(1)} MB; the import limit is ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)} MB — split it into smaller files`,
    );
    return 1;
  }
  const content = new Uint8Array(readFileSync(options.path));

  const config = loadConfig(io.env);
  const db = await startDatabase(config);
  const orm = await initOrm(db.url, { pool: { min: 0, max: 2 } });
  try {
    registerScopeFilter(orm);
    const em = orm.em.fork();
    // Without --user the rows are the operator's CLI run, attributed as such.
    setAuditActor(em, systemActor('import-cli'));
    let viewer: Viewer | null = null;
    let scope: ScopeParams = { kind: 'all' };
    if (options.user) {
      viewer = await viewerForUser(em, options.user);
      if (!viewer) {
        io.err(`talentloop import: no active login "${options.user}"`);
        return 1;
      }
      scope = await resolveScope(importScopeFor(viewer), em);
    }
    const report = await runImport(em, { viewer, scope, channel: 'cli' }, { ...options, content });
    io.out(options.json ? JSON.stringify(report, null, 2) : renderReport(report));
    return report.errorCount > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof GraphQLError) {
      io.err(`talentloop import: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await orm.close(true);
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // Operator-facing: one line, no stack, for the errors we expect (configuration, connection).
      if (error instanceof ConfigError || error instanceof DatabaseStartError)
        console.error(`talentloop import: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}
