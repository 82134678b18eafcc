import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Course,
  Department,
  Employee,
  Enrollment,
  EnrollmentStatus,
  KpiDefinition,
  PerformanceReview,
} from '@talentloop/db/entities';
import { resolveScope, SCOPE_FILTER, type ScopeParams } from '../../auth/scope.filter';
import { Role, type Viewer } from '../../auth/viewer';
import { badInput, forbidden } from '../../common/errors';
import { recordAudit } from '../audit/audit.service';
import { COLUMNS, ImportKind, mapHeaders } from './import.headers';
import { FileFormatError, ImportFormat, parseFile, type Cell, type ParsedRow } from './import.parser';
import { quarterStart, scoreReview } from '@talentloop/rules';
import {
  validateRow,
  type EnrollmentRow,
  type KpiRow,
  type ReviewRow,
  type RowProblem,
} from './import.schema';

/**
 * Integration scope that lets an API client (a migration tool, an old HR system) import
 * archives. HR may always import; no other role may.
 */
export const IMPORT_SCOPE = 'archive:import';

/**
 * Largest file accepted (decoded bytes). Base64 adds a third, so the largest request stays
 * under the HTTP body limit of api/src/server.ts (5 MB); one file is one transaction.
 */
export const MAX_FILE_BYTES = 3 * 1024 * 1024;

/** The report lists this many problems at most (errorCount has the full number). */
export const MAX_REPORTED_ERRORS = 1000;

export interface ImportRequest {
  kind: ImportKind;
  format: ImportFormat;
  content: Uint8Array;
  /** Validate and report what would happen; write nothing. */
  dryRun: boolean;
  /** false (default): any invalid row → nothing is written. true: valid rows are written, invalid ones rejected. */
  allowPartial: boolean;
}

export interface ImportActor {
  /** The login recorded in the audit log; null = the system (operator CLI without --user). */
  viewer: Viewer | null;
  /** Rows the actor may write (the same ScopeParams the ORM filter uses), already resolved. */
  scope: ScopeParams;
  /** Where the import came from, for the audit entry. */
  channel: 'graphql' | 'cli';
}

export interface ImportReport {
  kind: ImportKind;
  format: ImportFormat;
  dryRun: boolean;
  /** True when the rows were written (the transaction committed). */
  committed: boolean;
  /** SHA-256 of the file's bytes (hex), also stored in the audit log. */
  checksum: string;
  totalRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errorCount: number;
  errors: RowProblem[];
  /** Headers no column of this kind accepts; their cells were not imported. */
  ignoredColumns: string[];
}

// ------------------------------------------------------------------ entry points

/** Who may import, and which rows: HR everything; INTEGRATION with the import scope, its departmentId subtree or everything. */
export function importScopeFor(viewer: Viewer | null): ScopeParams {
  if (viewer?.role === Role.HR) return { kind: 'all' };
  if (viewer?.role === Role.INTEGRATION && viewer.scopes.includes(IMPORT_SCOPE)) {
    return viewer.departmentId === null
      ? { kind: 'all' }
      : { kind: 'subtree', departmentId: viewer.departmentId };
  }
  throw forbidden(`Only HR, or an integration token with the ${IMPORT_SCOPE} scope, may import archives`);
}

/** Base64 (optionally a data: URL) → bytes, refusing oversized or malformed content with the field named. */
export function decodeBase64(content: string, field = 'input.contentBase64'): Uint8Array {
  const body = content.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (body.length === 0) throw badInput({ field, message: 'the file is empty' });
  const approxBytes = Math.floor((body.length * 3) / 4);
  if (approxBytes > MAX_FILE_BYTES) throw tooLarge(approxBytes, field);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 === 1) {
    throw badInput({ field, message: 'is not valid base64' });
  }
  return new Uint8Array(Buffer.from(body, 'base64'));
}

function tooLarge(bytes: number, field: string) {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return badInput({
    field,
    message: `the file is ${mb(bytes)}; the import limit is ${mb(MAX_FILE_BYTES)} — split it into smaller files`,
  });
}

/** The GraphQL mutation's work: authorise, decode, import. */
export async function importArchive(
  em: EntityManager,
  viewer: Viewer | null,
  input: {
    kind: ImportKind;
    format: ImportFormat;
    contentBase64: string;
    dryRun?: boolean | null;
    allowPartial?: boolean | null;
  },
): Promise<ImportReport> {
  const scope = await resolveScope(importScopeFor(viewer), em);
  const content = decodeBase64(input.contentBase64);
  return runImport(
    em,
    { viewer, scope, channel: 'graphql' },
    {
      kind: input.kind,
      format: input.format,
      content,
      dryRun: !!input.dryRun,
      allowPartial: !!input.allowPartial,
    },
  );
}

// ------------------------------------------------------------------ the import

interface ValidRow<T> {
  row: number;
  value: T;
}

/** What one kind's handler decided, before anything is written. */
interface Plan {
  problems: RowProblem[];
  inserted: number;
  updated: number;
  unchanged: number;
  /** Writes the inserts and updates of rows without problems (in the caller's transaction). */
  write(): Promise<void>;
}

interface HandlerContext<T> {
  tx: EntityManager;
  scope: ScopeParams;
  rows: ValidRow<T>[];
  /** Canonical columns present in the file: an absent column leaves stored values untouched. */
  columns: ReadonlySet<string>;
}

/**
 * Imports one file. Reads and writes happen in ONE transaction; with problems and
 * allowPartial=false nothing is written. Rows are matched on their natural key, so importing
 * the same file again reports every row unchanged and writes nothing but the audit entry.
 */
export async function runImport(
  em: EntityManager,
  actor: ImportActor,
  request: ImportRequest,
): Promise<ImportReport> {
  const { kind, format, content } = request;
  if (content.byteLength > MAX_FILE_BYTES) throw tooLarge(content.byteLength, 'input.contentBase64');
  const checksum = createHash('sha256').update(content).digest('hex');
  let sheet;
  try {
    sheet = await parseFile(format, content);
  } catch (error) {
    if (error instanceof FileFormatError)
      throw badInput({ field: 'input.contentBase64', message: error.message });
    throw error;
  }
  const base = {
    kind,
    format,
    dryRun: request.dryRun,
    checksum,
    totalRows: sheet.rows.length,
  };

  const mapping = mapHeaders(kind, sheet.headers);
  if (mapping.problems.length > 0) {
    const errors = mapping.problems.map((p) => ({ row: sheet.headerRow, ...p }));
    return {
      ...base,
      committed: false,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: sheet.rows.length,
      errorCount: errors.length,
      errors,
      ignoredColumns: mapping.ignored,
    };
  }
  const columns = new Set(mapping.byIndex.values());

  const problems: RowProblem[] = [];
  const valid: ValidRow<unknown>[] = [];
  for (const parsed of sheet.rows) {
    const result = validateRow(kind, parsed.row, cellsByColumn(parsed, mapping.byIndex));
    if (result.ok) valid.push({ row: parsed.row, value: result.value });
    else problems.push(...result.problems);
  }

  return em.transactional(async (tx) => {
    tx.setFilterParams(SCOPE_FILTER, actor.scope);
    if (!request.dryRun) {
      // Imports of one kind run one at a time: rows are matched on their natural keys and then
      // inserted or updated, which concurrent imports of the same file would race (the unique
      // constraints would turn the loser into an error rather than a clean "unchanged").
      await tx.execute('select pg_advisory_xact_lock(?, ?)', [
        0x1a1e,
        Object.values(ImportKind).indexOf(kind),
      ]);
    }
    const context = { tx, scope: actor.scope, rows: valid, columns } as unknown as HandlerContext<never>;
    const plan = await HANDLERS[kind](context);
    const allProblems = sortProblems(kind, [...problems, ...plan.problems]);
    const rejected = new Set(allProblems.map((p) => p.row)).size;
    const report = {
      ...base,
      rejected,
      errorCount: allProblems.length,
      errors: allProblems.slice(0, MAX_REPORTED_ERRORS),
      ignoredColumns: mapping.ignored,
    };
    if (request.dryRun) {
      return {
        ...report,
        committed: false,
        inserted: plan.inserted,
        updated: plan.updated,
        unchanged: plan.unchanged,
      };
    }
    if (allProblems.length > 0 && !request.allowPartial) {
      return { ...report, committed: false, inserted: 0, updated: 0, unchanged: 0 };
    }
    await plan.write();
    const counts = { inserted: plan.inserted, updated: plan.updated, unchanged: plan.unchanged, rejected };
    recordAudit(tx, actor.viewer, `import.${kind}`, 'Import', checksum, null, {
      kind,
      format,
      checksum,
      bytes: content.byteLength,
      rows: sheet.rows.length,
      ...counts,
      allowPartial: request.allowPartial,
      channel: actor.channel,
    });
    await tx.flush();
    return { ...report, committed: true, ...counts };
  });
}

function cellsByColumn(parsed: ParsedRow, byIndex: Map<number, string>): Record<string, Cell> {
  const values: Record<string, Cell> = {};
  for (const [index, name] of byIndex) values[name] = parsed.cells[index];
  return values;
}

function sortProblems(kind: ImportKind, problems: RowProblem[]): RowProblem[] {
  const order = new Map(COLUMNS[kind].map((c, i) => [c.name, i]));
  return problems.sort((a, b) => a.row - b.row || (order.get(a.field) ?? -1) - (order.get(b.field) ?? -1));
}

// ------------------------------------------------------------------ shared lookups

function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/**
 * employee_no → employee id, through the row-scope filter (only employees the importer may
 * write). Numbers that exist outside the scope are told apart from unknown ones.
 */
async function resolveEmployees(
  tx: EntityManager,
  numbers: string[],
): Promise<{ ids: Map<string, number>; outOfScope: Set<string> }> {
  const ids = new Map<string, number>();
  for (const part of chunks(unique(numbers))) {
    const found = await tx.find(Employee, { employeeNo: { $in: part } }, { fields: ['id', 'employeeNo'] });
    for (const e of found) ids.set(e.employeeNo, e.id);
  }
  const missing = unique(numbers).filter((n) => !ids.has(n));
  const outOfScope = new Set<string>();
  for (const part of chunks(missing)) {
    const hidden = await tx.find(
      Employee,
      { employeeNo: { $in: part } },
      { filters: false, fields: ['id', 'employeeNo'] },
    );
    for (const e of hidden) outOfScope.add(e.employeeNo);
  }
  return { ids, outOfScope };
}

function employeeProblem(row: number, field: string, no: string, outOfScope: Set<string>): RowProblem {
  return {
    row,
    field,
    message: outOfScope.has(no) ? `employee ${no} is outside your scope` : `unknown employee ${no}`,
    code: outOfScope.has(no) ? 'OUTSIDE_SCOPE' : 'UNKNOWN_EMPLOYEE',
    values: { value: no },
  };
}

/** Keeps the first row of each natural key; later rows with the same key are problems. */
function dedupe<T>(
  rows: ValidRow<T>[],
  key: (row: ValidRow<T>) => string | null,
  field: string,
  what: string,
) {
  const first = new Map<string, number>();
  const kept: ValidRow<T>[] = [];
  const problems: RowProblem[] = [];
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const earlier = first.get(k);
    if (earlier !== undefined) {
      problems.push({
        row: r.row,
        field,
        message: `duplicates row ${earlier} (same ${what})`,
        code: 'DUPLICATE_ROW',
        values: { value: earlier },
      });
      continue;
    }
    first.set(k, r.row);
    kept.push(r);
  }
  return { kept, problems };
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const sameNumber = (a: number | string | null | undefined, b: number | null | undefined, places: number) =>
  a === null || a === undefined || b === null || b === undefined
    ? a == b
    : round(Number(a), places) === round(b, places);

// ------------------------------------------------------------------ KPI observations

interface ExistingObservation {
  kpi_id: number;
  subject: string;
  month: string;
  value: string;
  source_system: string;
  department_id: number | null;
}

async function planKpiObservations({ tx, scope, rows }: HandlerContext<KpiRow>): Promise<Plan> {
  const problems: RowProblem[] = [];
  const kpis = await tx.find(KpiDefinition, {}, { fields: ['id', 'code', 'name'] });
  const kpiByKey = new Map<string, number>();
  for (const k of kpis) {
    kpiByKey.set(k.code.toUpperCase(), k.id);
    kpiByKey.set(k.name, k.id);
  }
  const { ids, outOfScope } = await resolveEmployees(
    tx,
    rows.flatMap((r) => (r.value.employee_no ? [r.value.employee_no] : [])),
  );

  // Departments of production lines: as given, or as already recorded for the line.
  const codes = unique(rows.flatMap((r) => (r.value.department_code ? [r.value.department_code] : [])));
  const departments = new Map<string, { id: number; path: string }>();
  for (const part of chunks(codes)) {
    for (const d of await tx.find(Department, { code: { $in: part } }, { fields: ['id', 'code', 'path'] })) {
      departments.set(d.code, { id: d.id, path: d.path });
    }
  }
  const lines = unique(rows.flatMap((r) => (r.value.production_line ? [r.value.production_line] : [])));
  const lineDepartment = new Map<string, { id: number; path: string }>();
  if (lines.length > 0) {
    const known = await tx.execute<{ production_line: string; id: number; path: string }[]>(
      `select distinct on (o.production_line) o.production_line, d.id, d.path
         from kpi_observation o join department d on d.id = o.department_id
        where o.production_line in (select jsonb_array_elements_text(?::jsonb))
        order by o.production_line, o.month desc`,
      [JSON.stringify(lines)],
    );
    for (const k of known) lineDepartment.set(k.production_line, { id: k.id, path: k.path });
  }

  interface Resolved extends ValidRow<KpiRow> {
    kpiId: number;
    employeeId: number | null;
    departmentId: number | null;
    subject: string;
  }
  const resolved: Resolved[] = [];
  for (const r of rows) {
    const v = r.value;
    const before = problems.length;
    const kpiId = kpiByKey.get(v.kpi.toUpperCase()) ?? kpiByKey.get(v.kpi);
    if (kpiId === undefined)
      problems.push({
        row: r.row,
        field: 'kpi',
        message: `unknown KPI ${v.kpi}`,
        code: 'UNKNOWN_KPI',
        values: { value: v.kpi },
      });
    let employeeId: number | null = null;
    let department: { id: number; path: string } | undefined;
    if (v.employee_no) {
      employeeId = ids.get(v.employee_no) ?? null;
      if (employeeId === null)
        problems.push(employeeProblem(r.row, 'employee_no', v.employee_no, outOfScope));
    } else if (v.production_line) {
      if (v.department_code) {
        department = departments.get(v.department_code);
        if (!department)
          problems.push({
            row: r.row,
            field: 'department_code',
            message: `unknown department ${v.department_code}`,
            code: 'UNKNOWN_DEPARTMENT',
            values: { value: v.department_code },
          });
      } else {
        department = lineDepartment.get(v.production_line);
        if (!department) {
          problems.push({
            row: r.row,
            field: 'department_code',
            message: `is required the first time production line ${v.production_line} is imported`,
            code: 'REQUIRED_FOR_NEW_LINE',
            values: { value: v.production_line },
          });
        }
      }
      if (
        department &&
        scope.kind === 'subtree' &&
        !department.path.startsWith(scope.departmentPath ?? '\0')
      ) {
        problems.push({
          row: r.row,
          field: 'department_code',
          message: `production line ${v.production_line} belongs to a department outside your scope`,
          code: 'LINE_OUTSIDE_SCOPE',
          values: { value: v.production_line },
        });
      }
    }
    if (problems.length > before) continue;
    resolved.push({
      ...r,
      kpiId: kpiId!,
      employeeId,
      departmentId: v.department_code ? department!.id : null,
      subject: employeeId !== null ? `E:${employeeId}` : `L:${v.production_line}`,
    });
  }

  const { kept, problems: duplicates } = dedupe(
    resolved,
    (r) => `${(r as Resolved).kpiId}|${(r as Resolved).subject}|${r.value.month}`,
    'month',
    'subject, KPI and month',
  );
  problems.push(...duplicates);
  const unique_ = kept as Resolved[];

  const existing = new Map<string, ExistingObservation>();
  for (const part of chunks(unique_)) {
    const keys = part.map((r) => ({ kpi_id: r.kpiId, subject: r.subject, month: r.value.month }));
    const found = await tx.execute<ExistingObservation[]>(
      `select o.kpi_id, o.subject, o.month::text as month, o.value::text as value, o.source_system, o.department_id
         from kpi_observation o
         join jsonb_to_recordset(?::jsonb) as k(kpi_id int, subject text, month date)
           on o.kpi_id = k.kpi_id and o.subject = k.subject and o.month = k.month`,
      [JSON.stringify(keys)],
    );
    for (const f of found) existing.set(`${f.kpi_id}|${f.subject}|${f.month}`, f);
  }

  const writes: Record<string, unknown>[] = [];
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  for (const r of unique_) {
    const old = existing.get(`${r.kpiId}|${r.subject}|${r.value.month}`);
    // An empty or absent source_system keeps what is stored; new rows say where they came from.
    const source = r.value.source_system ?? old?.source_system ?? 'IMPORT';
    const departmentId =
      r.departmentId ??
      (r.employeeId === null ? (lineDepartment.get(r.value.production_line!)?.id ?? null) : null);
    if (old) {
      const same =
        sameNumber(old.value, r.value.value, 6) &&
        old.source_system === source &&
        (r.departmentId === null || old.department_id === r.departmentId);
      if (same) {
        unchanged++;
        continue;
      }
      updated++;
    } else {
      inserted++;
    }
    writes.push({
      kpi_id: r.kpiId,
      employee_id: r.employeeId,
      production_line: r.employeeId === null ? r.value.production_line : null,
      department_id: departmentId,
      month: r.value.month,
      value: r.value.value,
      source_system: source,
    });
  }

  return {
    problems,
    inserted,
    updated,
    unchanged,
    async write() {
      for (const part of chunks(writes)) {
        // SCHEMA.md's idempotent upsert; `subject` is generated, never inserted.
        await tx.execute(
          `insert into kpi_observation (kpi_id, employee_id, production_line, department_id, month, value, source_system)
           select kpi_id, employee_id, production_line, department_id, month, value, source_system
             from jsonb_to_recordset(?::jsonb) as r(kpi_id int, employee_id int, production_line text,
                                                    department_id int, month date, value numeric, source_system text)
           on conflict (kpi_id, subject, month) do update
             set value = excluded.value,
                 source_system = excluded.source_system,
                 department_id = coalesce(excluded.department_id, kpi_observation.department_id),
                 recorded_at = now()`,
          [JSON.stringify(part)],
        );
      }
    },
  };
}

// ------------------------------------------------------------------ enrollments

async function planEnrollments({ tx, rows, columns }: HandlerContext<EnrollmentRow>): Promise<Plan> {
  const problems: RowProblem[] = [];
  const { ids, outOfScope } = await resolveEmployees(
    tx,
    rows.map((r) => r.value.employee_no),
  );
  const codes = unique(rows.flatMap((r) => [r.value.course_code, r.value.course_code.toUpperCase()]));
  const courses = new Map<string, number>();
  const nominalHours = new Map<number, number>();
  for (const part of chunks(codes)) {
    for (const c of await tx.find(Course, { code: { $in: part } }, { fields: ['id', 'code', 'hours'] })) {
      courses.set(c.code, c.id);
      nominalHours.set(c.id, Number(c.hours));
    }
  }

  interface Resolved extends ValidRow<EnrollmentRow> {
    employeeId: number;
    courseId: number;
  }
  const resolved: Resolved[] = [];
  for (const r of rows) {
    const v = r.value;
    const employeeId = ids.get(v.employee_no);
    const courseId = courses.get(v.course_code) ?? courses.get(v.course_code.toUpperCase());
    if (employeeId === undefined)
      problems.push(employeeProblem(r.row, 'employee_no', v.employee_no, outOfScope));
    if (courseId === undefined)
      problems.push({
        row: r.row,
        field: 'course_code',
        message: `unknown course ${v.course_code}`,
        code: 'UNKNOWN_COURSE',
        values: { value: v.course_code },
      });
    if (employeeId !== undefined && courseId !== undefined) resolved.push({ ...r, employeeId, courseId });
  }
  const pairKey = (r: Resolved) => `${r.employeeId}|${r.courseId}`;
  const { kept, problems: duplicates } = dedupe(
    resolved,
    (r) => `${pairKey(r as Resolved)}|${r.value.enrolled_on}`,
    'enrolled_on',
    'employee, course and enrolled_on',
  );
  problems.push(...duplicates);
  const keptRows = kept as Resolved[];

  // Every stored attempt of the (employee, course) pairs in the file.
  const stored = new Map<string, Enrollment[]>();
  const courseIds = unique(keptRows.map((r) => r.courseId));
  for (const part of chunks(unique(keptRows.map((r) => r.employeeId)))) {
    const found = await tx.find(Enrollment, { employee: { $in: part }, course: { $in: courseIds } });
    for (const e of found) {
      const key = `${e.employee.id}|${e.course.id}`;
      stored.set(key, [...(stored.get(key) ?? []), e]);
    }
  }
  // Attempt numbers for new rows count the earlier attempts, stored or in this file.
  const datesByPair = new Map<string, Set<string>>();
  for (const r of keptRows) {
    const dates =
      datesByPair.get(pairKey(r)) ?? new Set((stored.get(pairKey(r)) ?? []).map((e) => e.enrolledOn));
    dates.add(r.value.enrolled_on);
    datesByPair.set(pairKey(r), dates);
  }

  const inserts: Resolved[] = [];
  const updates: { entity: Enrollment; changes: Partial<Enrollment> }[] = [];
  let unchanged = 0;
  const has = (column: string) => columns.has(column);
  for (const r of keptRows) {
    const v = r.value;
    const matches = (stored.get(pairKey(r)) ?? []).filter((e) => e.enrolledOn === v.enrolled_on);
    if (matches.length > 1) {
      problems.push({
        row: r.row,
        field: 'enrolled_on',
        message: `matches ${matches.length} stored enrollments of this employee in this course on ${v.enrolled_on}; cannot tell which to update`,
        code: 'AMBIGUOUS_ENROLLMENT',
        values: { value: matches.length },
      });
      continue;
    }
    const old = matches[0];
    if (!old) {
      inserts.push(r);
      continue;
    }
    // Absent column → keep the stored value; empty cell in a nullable column → clear it.
    const changes: Partial<Enrollment> = {};
    if (old.status !== (v.status as EnrollmentStatus)) changes.status = v.status as EnrollmentStatus;
    if (has('completed_on') && (old.completedOn ?? null) !== (v.completed_on ?? null))
      changes.completedOn = v.completed_on ?? null;
    if (v.hours !== undefined && !sameNumber(old.hours, v.hours, 1)) changes.hours = v.hours;
    if (has('exam_score') && !sameNumber(old.examScore ?? null, v.exam_score ?? null, 2))
      changes.examScore = v.exam_score ?? null;
    if (has('practice_score') && !sameNumber(old.practiceScore ?? null, v.practice_score ?? null, 2)) {
      changes.practiceScore = v.practice_score ?? null;
    }
    if (v.voluntary !== undefined && old.voluntary !== v.voluntary) changes.voluntary = v.voluntary;
    if (v.attempt !== undefined && old.attempt !== v.attempt) changes.attempt = v.attempt;
    if (Object.keys(changes).length === 0) unchanged++;
    else updates.push({ entity: old, changes });
  }

  const problemRows = new Set(problems.map((p) => p.row));
  return {
    problems,
    inserted: inserts.filter((r) => !problemRows.has(r.row)).length,
    updated: updates.length,
    unchanged,
    async write() {
      for (const r of inserts) {
        const v = r.value;
        const earlier = [...(datesByPair.get(pairKey(r)) ?? [])].filter((d) => d < v.enrolled_on).length;
        tx.create(Enrollment, {
          employee: tx.getReference(Employee, r.employeeId),
          course: tx.getReference(Course, r.courseId),
          status: v.status as EnrollmentStatus,
          enrolledOn: v.enrolled_on,
          completedOn: v.completed_on ?? null,
          // Old registers often omit hours: a finished attempt counts the course's nominal hours.
          hours:
            v.hours ??
            (v.status === 'COMPLETED' || v.status === 'FAILED' ? (nominalHours.get(r.courseId) ?? 0) : 0),
          examScore: v.exam_score ?? null,
          practiceScore: v.practice_score ?? null,
          voluntary: v.voluntary ?? false,
          attempt: v.attempt ?? earlier + 1,
        });
      }
      for (const { entity, changes } of updates) tx.assign(entity, changes);
      await tx.flush();
    },
  };
}

// ------------------------------------------------------------------ performance reviews

async function planReviews({ tx, rows, columns }: HandlerContext<ReviewRow>): Promise<Plan> {
  const problems: RowProblem[] = [];
  const { ids, outOfScope } = await resolveEmployees(
    tx,
    rows.map((r) => r.value.employee_no),
  );
  // Reviewers are references, not rows being written: any existing employee may be one.
  const reviewerNos = unique(rows.flatMap((r) => (r.value.reviewer_no ? [r.value.reviewer_no] : [])));
  const reviewers = new Map<string, number>();
  for (const part of chunks(reviewerNos)) {
    for (const e of await tx.find(
      Employee,
      { employeeNo: { $in: part } },
      { filters: false, fields: ['id', 'employeeNo'] },
    )) {
      reviewers.set(e.employeeNo, e.id);
    }
  }

  interface Resolved extends ValidRow<ReviewRow> {
    employeeId: number;
    reviewerId: number | null;
  }
  const resolved: Resolved[] = [];
  for (const r of rows) {
    const v = r.value;
    const employeeId = ids.get(v.employee_no);
    const reviewerId = v.reviewer_no ? reviewers.get(v.reviewer_no) : null;
    if (employeeId === undefined)
      problems.push(employeeProblem(r.row, 'employee_no', v.employee_no, outOfScope));
    if (reviewerId === undefined)
      problems.push({
        row: r.row,
        field: 'reviewer_no',
        message: `unknown employee ${v.reviewer_no}`,
        code: 'UNKNOWN_EMPLOYEE',
        values: { value: v.reviewer_no ?? null },
      });
    if (employeeId !== undefined && reviewerId !== undefined) resolved.push({ ...r, employeeId, reviewerId });
  }
  const { kept, problems: duplicates } = dedupe(
    resolved,
    (r) => `${(r as Resolved).employeeId}|${r.value.period}`,
    'period',
    'employee and period',
  );
  problems.push(...duplicates);
  const keptRows = kept as Resolved[];

  const stored = new Map<string, PerformanceReview>();
  const periods = unique(keptRows.map((r) => r.value.period));
  for (const part of chunks(unique(keptRows.map((r) => r.employeeId)))) {
    for (const review of await tx.find(PerformanceReview, {
      employee: { $in: part },
      period: { $in: periods },
    })) {
      stored.set(`${review.employee.id}|${review.period}`, review);
    }
  }

  const inserts: Resolved[] = [];
  const updates: { entity: PerformanceReview; changes: Partial<PerformanceReview> }[] = [];
  let unchanged = 0;
  for (const r of keptRows) {
    const v = r.value;
    // The file states the whole score: an absent adjustment means none. Final score and rating
    // are derived exactly as the API derives them (the row schema rejected disagreeing ones).
    const adjustment = v.training_adjustment ?? 0;
    const { finalScore: final, rating } = scoreReview(v.base_score, adjustment);
    const old = stored.get(`${r.employeeId}|${v.period}`);
    if (!old) {
      inserts.push(r);
      continue;
    }
    const changes: Partial<PerformanceReview> = {};
    if (!sameNumber(old.baseScore, v.base_score, 2)) changes.baseScore = v.base_score;
    if (!sameNumber(old.trainingAdjustment, adjustment, 2)) changes.trainingAdjustment = adjustment;
    if (!sameNumber(old.finalScore, final, 2)) changes.finalScore = final;
    if (old.rating !== rating) changes.rating = rating;
    if (columns.has('reviewer_no') && (old.reviewer?.id ?? null) !== r.reviewerId) {
      changes.reviewer =
        r.reviewerId === null ? null : tx.getReference(Employee, r.reviewerId, { wrapped: true });
    }
    if (Object.keys(changes).length === 0) unchanged++;
    else updates.push({ entity: old, changes });
  }

  return {
    problems,
    inserted: inserts.length,
    updated: updates.length,
    unchanged,
    async write() {
      for (const r of inserts) {
        const v = r.value;
        const adjustment = v.training_adjustment ?? 0;
        const { finalScore, rating } = scoreReview(v.base_score, adjustment);
        tx.create(PerformanceReview, {
          employee: tx.getReference(Employee, r.employeeId),
          period: v.period,
          periodStart: quarterStart(v.period),
          baseScore: v.base_score,
          trainingAdjustment: adjustment,
          finalScore,
          rating,
          reviewer: r.reviewerId === null ? null : tx.getReference(Employee, r.reviewerId),
        });
      }
      for (const { entity, changes } of updates) tx.assign(entity, changes);
      await tx.flush();
    },
  };
}

const HANDLERS: Record<ImportKind, (context: HandlerContext<never>) => Promise<Plan>> = {
  [ImportKind.KPI_OBSERVATIONS]: planKpiObservations as (context: HandlerContext<never>) => Promise<Plan>,
  [ImportKind.ENROLLMENTS]: planEnrollments as (context: HandlerContext<never>) => Promise<Plan>,
  [ImportKind.PERFORMANCE_REVIEWS]: planReviews as (context: HandlerContext<never>) => Promise<Plan>,
};
