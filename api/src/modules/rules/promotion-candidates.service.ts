import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CareerPath,
  PositionCompetency,
  PromotionRule as PromotionRuleRow,
  type PositionFamily,
} from '@talentloop/db/entities';
import { pageWindow, parseGlobalId, toConnection, type PageRequest } from '../../common/relay';
import { badInput } from '../../common/errors';
import type { ReadPathCompiler } from '../../readpath/compiler';
import { requestScope, ScopeSql, SqlParams } from '../../readpath/sql';
import { employeeFilterSql } from '../employee/employee.service';
import { compileGates, intArray, type CourseRow } from './promotion-candidates.sql';
import {
  addMonthsToDate,
  courseMatches,
  evaluatePromotionEligibility,
  monthOf,
  quarterOf,
  type ArchiveCase,
  type ArchiveCompetency,
  type ArchiveEnrollment,
  type ArchiveReview,
  type EligibilityResult,
  type GateKind,
  type GateResult,
  type GrowthArchive,
  type IsoDate,
  type PromotionRule,
} from '@talentloop/rules';
import { loadCatalog, loadCourseImpacts } from './archive.service';
import { fromPromotionRow } from './rule-store.service';

// Promotion candidates for a whole scope, evaluated on the server (issue 14, Build 2): everyone
// in the caller's row scope who holds a position leading (career path) to a position with an
// active promotion rule. Every candidate's gates are judged in PostgreSQL by SQL compiled from
// the rules' data (promotion-candidates.sql.ts; the test proves it equals the pure evaluator),
// so totals, order and the pipeline summary are exact for the whole scope, never a sample; the
// page's candidates are then evaluated in full by the same pure evaluator as promotionPath.
// A fixed number of statements whatever the scope's size.

export interface CandidateQuery {
  /** One target position; null = every position with an active promotion rule. */
  targetPositionId: number | null;
  /** A department global id: it and its subtree (on top of the caller's scope). */
  departmentId?: string | null;
  /** Only targets of this position family. */
  positionFamily?: PositionFamily | null;
  /** Substring of the name or employee number. */
  search?: string | null;
  /** Only eligible (true) or only not yet eligible (false) candidates; the summary ignores it. */
  eligible?: boolean | null;
  asOf: IsoDate;
}

/** One candidate × target, as the listing orders and counts it. */
export interface CandidateEntry {
  employeeId: number;
  employeeNo: string;
  name: string;
  positionId: number;
  departmentId: number;
  targetPositionId: number;
  ruleId: number;
  eligible: boolean;
  readinessPct: number;
  passedGates: number;
  totalGates: number;
  /** Bit i set: the rule's i-th gate passes (as judged in SQL). */
  gateMask: number;
  /** The first gate of the rule the candidate fails (index in the rule's gates); null when eligible. */
  blocking: { index: number; key: string; kind: GateKind; courseName: string | null } | null;
}

/** A candidate on the requested page: its entry and the full evaluation. */
export interface PromotionCandidate extends CandidateEntry {
  result: EligibilityResult;
}

export interface BlockedCount {
  targetPositionId: number;
  targetPosition: string;
  gateKey: string;
  gateKind: GateKind;
  /** COURSE gates: the required course's name (data, not a sentence). */
  courseName: string | null;
  count: number;
}

export interface TargetCount {
  targetPositionId: number;
  targetPosition: string;
  ruleVersion: number;
  candidates: number;
  eligible: number;
}

export interface CandidateSummary {
  asOf: IsoDate;
  candidates: number;
  eligible: number;
  /** Candidates not eligible, counted once each at the first gate of the rule they fail. */
  blocked: BlockedCount[];
  targets: TargetCount[];
}

export interface CandidateEvaluation {
  entries: CandidateEntry[];
  summary: CandidateSummary;
  /** The full evaluation of some entries (a page), by the pure evaluator, in their order. */
  results(entries: CandidateEntry[]): Promise<EligibilityResult[]>;
}

interface Target {
  positionId: number;
  ruleId: number;
  rule: PromotionRule;
  feeders: Set<number>;
  competencies: ArchiveCompetency[];
}

type Row = Record<string, unknown>;

async function sql(em: EntityManager, query: string, params: unknown[]): Promise<Row[]> {
  // Inside a transaction the query must ride on it: PGlite serves one session at a time.
  return em.getConnection().execute<Row[]>(query, params, 'all', em.getTransactionContext());
}

/** Active rules (one statement), their feeder positions and the competencies they require. */
async function loadTargets(em: EntityManager, query: CandidateQuery): Promise<Target[]> {
  const position: Record<string, unknown> = {};
  if (query.targetPositionId != null) position.id = query.targetPositionId;
  if (query.positionFamily) position.family = query.positionFamily;
  const where = Object.keys(position).length ? { active: true, targetPosition: position } : { active: true };
  const rows = await em.find(PromotionRuleRow, where, {
    populate: ['targetPosition'],
    orderBy: { id: 'asc' },
  });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.targetPosition.id);
  const edges = await em.find(CareerPath, { toPosition: { $in: ids } }, { orderBy: { id: 'asc' } });
  const competencies = await em.find(
    PositionCompetency,
    { position: { $in: ids } },
    { populate: ['competency'], orderBy: { id: 'asc' } },
  );
  return rows.map((row) => {
    const position = row.targetPosition.getEntity();
    return {
      positionId: position.id,
      ruleId: row.id,
      rule: fromPromotionRow(row, position).rule,
      feeders: new Set(edges.filter((e) => e.toPosition.id === position.id).map((e) => e.fromPosition.id)),
      competencies: competencies
        .filter((c) => c.position.id === position.id)
        .map((c) => ({ code: c.competency.getEntity().code, name: c.competency.getEntity().name })),
    };
  });
}

interface CandidateEmployee {
  id: number;
  employeeNo: string;
  name: string;
  positionId: number;
  departmentId: number;
  hireDate: string | null;
  managerId: number | null;
}

/** A candidate and, per target (in `targets` order), its gate bitmask; null = not a feeder. */
interface GatedCandidate extends CandidateEmployee {
  masks: (number | null)[];
}

/**
 * Active employees in a feeder position within the caller's row scope and the filter, each
 * with its gates evaluated in SQL (promotion-candidates.sql.ts) — ONE statement returning one
 * row: a compact JSON array per candidate (no archive, no entity hydration). The row scope and
 * the filter are the compiled read path's (ScopeSql, employeeFilterSql): the one SQL definition
 * of `employees(filter:)`, which `employees` itself uses.
 */
async function loadGatedCandidates(
  em: EntityManager,
  query: CandidateQuery,
  targets: Target[],
  courses: CourseRow[],
): Promise<GatedCandidate[]> {
  const p = new SqlParams();
  const feeders = new Set(targets.flatMap((t) => [...t.feeders]));
  const where = [`e.status = 'ACTIVE'`, `e.position_id = any(${p.bind(intArray(feeders))}::int[])`];
  const scope = new ScopeSql(requestScope(em), p).employee('e');
  if (scope) where.push(scope);
  // employeeFilterSql only binds values: the compiler's params are all it reads.
  const filter = employeeFilterSql({ params: p } as ReadPathCompiler, {
    departmentId: query.departmentId ?? undefined,
    search: query.search ?? undefined,
  });
  where.push(...filter.where);
  const gates = compileGates(p, targets, courses, query.asOf);
  const text = `
    with c as (
      select e.id, e.employee_no, e.name, e.position_id, e.department_id, e.hire_date, e.manager_id
        from employee e where ${where.join(' and ')})
    select ${filter.extra.departmentPath ?? 'null'} as department_path,
           (select json_agg(json_build_array(c.id, c.employee_no, c.name, c.position_id, c.department_id,
                                             c.hire_date, c.manager_id,
                                             array[${gates.columns.join(', ')}]::int[]))
              from c ${gates.joins})::text as candidates`;
  const { sql: statement, params } = p.finish(text);
  const [row] = await em.transactional(async (tx) => {
    // One lateral look-up per candidate makes the planner's estimate large enough to trigger
    // JIT compilation, which costs more (seconds) than the index look-ups it would speed up.
    await sql(tx, 'set local jit = off', []);
    return sql(tx, statement, params);
  });
  if (filter.extra.departmentPath && row!.department_path == null)
    throw badInput({ field: 'filter.departmentId', message: 'no such department' });
  const list = parsed<unknown[]>((row!.candidates as string | null) ?? null);
  return list.map((a) => ({
    id: a[0] as number,
    employeeNo: a[1] as string,
    name: a[2] as string,
    positionId: a[3] as number,
    departmentId: a[4] as number,
    hireDate: (a[5] as string | null) ?? null,
    managerId: (a[6] as number | null) ?? null,
    // An array, not one argument per target: json_build_array takes at most 100 arguments.
    masks: (a[7] as (number | null)[]).map((m) => m ?? null),
  }));
}

interface Relevance {
  /** Completed attempts (on or before asOf) of these courses are shipped row by row. */
  completed: number[];
  /** Attempts of any status: required courses outside the catalog (their hours come from one). */
  anyStatus: number[];
}

/**
 * Which enrollments can change a result: completed attempts of the rules' required courses
 * (matched by code or name) and of the catalog courses that develop a required competency; and,
 * for a required course outside the (active) catalog, any attempt, since the remaining hours
 * then come from an enrollment. Every other completed attempt only adds to the pace, which the
 * statement sums instead. promotion-candidates.test.ts compares with the full archive.
 */
function relevantCourses(
  targets: Target[],
  courses: { id: number; code: string | null; name: string }[],
  catalog: { id: number; competencies: string[] }[],
): Relevance {
  const completed = new Set<number>();
  const anyStatus = new Set<number>();
  const inCatalog = new Set(catalog.map((c) => c.id));
  for (const t of targets) {
    for (const req of t.rule.requiredCourses)
      for (const c of courses)
        if (courseMatches(req, c)) (inCatalog.has(c.id) ? completed : anyStatus).add(c.id);
    const codes = new Set(t.competencies.map((c) => c.code));
    for (const c of catalog) if (c.competencies.some((code) => codes.has(code))) completed.add(c.id);
  }
  return { completed: [...completed], anyStatus: [...anyStatus] };
}

/** A candidate's archive row as the statement returns it: JSON as text, parsed when evaluated. */
interface ArchiveRow {
  enrollments: string | null;
  cases: string | null;
  review: string | null;
  /** Hours of completed courses outside relevantCourses, per pace window in months. */
  paceHours: Map<number, number>;
}

// The archive statement, per candidate (i.id). Arrays, not objects, keep the JSON small; course
// code and name are filled in from the course list. One pass over the candidate's enrollments
// yields both the shipped rows and the other courses' hours in each pace window (the
// evaluator's pace: completed in (asOf − window, asOf]).
const SHIPPED = `((en.course_id = any(?::int[]) and en.status = 'COMPLETED' and en.completed_on <= ?::date)
                  or en.course_id = any(?::int[]))`;
const ENROLLMENTS_SQL = `json_agg(json_build_array(en.id, en.course_id, en.hours, en.status, en.completed_on,
                                                   en.exam_score, en.practice_score) order by en.id)
                          filter (where ${SHIPPED})::text`;
const PACE_SQL = `coalesce(sum(en.hours) filter (where en.status = 'COMPLETED' and en.completed_on > ?::date
                  and en.completed_on <= ?::date and not ${SHIPPED}), 0)`;
// Only approved or adopted cases count toward the gate; dates are UTC days, as loadArchive's.
const CASES_SQL = `(select json_agg(json_build_array(pc.id, pc.title, pc.course_id, pc.enrollment_id, pc.status,
                                  (pc.submitted_at at time zone 'UTC')::date,
                                  (coalesce(pc.reviewed_at, pc.submitted_at) at time zone 'UTC')::date,
                                  (pc.adopted_at at time zone 'UTC')::date) order by pc.id)::text
   from practice_case pc
  where pc.employee_id = i.id and (pc.status = 'APPROVED' or pc.adopted_at is not null))`;
// The rating gate reads the latest review up to asOf's quarter (latest period, then id).
const REVIEW_SQL = `(select json_build_array(r.id, r.period, r.final_score, r.rating)::text from performance_review r
  where r.employee_id = i.id and r.period <= ? order by r.period desc, r.id desc limit 1)`;

/**
 * The parts of the page candidates' archives the full evaluation reads, in ONE statement that
 * returns one row per candidate: the relevant enrollments (relevantCourses), approved or adopted
 * cases, the latest review up to asOf's quarter, and the other courses' hours per pace window
 * — a sales subtree has ~200 000 such rows, which archiveFor() hands to the evaluator as one
 * completed row instead.
 */
async function loadArchiveRows(
  em: EntityManager,
  employees: CandidateEmployee[],
  targets: Target[],
  relevance: Relevance,
  asOf: IsoDate,
): Promise<Map<number, ArchiveRow>> {
  const windows = [...new Set(targets.map((t) => t.rule.paceWindowMonths))];
  const withReview = targets.some((t) => t.rule.minRecentRating);
  const shipped = [intArray(relevance.completed), asOf, intArray(relevance.anyStatus)];
  const query = `
    select i.id, en.enrollments, ${windows.map((_, k) => `en.pace_${k}`).join(', ')},
           ${targets.some((t) => t.rule.minApprovedCases > 0) ? CASES_SQL : 'null'} as cases,
           ${withReview ? REVIEW_SQL : 'null'} as review
      from unnest(?::int[]) as i(id)
      cross join lateral (
        select ${ENROLLMENTS_SQL} as enrollments,
               ${windows.map((_, k) => `${PACE_SQL} as pace_${k}`).join(', ')}
          from enrollment en where en.employee_id = i.id) en`;
  const params = [
    ...(withReview ? [quarterOf(monthOf(asOf))] : []),
    intArray(employees.map((e) => e.id)),
    ...shipped,
    ...windows.flatMap((w) => [addMonthsToDate(asOf, -w), asOf, ...shipped]),
  ];
  // A page's candidates (≤ 100): too few rows for the planner to consider JIT compilation.
  const rows = await sql(em, query, params);
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        enrollments: (r.enrollments as string | null) ?? null,
        cases: (r.cases as string | null) ?? null,
        review: (r.review as string | null) ?? null,
        paceHours: new Map(windows.map((w, k) => [w, Number(r[`pace_${k}`])])),
      },
    ]),
  );
}

const parsed = <T>(text: string | null): T[] => (text == null ? [] : (JSON.parse(text) as T[]));

// Row → evaluator input, as loadArchive (archive.service.ts) maps the same columns.
function toArchive(
  e: CandidateEmployee,
  row: ArchiveRow,
  courses: Map<number, { code: string | null; name: string }>,
): GrowthArchive {
  return {
    employee: {
      id: e.id,
      name: e.name,
      positionId: e.positionId,
      departmentId: e.departmentId,
      managerId: e.managerId,
      hireDate: e.hireDate,
    },
    enrollments: parsed<unknown[]>(row.enrollments).map((a) => {
      const course = courses.get(Number(a[1]))!;
      return {
        id: Number(a[0]),
        courseId: Number(a[1]),
        courseCode: course.code,
        courseName: course.name,
        hours: Number(a[2]),
        status: String(a[3]),
        completedOn: (a[4] as string | null) ?? null,
        examScore: a[5] == null ? null : Number(a[5]),
        practiceScore: a[6] == null ? null : Number(a[6]),
      } satisfies ArchiveEnrollment;
    }),
    cases: parsed<unknown[]>(row.cases).map((a): ArchiveCase => ({
      id: Number(a[0]),
      title: String(a[1]),
      courseId: a[2] == null ? null : Number(a[2]),
      enrollmentId: a[3] == null ? null : Number(a[3]),
      status: String(a[4]),
      submittedOn: String(a[5]),
      approvedOn: a[4] === 'APPROVED' ? String(a[6]) : null,
      adoptedOn: (a[7] as string | null) ?? null,
    })),
    lectures: [],
    reviews: row.review == null ? [] : [toReview(JSON.parse(row.review) as unknown[])],
    peerFeedback: [],
    // There is no per-employee competency table: held competencies come from training only.
    competencies: [],
  };
}

const toReview = (a: unknown[]): ArchiveReview => ({
  id: Number(a[0]),
  period: String(a[1]),
  finalScore: Number(a[2]),
  rating: String(a[3]),
});

/**
 * The archive as the evaluator sees it under one rule: the shipped rows plus, when there are
 * any, the other courses' hours in the rule's pace window as one completed row on asOf. That row
 * matches no course and no catalog entry (id 0, no code, empty name), so it only adds to the pace.
 */
function archiveFor(base: GrowthArchive, row: ArchiveRow, rule: PromotionRule, asOf: IsoDate): GrowthArchive {
  const hours = row.paceHours.get(rule.paceWindowMonths) ?? 0;
  if (hours === 0) return base;
  const pace: ArchiveEnrollment = {
    id: 0,
    courseId: 0,
    courseCode: null,
    courseName: '',
    hours,
    status: 'COMPLETED',
    completedOn: asOf,
    examScore: null,
    practiceScore: null,
  };
  return { ...base, enrollments: [...base.enrollments, pace] };
}

function summarise(entries: CandidateEntry[], targets: Target[], asOf: IsoDate): CandidateSummary {
  const blocked = new Map<string, BlockedCount & { order: number }>();
  const perTarget = new Map<number, TargetCount>(
    targets.map((t) => [
      t.positionId,
      {
        targetPositionId: t.positionId,
        targetPosition: t.rule.targetPosition.name,
        ruleVersion: t.rule.version,
        candidates: 0,
        eligible: 0,
      },
    ]),
  );
  let eligible = 0;
  for (const c of entries) {
    const target = perTarget.get(c.targetPositionId)!;
    target.candidates += 1;
    if (!c.blocking) {
      eligible += 1;
      target.eligible += 1;
      continue;
    }
    const key = `${c.targetPositionId}\u0000${c.blocking.key}`;
    const row = blocked.get(key) ?? {
      targetPositionId: c.targetPositionId,
      targetPosition: target.targetPosition,
      gateKey: c.blocking.key,
      gateKind: c.blocking.kind,
      courseName: c.blocking.courseName,
      count: 0,
      // Targets in rule order, then the rule's gate order.
      order: targets.findIndex((t) => t.positionId === c.targetPositionId) * 1000 + c.blocking.index,
    };
    row.count += 1;
    blocked.set(key, row);
  }
  return {
    asOf,
    candidates: entries.length,
    eligible,
    blocked: [...blocked.values()].sort((a, b) => a.order - b.order).map(({ order: _, ...b }) => b),
    targets: [...perTarget.values()],
  };
}

/** A rule's gates as the evaluator lists them (order, key, kind, course): judged on an empty archive. */
function gateShapes(t: Target, asOf: IsoDate): Pick<GateResult, 'key' | 'kind' | 'courseName'>[] {
  const empty: GrowthArchive = {
    employee: { id: 0, name: '', positionId: 0, departmentId: 0, managerId: null, hireDate: null },
    enrollments: [],
    cases: [],
    lectures: [],
    reviews: [],
    peerFeedback: [],
    competencies: [],
  };
  return evaluatePromotionEligibility(t.rule, empty, asOf).gates.map(({ key, kind, courseName }) => ({
    key,
    kind,
    courseName,
  }));
}

/** The evaluator's readiness: passed gates / gates × 100, rounded (100 without gates). */
const readinessOf = (passed: number, total: number) =>
  total === 0 ? 100 : Math.round((passed / total) * 100);

/** One candidate × target entry from the gate bitmask the statement computed. */
function entryOf(
  e: CandidateEmployee,
  t: Target,
  shapes: ReturnType<typeof gateShapes>,
  mask: number,
): CandidateEntry {
  let passedGates = 0;
  let index = -1;
  for (let i = 0; i < shapes.length; i++) {
    if (mask & (1 << i)) passedGates += 1;
    else if (index < 0) index = i;
  }
  const gate = index < 0 ? null : shapes[index]!;
  return {
    employeeId: e.id,
    employeeNo: e.employeeNo,
    name: e.name,
    positionId: e.positionId,
    departmentId: e.departmentId,
    targetPositionId: t.positionId,
    ruleId: t.ruleId,
    eligible: gate === null,
    readinessPct: readinessOf(passedGates, shapes.length),
    passedGates,
    totalGates: shapes.length,
    gateMask: mask,
    blocking: gate && { index, key: gate.key, kind: gate.kind, courseName: gate.courseName },
  };
}

/**
 * Every candidate × target pair in scope, judged: eligible first, then by readiness (highest
 * first), employee number and target. The gates are evaluated in PostgreSQL (one statement,
 * compiled from the rules' data: promotion-candidates.sql.ts), so only one bitmask per
 * candidate × target reaches Node; the full evaluation (pace, next course, evidence) is run by
 * the pure evaluator for the requested page only (`results`). A fixed number of statements.
 */
export async function evaluatePromotionCandidates(
  em: EntityManager,
  query: CandidateQuery,
): Promise<CandidateEvaluation> {
  const targets = await loadTargets(em, query);
  const none = { entries: [], summary: summarise([], targets, query.asOf), results: async () => [] };
  if (targets.length === 0) return none;
  const courses = (await sql(em, 'select id, code, name from course order by id', [])).map((c) => ({
    id: Number(c.id),
    code: (c.code as string | null) ?? null,
    name: String(c.name),
  }));
  const employees = await loadGatedCandidates(em, query, targets, courses);
  if (employees.length === 0) return none;
  const shapes = targets.map((t) => gateShapes(t, query.asOf));
  const entries: CandidateEntry[] = [];
  for (const e of employees)
    targets.forEach((t, k) => {
      const mask = e.masks[k];
      if (mask != null) entries.push(entryOf(e, t, shapes[k]!, mask));
    });
  entries.sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      b.readinessPct - a.readinessPct ||
      (a.employeeNo < b.employeeNo ? -1 : a.employeeNo > b.employeeNo ? 1 : 0) ||
      a.targetPositionId - b.targetPositionId,
  );
  const byId = new Map(employees.map((e) => [e.id, e]));
  return {
    entries,
    summary: summarise(entries, targets, query.asOf),
    results: (page) => evaluateFully(em, page, byId, targets, courses, query.asOf),
  };
}

/**
 * The full evaluation of some entries (a page) by the pure evaluator, on the parts of their
 * archives it reads (loadArchiveRows: one statement for the page, whatever its size).
 */
async function evaluateFully(
  em: EntityManager,
  page: CandidateEntry[],
  byId: Map<number, CandidateEmployee>,
  targets: Target[],
  courses: CourseRow[],
  asOf: IsoDate,
): Promise<EligibilityResult[]> {
  if (page.length === 0) return [];
  const catalog = await loadCatalog(em);
  const impacts = await loadCourseImpacts(em);
  const employees = [...new Set(page.map((c) => c.employeeId))].map((id) => byId.get(id)!);
  const rows = await loadArchiveRows(
    em,
    employees,
    targets,
    relevantCourses(targets, courses, catalog),
    asOf,
  );
  const courseById = new Map(courses.map((c) => [c.id, c]));
  const byPosition = new Map(targets.map((t) => [t.positionId, t]));
  return page.map((entry) => {
    const e = byId.get(entry.employeeId)!;
    const row = rows.get(e.id)!;
    const t = byPosition.get(entry.targetPositionId)!;
    return evaluatePromotionEligibility(
      t.rule,
      archiveFor(toArchive(e, row, courseById), row, t.rule, asOf),
      asOf,
      {
        catalog,
        targetCompetencies: t.competencies,
        impacts,
      },
    );
  });
}

/** One page of promotionCandidates, with the summary of the whole scope. */
export async function promotionCandidatesPage(
  em: EntityManager,
  args: {
    targetPositionId?: string | null;
    departmentId?: string | null;
    positionFamily?: PositionFamily | null;
    search?: string | null;
    eligible?: boolean | null;
    asOf: IsoDate;
  },
  page: PageRequest,
) {
  const { limit, offset } = pageWindow(page);
  const targetPositionId = args.targetPositionId
    ? parseGlobalId(args.targetPositionId, 'Position', 'targetPositionId')
    : null;
  const { entries, summary, results } = await evaluatePromotionCandidates(em, { ...args, targetPositionId });
  const rows = args.eligible == null ? entries : entries.filter((c) => c.eligible === args.eligible);
  const slice = rows.slice(offset, offset + limit);
  const full = await results(slice);
  const pageRows: PromotionCandidate[] = slice.map((entry, i) => ({ ...entry, result: full[i]! }));
  return { ...toConnection(pageRows, rows.length, offset), summary };
}
