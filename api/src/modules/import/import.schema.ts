import { quarterStart, RATING_SCALE, scoreReview, type Rating } from '@talentloop/rules';
import { z } from 'zod';
import { ImportKind } from './import.headers';
import type { Cell } from './import.parser';

/*
 * Row validation, one zod schema per import kind. Cells arrive as CSV text or XLSX values
 * (numbers, Dates); each field first normalises its cell (z.preprocess) into the shape the
 * validator checks, so a message can name the field and, where it helps, the offending value.
 * Issue paths are the canonical column names, which become `field` in the import report.
 */

// ------------------------------------------------------------------ cell normalisation

/** What old spreadsheets write in a cell that has no value. */
const EMPTY_MARKERS = new Set(['', '-', '--', '—', '/', 'n/a', 'na', 'null', '无', '暂无']);

function blank(cell: unknown): boolean {
  return (
    cell === undefined ||
    cell === null ||
    (typeof cell === 'string' && EMPTY_MARKERS.has(cell.trim().toLowerCase()))
  );
}

function pad2(n: number | string): string {
  return String(n).padStart(2, '0');
}

/** A Date from exceljs is the cell's calendar value at UTC midnight. */
function utcDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

function toText(cell: unknown): unknown {
  if (blank(cell)) return undefined;
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date) return utcDay(cell);
  return typeof cell === 'string' ? cell.trim() : cell;
}

/** '1,234.5' / ' 12.5% ' → number; anything unparseable is passed on for zod to reject. */
function toNumber(cell: unknown): unknown {
  if (blank(cell)) return undefined;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') {
    const text = cell.trim().replace(/[,\s]/g, '').replace(/%$/, '');
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return Number(text);
    return cell.trim();
  }
  return cell;
}

/** 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYY年M月D日', 'YYYYMMDD' or an XLSX date → 'YYYY-MM-DD'. */
function toIsoDate(cell: unknown): unknown {
  if (blank(cell)) return undefined;
  if (cell instanceof Date) return utcDay(cell);
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  // An ISO timestamp at midnight, as some exports write dates.
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.exec(text);
  if (stamp) return stamp[1];
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}` : text;
}

/** 'YYYY-MM', 'YYYY/M', 'YYYY年M月', 'YYYYMM', 'YYYY-MM-01' or an XLSX date on the 1st → 'YYYY-MM'. */
function toMonth(cell: unknown): unknown {
  if (blank(cell)) return undefined;
  if (cell instanceof Date) {
    const day = utcDay(cell);
    return day.endsWith('-01') ? day.slice(0, 7) : day;
  }
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : undefined;
  if (text === undefined) return cell;
  const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (m) return `${m[1]}-${pad2(m[2]!)}`;
  const first = /^(\d{4})[-/.](\d{1,2})[-/.]0?1$/.exec(text);
  if (first) return `${first[1]}-${pad2(first[2]!)}`;
  return text;
}

/** '2025-Q1', '2025Q1', '2025 q1', '2025年第1季度', '2025年Q1' → '2025-Q1'. */
function toPeriod(cell: unknown): unknown {
  if (blank(cell)) return undefined;
  if (typeof cell !== 'string') return cell;
  const text = cell.trim();
  const m = /^(\d{4})\s*[-年]?\s*(?:[Qq]|第)\s*([1-4一二三四])\s*(?:季度)?$/.exec(text);
  if (!m) return text;
  const quarter = '一二三四'.indexOf(m[2]!) + 1 || Number(m[2]);
  return `${m[1]}-Q${quarter}`;
}

const STATUS_WORDS: Record<string, string> = {
  enrolled: 'ENROLLED',
  已报名: 'ENROLLED',
  报名: 'ENROLLED',
  在学: 'ENROLLED',
  学习中: 'ENROLLED',
  进行中: 'ENROLLED',
  completed: 'COMPLETED',
  已完成: 'COMPLETED',
  完成: 'COMPLETED',
  已结业: 'COMPLETED',
  通过: 'COMPLETED',
  已通过: 'COMPLETED',
  合格: 'COMPLETED',
  failed: 'FAILED',
  未通过: 'FAILED',
  不合格: 'FAILED',
  不及格: 'FAILED',
  withdrawn: 'WITHDRAWN',
  已退出: 'WITHDRAWN',
  退出: 'WITHDRAWN',
  退课: 'WITHDRAWN',
  已退课: 'WITHDRAWN',
  已取消: 'WITHDRAWN',
  取消: 'WITHDRAWN',
};

function toStatus(cell: unknown): unknown {
  const text = toText(cell);
  return typeof text === 'string' ? (STATUS_WORDS[text.toLowerCase()] ?? text) : text;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '自愿', '自主', 't', '√']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '指派', '必修', 'f', '×']);

function toBoolean(cell: unknown): unknown {
  if (typeof cell === 'boolean') return cell;
  const text = toText(cell);
  if (typeof text !== 'string') return text;
  if (TRUE_WORDS.has(text.toLowerCase())) return true;
  if (FALSE_WORDS.has(text.toLowerCase())) return false;
  return text;
}

// ------------------------------------------------------------------ field validators

const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what} (got "${String(issue.input)}")`;

const decimals = (places: number) => (n: number) =>
  Math.abs(n * 10 ** places - Math.round(n * 10 ** places)) < 1e-6;

/** A bounded decimal; the message names the range and the offending value. */
function bounded(min: number, max: number, places: number) {
  const range = `must be between ${min} and ${max}`;
  return z
    .number({ error: required('a number') })
    .refine(Number.isFinite, 'must be a finite number')
    .refine((n) => n >= min && n <= max, {
      error: (issue) => `${range} (got ${String(issue.input)})`,
      params: { code: 'OUT_OF_RANGE', min, max },
    })
    .refine(decimals(places), {
      message: `must have at most ${places} decimal place${places === 1 ? '' : 's'}`,
      params: { code: 'TOO_MANY_DECIMALS', max: places },
    })
    .transform((n) => Math.round(n * 10 ** places) / 10 ** places);
}

const text = (max: number) =>
  z.preprocess(
    toText,
    z
      .string({ error: required('text') })
      .min(1, 'is required')
      .max(max, `must be at most ${max} characters`),
  );

const optionalText = (max: number) =>
  z.preprocess(
    toText,
    z
      .string({ error: required('text') })
      .max(max, `must be at most ${max} characters`)
      .optional(),
  );

function realDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && utcDay(date) === iso;
}

const isoDate = z
  .string({ error: required('a date (YYYY-MM-DD)') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `must be a date YYYY-MM-DD (got "${String(issue.input)}")`,
  })
  .refine(realDate, {
    error: (issue) => `is not a calendar date (got "${String(issue.input)}")`,
    params: { code: 'INVALID_DATE' },
  })
  .refine((d) => d >= '1990-01-01', {
    message: 'must not be before 1990-01-01',
    params: { code: 'TOO_EARLY', min: '1990-01-01' },
  });

/** Today (UTC), read per validation: history cannot be dated after it. */
const today = () => new Date().toISOString().slice(0, 10);

const date = z.preprocess(toIsoDate, isoDate);
const pastDate = isoDate.refine((d) => d <= today(), {
  error: (issue) => `must not be in the future (got ${String(issue.input)})`,
  params: { code: 'IN_FUTURE' },
});
const optionalPastDate = z.preprocess(toIsoDate, pastDate.optional());

const score = z.preprocess(toNumber, bounded(0, 100, 2));
const optionalScore = z.preprocess(toNumber, bounded(0, 100, 2).optional());

// ------------------------------------------------------------------ one schema per kind

export const KpiRowSchema = z
  .object({
    employee_no: optionalText(64),
    production_line: optionalText(64),
    department_code: optionalText(64),
    kpi: text(64),
    month: z.preprocess(
      toMonth,
      z
        .string({ error: required('a month YYYY-MM') })
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
          error: (issue) => `must be a month YYYY-MM (got "${String(issue.input)}")`,
        })
        .refine((m) => m >= '1990-01', {
          message: 'must not be before 1990-01',
          params: { code: 'TOO_EARLY', min: '1990-01' },
        })
        .refine((m) => m <= today().slice(0, 7), {
          error: (issue) => `must not be in the future (got ${String(issue.input)})`,
          params: { code: 'IN_FUTURE' },
        })
        .transform((m) => `${m}-01`),
    ),
    value: z.preprocess(toNumber, bounded(-1e12, 1e12, 6)),
    source_system: optionalText(40),
  })
  .superRefine((row, ctx) => {
    if (!row.employee_no === !row.production_line) {
      ctx.addIssue({
        code: 'custom',
        path: ['employee_no'],
        message: row.employee_no
          ? 'give employee_no or production_line, not both'
          : 'employee_no or production_line is required',
        params: { code: row.employee_no ? 'EMPLOYEE_OR_LINE_NOT_BOTH' : 'EMPLOYEE_OR_LINE_REQUIRED' },
      });
    }
  });

export const ENROLLMENT_STATUSES = ['ENROLLED', 'COMPLETED', 'FAILED', 'WITHDRAWN'] as const;

export const EnrollmentRowSchema = z
  .object({
    employee_no: text(64),
    course_code: text(64),
    status: z.preprocess(
      toStatus,
      z.enum(ENROLLMENT_STATUSES, { error: required(`one of ${ENROLLMENT_STATUSES.join(', ')}`) }),
    ),
    enrolled_on: date,
    completed_on: optionalPastDate,
    hours: z.preprocess(toNumber, bounded(0, 1000, 1).optional()),
    exam_score: optionalScore,
    practice_score: optionalScore,
    voluntary: z.preprocess(
      toBoolean,
      z.boolean({ error: required('yes or no (true/false, 1/0, 是/否)') }).optional(),
    ),
    attempt: z.preprocess(
      toNumber,
      z
        .number({ error: required('a whole number') })
        .int('must be a whole number')
        .min(1, 'must be between 1 and 20')
        .max(20, 'must be between 1 and 20')
        .optional(),
    ),
  })
  .superRefine((row, ctx) => {
    const done = row.status === 'COMPLETED' || row.status === 'FAILED';
    if (done && !row.completed_on) {
      ctx.addIssue({
        code: 'custom',
        path: ['completed_on'],
        message: `is required when status is ${row.status}`,
        params: { code: 'REQUIRED_FOR_STATUS', value: row.status },
      });
    }
    if (!done && row.completed_on) {
      ctx.addIssue({
        code: 'custom',
        path: ['completed_on'],
        message: `must be empty when status is ${row.status}`,
        params: { code: 'EMPTY_FOR_STATUS', value: row.status },
      });
    }
    if (row.completed_on && row.enrolled_on && row.completed_on < row.enrolled_on) {
      ctx.addIssue({
        code: 'custom',
        path: ['completed_on'],
        message: `must not be before enrolled_on (${row.enrolled_on})`,
        params: { code: 'BEFORE_ENROLLED_ON', value: row.enrolled_on },
      });
    }
  });

/** Best first, as HR writes them. */
export const RATINGS = [...RATING_SCALE].reverse() as [Rating, ...Rating[]];

export const ReviewRowSchema = z
  .object({
    employee_no: text(64),
    period: z.preprocess(
      toPeriod,
      z
        .string({ error: required('a quarter YYYY-Qn') })
        .regex(/^\d{4}-Q[1-4]$/, {
          error: (issue) => `must be a quarter YYYY-Qn, e.g. 2025-Q3 (got "${String(issue.input)}")`,
        })
        .refine((p) => p >= '1990', 'must not be before 1990')
        .refine((p) => quarterStart(p) <= today(), {
          error: (issue) => `must not be a future quarter (got ${String(issue.input)})`,
        }),
    ),
    base_score: score,
    training_adjustment: z.preprocess(toNumber, bounded(-100, 100, 2).optional()),
    final_score: optionalScore,
    // Optional: the rating follows from the final score (ratingFor); a stated one must agree.
    rating: z.preprocess(
      (cell) => {
        const t = toText(cell);
        return typeof t === 'string' ? t.toUpperCase() : t;
      },
      z.enum(RATINGS, { error: `must be one of ${RATINGS.join(', ')}` }).optional(),
    ),
    reviewer_no: optionalText(64),
  })
  .superRefine((row, ctx) => {
    if (row.base_score === undefined) return;
    // The same scoring as the review mutation and the training adjustment (@talentloop/rules).
    const expected = scoreReview(row.base_score, row.training_adjustment ?? 0);
    if (row.final_score !== undefined && Math.abs(row.final_score - expected.finalScore) > 0.005) {
      ctx.addIssue({
        code: 'custom',
        path: ['final_score'],
        message: `must equal base_score + training_adjustment, clamped to 0–100 (${expected.finalScore}), got ${row.final_score}`,
        params: { code: 'FINAL_SCORE_MISMATCH', expected: expected.finalScore, value: row.final_score },
      });
    } else if (row.rating !== undefined && row.rating !== expected.rating) {
      ctx.addIssue({
        code: 'custom',
        path: ['rating'],
        message: `must be ${expected.rating} for final score ${expected.finalScore}, got ${row.rating}`,
        params: { code: 'RATING_MISMATCH', expected: expected.rating, value: row.rating },
      });
    }
  });

export type KpiRow = z.output<typeof KpiRowSchema>;
export type EnrollmentRow = z.output<typeof EnrollmentRowSchema>;
export type ReviewRow = z.output<typeof ReviewRowSchema>;

export const ROW_SCHEMAS = {
  [ImportKind.KPI_OBSERVATIONS]: KpiRowSchema,
  [ImportKind.ENROLLMENTS]: EnrollmentRowSchema,
  [ImportKind.PERFORMANCE_REVIEWS]: ReviewRowSchema,
} as const;

export interface RowProblem {
  /** Row number as the user sees it (the header is row 1). */
  row: number;
  /** Canonical column name; '' for a problem of the whole row. */
  field: string;
  message: string;
  /** Machine-readable problem (ImportProblemCode) for clients that word it themselves. */
  code?: string;
  /** The values the problem names (min, max, expected, value …). */
  values?: Record<string, string | number | null>;
}

/** A zod issue as a problem code and its values (custom issues carry theirs in params). */
function issueCode(issue: z.core.$ZodIssue): Pick<RowProblem, 'code' | 'values'> {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { code: 'REQUIRED' };
      return {
        code:
          issue.expected === 'number' ? 'NOT_A_NUMBER' : issue.expected === 'string' ? 'NOT_TEXT' : 'INVALID',
        values: { value: String(input) },
      };
    case 'too_small':
      return { code: 'REQUIRED' };
    case 'too_big':
      return { code: 'TOO_LONG', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: 'INVALID_DATE', values: { value: input === undefined ? null : String(input) } };
    case 'invalid_value':
      return {
        code: 'INVALID_CHOICE',
        values: {
          value: input === undefined ? null : String(input),
          options: issue.values.map(String).join(', '),
        },
      };
    case 'custom': {
      const { code = 'INVALID', ...values } = (issue.params ?? {}) as Record<string, string | number | null>;
      // A cell's own value when the issue is about one cell (row-level checks name theirs).
      const cell: Record<string, string | number> =
        typeof input === 'string' || typeof input === 'number' ? { value: input } : {};
      return { code: String(code), values: { ...cell, ...values } };
    }
    default:
      return { code: 'INVALID' };
  }
}

/** `row 7, exam_score: must be between 0 and 100 (got 105)`. */
export function formatProblem(problem: RowProblem): string {
  return `row ${problem.row}${problem.field ? `, ${problem.field}` : ''}: ${problem.message}`;
}

/** Validates one row's cells (already keyed by canonical column) against its kind's schema. */
export function validateRow<K extends ImportKind>(
  kind: K,
  row: number,
  values: Record<string, Cell>,
): { ok: true; value: z.output<(typeof ROW_SCHEMAS)[K]> } | { ok: false; problems: RowProblem[] } {
  const result = ROW_SCHEMAS[kind].safeParse(values, { reportInput: true });
  if (result.success) return { ok: true, value: result.data as z.output<(typeof ROW_SCHEMAS)[K]> };
  // One message per field: the first issue is the most basic one (type before range).
  const byField = new Map<string, RowProblem>();
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, { row, field, message: issue.message, ...issueCode(issue) });
  }
  return { ok: false, problems: [...byField.values()] };
}
