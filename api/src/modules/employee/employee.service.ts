import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Employee } from '@talentloop/db/entities';
import { badInput, forbidden, notFound } from '../../common/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { paginate, parseGlobalId, type PageRequest } from '../../common/relay';
import { departmentPathOf } from '../department/department.service';
import type { EmployeeFilter, EmployeeSort } from './employee.inputs';
import { EmployeeSortField, SortDirection } from './employee.inputs';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const SORT_COLUMNS: Record<EmployeeSortField, (dir: 'asc' | 'desc') => QueryOrderMap<Employee>> = {
  [EmployeeSortField.NAME]: (dir) => ({ name: dir }),
  [EmployeeSortField.EMPLOYEE_NO]: (dir) => ({ employeeNo: dir }),
  [EmployeeSortField.HIRE_DATE]: (dir) => ({ hireDate: dir }),
  [EmployeeSortField.LEVEL]: (dir) => ({ position: { level: dir } }),
};

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

export async function listEmployees(
  em: EntityManager,
  filter: EmployeeFilter | undefined,
  sort: EmployeeSort | undefined,
  page: PageRequest,
  info?: GraphQLResolveInfo,
) {
  const where = await employeeWhere(em, filter);
  const direction = sort?.direction === SortDirection.DESC ? 'desc' : 'asc';
  // The primary key last makes the order total, so offset cursors are stable across pages.
  const orderBy: QueryOrderMap<Employee>[] = [
    ...(sort ? [SORT_COLUMNS[sort.field](direction)] : [{ employeeNo: 'asc' } as QueryOrderMap<Employee>]),
    { id: 'asc' },
  ];
  return paginate(em, Employee, where, orderBy, page, info);
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
