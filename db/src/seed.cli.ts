// pnpm db:seed -- --employees N --seed S [--force]
// Seeds the configured database (DATABASE_URL, else the embedded one in DATA_DIR) with the
// deterministic synthetic company. Operator errors print one line and exit 1, never a stack.
import { SingleBar } from 'cli-progress';
import { SeedError, seed } from '../seed/index';
import { parseSeedArgs, UsageError } from '../seed/args';
import { ConfigError, loadConfig } from './config';
import { DatabaseStartError, startDatabase } from './embedded';
import { migrate } from './migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseSeedArgs(process.argv.slice(2), { employees: config.SEED_EMPLOYEES, seed: config.SEED });
  const started = performance.now();
  const db = await startDatabase(config);
  try {
    await migrate(db.url);
    const tty = process.stdout.isTTY;
    const bar = tty
      ? new SingleBar({
          format: 'seeding [{bar}] {percentage}% | {value}/{total} employees | {phase}',
          hideCursor: true,
        })
      : null;
    let lastPhase = '';
    let lastLogged = 0;
    // Wall time per phase, for docs/scale.md and for spotting where a slow load spends its time.
    const phases: [string, number][] = [];
    bar?.start(args.employees, 0, { phase: 'starting' });
    const summary = await seed(db.url, {
      employees: args.employees,
      seed: args.seed,
      reset: args.force,
      onProgress: (done, total, phase) => {
        if (bar) bar.update(done, { phase });
        else if (phase !== lastPhase || done - lastLogged >= total / 10) {
          console.log(`seeding: ${phase} ${done}/${total}`);
          lastLogged = done;
        }
        if (phase !== lastPhase) phases.push([phase, performance.now()]);
        lastPhase = phase;
      },
    });
    bar?.stop();
    const width = Math.max(...Object.keys(summary.counts).map((t) => t.length));
    let total = 0;
    for (const [table, n] of Object.entries(summary.counts)) {
      console.log(`  ${table.padEnd(width)}  ${n.toLocaleString('en-US').padStart(10)}`);
      total += n;
    }
    const end = performance.now();
    const timings = phases.map(
      ([phase, at], i) => `${phase} ${(((phases[i + 1]?.[1] ?? end) - at) / 1000).toFixed(1)} s`,
    );
    console.log(`  phases: ${timings.join(', ')}`);
    const seconds = ((end - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${summary.employees} employees (seed ${summary.seed}, ${summary.method === 'copy' ? 'COPY' : 'INSERT batches'}): ` +
        `${total.toLocaleString('en-US')} rows in ${seconds} s.`,
    );
  } finally {
    await db.close();
  }
}

const isOperatorError = (e: unknown): e is Error =>
  e instanceof UsageError ||
  e instanceof SeedError ||
  e instanceof ConfigError ||
  e instanceof DatabaseStartError;

main().catch((error: unknown) => {
  if (isOperatorError(error)) console.error(`db:seed: ${error.message}`);
  else
    console.error(`db:seed failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exitCode = 1;
});
