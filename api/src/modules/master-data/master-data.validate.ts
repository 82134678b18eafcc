import type { RowReport } from './master-data.sync';

// Per-row checks of synced values. Each returns the normalised value, `undefined` when the
// field was not sent (keep the stored value), or reports a BAD_USER_INPUT naming the field.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day 'YYYY-MM-DD'. */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  // Years PostgreSQL and people agree on (there is no year 0 in PostgreSQL's calendar).
  if (!m || Number(m[1]) < 1900 || Number(m[1]) > 2200) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

export function text(
  r: RowReport,
  name: string,
  value: string | null | undefined,
  options: { required?: boolean; max?: number } = {},
): string | undefined {
  if (value == null) {
    if (options.required) r.bad(name, 'is required for a new row');
    return undefined;
  }
  const trimmed = value.trim();
  const max = options.max ?? 200;
  if (!trimmed || trimmed.length > max) r.bad(name, `must be 1–${max} characters`);
  return trimmed;
}

/** Optional free text: empty clears it (null). */
export function optionalText(r: RowReport, name: string, value: string | null | undefined, max = 2000) {
  if (value === undefined) return undefined;
  if (value === null || !value.trim()) return null;
  if (value.length > max) r.bad(name, `must be at most ${max} characters`);
  return value.trim();
}

export function day(
  r: RowReport,
  name: string,
  value: string | null | undefined,
  required = false,
): string | undefined {
  if (value == null) {
    if (required) r.bad(name, 'is required for a new row');
    return undefined;
  }
  if (!isDay(value)) r.bad(name, "must be a calendar day 'YYYY-MM-DD' (1900–2200)");
  return value;
}

export function number(
  r: RowReport,
  name: string,
  value: number | null | undefined,
  range: { min: number; max: number; integer?: boolean; required?: boolean },
): number | undefined {
  if (value == null) {
    if (range.required) r.bad(name, 'is required for a new row');
    return undefined;
  }
  if (
    !Number.isFinite(value) ||
    value < range.min ||
    value > range.max ||
    (range.integer && !Number.isInteger(value))
  )
    r.bad(name, `must be ${range.integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}`);
  return value;
}

const MONEY = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** Money as the column stores it ('1200.00'): compared as text, never through a float. */
export function money(r: RowReport, name: string, value: string | null | undefined, required = false) {
  if (value == null) {
    if (required) r.bad(name, 'is required for a new row');
    return undefined;
  }
  const m = MONEY.exec(value);
  if (!m) {
    r.bad(name, 'must be a non-negative amount with at most 2 decimals, e.g. "1280.50"');
    return undefined;
  }
  return `${BigInt(m[1]!).toString()}.${(m[2] ?? '').padEnd(2, '0')}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function email(r: RowReport, name: string, value: string | null | undefined) {
  const v = optionalText(r, name, value, 254);
  if (v && !EMAIL.test(v)) r.bad(name, 'must be an e-mail address');
  return v;
}

export function required<T>(
  r: RowReport,
  name: string,
  value: T | undefined,
  existing: unknown,
): T | undefined {
  if (value === undefined && !existing) r.bad(name, 'is required for a new row');
  return value;
}
