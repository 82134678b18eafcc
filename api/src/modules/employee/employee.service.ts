import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Employee } from '@talentloop/db/entities';
import { badInput, forbidden, notFound } from '../../common/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { parseGlobalId, type PageRequest } from '../../common/relay';
import type { ReadPathCompiler } from '../../readpath/compiler';
import { compiledPage, compilerFor } from '../../readpath/connection';
import { departmentPathOf } from '../department/department.service';
import type { EmployeeFilter, EmployeeSort } from './employee.inputs';
import { EmployeeSortField, SortDirection } from './employee.inputs';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Builds the WHERE for `employees(filter:)`; row scope is added by the ORM filter, not here. */
export async function employeeWhere(
  em: EntityManager,
  filter: EmployeeFilter | undefined,
): Promise<FilterQuery<Employee>> {
  const and: FilterQuery<Employee>[] = [];
  if (!filter) return {};
  if (filter.departmentId) {
    // Catalog data (departments are not row-scoped); the employee rows still are.
    const path = await departmentPathOf(em, filter.departmentId, 'filter.departmentId');
    and.push({ department: { path: { $like: `${escapeLike(path)}%` } } });
  }
  if (filter.positionId)
    and.push({ position: parseGlobalId(filter.positionId, 'Position', 'filter.positionId') });
  if (filter.positionFamily) and.push({ position: { family: filter.positionFamily } });
  if (filter.level !== undefined && filter.level !== null) and.push({ position: { level: filter.level } });
  if (filter.hiredFrom && filter.hiredTo && filter.hiredFrom > filter.hiredTo) {
    throw badInput({ field: 'filter.hiredTo', message: 'must not be before filter.hiredFrom' });
  }
  if (filter.hiredFrom) and.push({ hireDate: { $gte: filter.hiredFrom } });
  if (filter.hiredTo) and.push({ hireDate: { $lte: filter.hiredTo } });
  if (filter.status) and.push({ status: filter.status });
  if (filter.search?.trim()) {
    const pattern = `%${escapeLike(filter.search.trim())}%`;
    and.push({ $or: [{ name: { $ilike: pattern } }, { employeeNo: { $ilike: pattern } }] });
  }
  return and.length === 0 ? {} : and.length === 1 ? and[0]! : { $and: and };
}

/** The sort of `employees(sort:)` as SQL over the employee row at `e`. */
const SORT_SQL: Record<EmployeeSortField, (c: ReadPathCompiler) => string> = {
  [EmployeeSortField.NAME]: (c) => c.column('Employee', 'e', 'name'),
  [EmployeeSortField.EMPLOYEE_NO]: (c) => c.column('Employee', 'e', 'employeeNo'),
  [EmployeeSortField.HIRE_DATE]: (c) => c.column('Employee', 'e', 'hireDate'),
  [EmployeeSortField.LEVEL]: () => '(select sp.level from position sp where sp.id = e.position_id)',
};

/** LIKE-escapes a text in SQL (backslash is PostgreSQL's default LIKE escape). */
const likeEscaped = (sql: string) =>
  `replace(replace(replace(${sql}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;

/**
 * `employees(filter:)` as SQL conditions on the employee row at `e` — the same conditions as
 * employeeWhere() (which the ORM-based callers use), for the compiled read path. Bound
 * values only. A department filter also returns an existence check, so a missing department
 * is still a BAD_USER_INPUT on filter.departmentId without a statement of its own.
 */
export function employeeFilterSql(
  c: ReadPathCompiler,
  filter: EmployeeFilter | undefined,
  knownPath?: string,
): { where: string[]; extra: Record<string, string>; subtreePattern?: string } {
  const where: string[] = [];
  const extra: Record<string, string> = {};
  if (!filter) return { where, extra };
  const p = c.params;
  let subtreePattern: string | undefined;
  if (filter.departmentId) {
    const id = parseGlobalId(filter.departmentId, 'Department', 'filter.departmentId');
    const path = `(select fd.path from department fd where fd.id = ${p.bind(id)})`;
    extra.departmentPath = path;
    // A path the caller has just read (and checks against extra.departmentPath) is bound as a
    // literal pattern, which the planner can estimate from the path index; otherwise the
    // pattern is read in the statement itself.
    subtreePattern =
      knownPath === undefined ? `${likeEscaped(path)} || '%'` : p.bind(`${escapeLike(knownPath)}%`);
    where.push(
      `exists (select 1 from department sd where sd.id = e.department_id and sd.path like ${subtreePattern})`,
    );
  }
  if (filter.positionId)
    where.push(
      `e.position_id = ${p.bind(parseGlobalId(filter.positionId, 'Position', 'filter.positionId'))}`,
    );
  const position: string[] = [];
  if (filter.positionFamily) position.push(`fp.family = ${p.bind(filter.positionFamily)}`);
  if (filter.level !== undefined && filter.level !== null)
    position.push(`fp.level = ${p.bind(filter.level)}`);
  if (position.length)
    where.push(
      `exists (select 1 from position fp where fp.id = e.position_id and ${position.join(' and ')})`,
    );
  if (filter.hiredFrom && filter.hiredTo && filter.hiredFrom > filter.hiredTo) {
    throw badInput({ field: 'filter.hiredTo', message: 'must not be before filter.hiredFrom' });
  }
  if (filter.hiredFrom) where.push(`e.hire_date >= ${p.bind(filter.hiredFrom)}`);
  if (filter.hiredTo) where.push(`e.hire_date <= ${p.bind(filter.hiredTo)}`);
  if (filter.status) where.push(`e.status = ${p.bind(filter.status)}`);
  if (filter.search?.trim()) {
    const pattern = p.bind(`%${escapeLike(filter.search.trim())}%`);
    where.push(`(e.name ilike ${pattern} or e.employee_no ilike ${pattern})`);
  }
  return { where, extra, subtreePattern };
}

/**
 * The total of `employees(filter)` from the maintained headcounts (analytics.department_headcount,
 * Migration20261207182000) when only departments and a status decide it: the filter names a
 * department subtree and/or a status, and the caller's scope is the company or a subtree. Σ n
 * over a subtree's departments is the same number as counting its employees row by row, which
 * took most of the list page's database time for a large subtree. Null otherwise (count rows).
 */
function headcountTotalSql(
  c: ReadPathCompiler,
  filter: EmployeeFilter | undefined,
  subtreePattern: string | undefined,
): string | null {
  const { departmentId, status, ...rest } = filter ?? {};
  if (Object.values(rest).some((v) => v !== undefined && v !== null && v !== '')) return null;
  const scope = c.scope.departmentPath('d.path');
  if (scope === undefined) return null;
  const where = [
    ...(scope ? [scope] : []),
    ...(departmentId && subtreePattern ? [`d.path like ${subtreePattern}`] : []),
    ...(status ? [`h.status = ${c.params.bind(status)}`] : []),
  ];
  return `(select coalesce(sum(h.n), 0)::int from analytics.department_headcount h
    join department d on d.id = h.department_id ${where.length ? `where ${where.join(' and ')}` : ''})`;
}

/**
 * Department paths the list last read, per process (bounded). A department filter binds the
 * subtree's path as a literal pattern: PostgreSQL then plans a team's page from the path index
 * (0.07 ms for a 12-person team at 100 000 employees) instead of walking every employee in list
 * order until the page is full (55 ms), which it must do when the pattern is read inside the
 * statement. The same statement returns the department's current path: a page computed with a
 * path that has since changed (the department moved) is computed again, so a cached path never
 * changes an answer.
 */
const departmentPaths = new Map<number, string>();
const MAX_DEPARTMENT_PATHS = 20_000;

function rememberPath(departmentId: number, path: string): void {
  departmentPaths.delete(departmentId);
  departmentPaths.set(departmentId, path);
  if (departmentPaths.size > MAX_DEPARTMENT_PATHS)
    departmentPaths.delete(departmentPaths.keys().next().value!);
}

/**
 * `employees(…)`: one statement for the page, its total and the whole nested selection,
 * built as JSON in PostgreSQL (readpath/), row scope included.
 */
export async function listEmployees(
  em: EntityManager,
  info: GraphQLResolveInfo,
  filter: EmployeeFilter | undefined,
  sort: EmployeeSort | undefined,
  page: PageRequest,
) {
  const direction = sort?.direction === SortDirection.DESC ? 'desc' : 'asc';
  const run = (knownPath: string | undefined) => {
    const compiler = compilerFor(em, info);
    const { where, extra, subtreePattern } = employeeFilterSql(compiler, filter, knownPath);
    // The primary key last makes the order total, so offset cursors are stable across pages.
    const orderBy = [
      { expr: SORT_SQL[sort?.field ?? EmployeeSortField.EMPLOYEE_NO](compiler), direction },
      { expr: 'e.id', direction: 'asc' },
    ] as const;
    const countSql = headcountTotalSql(compiler, filter, subtreePattern) ?? undefined;
    return compiledPage(
      compiler,
      em,
      info,
      { typeName: 'Employee', alias: 'e', where, orderBy: [...orderBy], extra, countSql },
      page,
    );
  };
  const departmentGlobalId = filter?.departmentId || undefined;
  const departmentId = departmentGlobalId
    ? parseGlobalId(departmentGlobalId, 'Department', 'filter.departmentId')
    : undefined;
  let known = departmentId === undefined ? undefined : departmentPaths.get(departmentId);
  if (departmentGlobalId && departmentId !== undefined && known === undefined) {
    // First list of this department in this process: read its path (one small statement), so
    // the page itself is planned with the literal pattern too.
    known = await departmentPathOf(em, departmentGlobalId, 'filter.departmentId');
    rememberPath(departmentId, known);
  }
  let result = await run(known);
  if (departmentId !== undefined) {
    const current = result.extra.departmentPath as string | null | undefined;
    if (!current) {
      departmentPaths.delete(departmentId);
      throw badInput({ field: 'filter.departmentId', message: 'no such department' });
    }
    if (current !== known) {
      rememberPath(departmentId, current);
      result = await run(current);
    }
  }
  return result.connection;
}

/**
 * An employee the caller must be able to see, for operations that target one person. Out of
 * scope → FORBIDDEN (the person exists, just not for this caller); nonexistent → NOT_FOUND.
 */
export async function requireVisibleEmployee(
  em: EntityManager,
  id: number,
  field = 'employeeId',
): Promise<Employee> {
  const employee = await em.findOne(Employee, id);
  if (employee) return employee;
  const exists = await em.count(Employee, { id }, { filters: false });
  if (exists) throw forbidden('This employee is outside your scope', field);
  throw notFound('Employee', id, field);
}
