// Command-line arguments of `pnpm db:seed` (db/src/seed.cli.ts), parsed without side effects
// so they can be unit-tested.
import { MIN_EMPLOYEES } from './truth';

export interface SeedArgs {
  employees: number;
  seed: number;
  force: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE = 'usage: pnpm db:seed -- [--employees N] [--seed S] [--force]';

/** Parses argv (after the script name). Defaults come from SEED_EMPLOYEES / SEED. */
export function parseSeedArgs(argv: string[], defaults: { employees: number; seed: number }): SeedArgs {
  const args: SeedArgs = { employees: defaults.employees, seed: defaults.seed, force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--employees': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError('--employees must be a positive integer');
        if (Number(v) < MIN_EMPLOYEES) throw new UsageError(`--employees must be at least ${MIN_EMPLOYEES}`);
        if (Number(v) > 1_000_000) throw new UsageError('--employees must be at most 1000000');
        args.employees = Number(v);
        break;
      }
      case '--seed': {
        const v = value();
        if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(Number(v)))
          throw new UsageError('--seed must be an integer');
        args.seed = Number(v);
        break;
      }
      case '--force':
      case '--reset':
        args.force = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`unknown argument ${arg}. ${USAGE}`);
    }
  }
  return args;
}
