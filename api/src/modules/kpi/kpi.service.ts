import type { EntityManager } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput, forbidden, notFound } from '../../common/errors';
import { compilerFor } from '../../readpath/connection';
import type { CompiledObject } from '../../readpath/install';
import { rootSelectionSets, subSelections } from '../../readpath/selection';
import { runSql } from '../../readpath/sql';

/** 'YYYY-MM-DD' or 'YYYY-MM' → first day of that month, 'YYYY-MM-01'; null when not a real month. */
export function monthStart(value: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3]) {
    const day = Number(match[3]);
    const probe = new Date(Date.UTC(Number(match[1]), month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  }
  return `${match[1]}-${match[2]}-01`;
}

interface SeriesRow {
  found: number;
  visible: boolean;
  kpiId: number | null;
  kpi: CompiledObject | null;
  employee: CompiledObject | null;
  points: CompiledObject[] | null;
}

/**
 * Monthly values of one KPI for one employee as ONE statement: the row-scope check, the KPI
 * and the selected points built as JSON by the read path. Out of scope → FORBIDDEN, no such
 * employee → NOT_FOUND, unknown KPI code → NOT_FOUND on `kpi` (checked in that order).
 */
export async function kpiSeries(
  em: EntityManager,
  info: GraphQLResolveInfo,
  employeeId: number,
  kpiCode: string,
  from?: string,
  to?: string,
) {
  if (from && to && from > to) throw badInput({ field: 'to', message: 'must not be before from' });
  const c = compilerFor(em, info);
  const top = c.fields('KpiSeries', rootSelectionSets(info));
  const id = c.params.bind(employeeId);
  const code = c.params.bind(kpiCode);
  const scope = c.rowScope('Employee', 'r');
  const columns = [
    `(select count(*)::int from employee x where x.id = ${id}) as found`,
    `exists (select 1 from employee r where r.id = ${id}${scope ? ` and ${scope}` : ''}) as visible`,
    `(select k.id from kpi_definition k where k.code = ${code}) as "kpiId"`,
  ];
  const kpiSets = subSelections(top, 'kpi');
  if (kpiSets.length)
    columns.push(
      `(select ${c.object('KpiDefinition', 'k', kpiSets)} from kpi_definition k where k.code = ${code}) as kpi`,
    );
  const employeeSets = subSelections(top, 'employee');
  if (employeeSets.length)
    columns.push(
      `(select ${c.object('Employee', 'e', employeeSets)} from employee e where e.id = ${id}) as employee`,
    );
  const pointSets = subSelections(top, 'points');
  if (pointSets.length) {
    const where = [
      `o.employee_id = ${id}`,
      `o.kpi_id = (select k.id from kpi_definition k where k.code = ${code})`,
    ];
    if (from) where.push(`o.month >= ${c.params.bind(monthStart(from) ?? from)}`);
    if (to) where.push(`o.month <= ${c.params.bind(to)}`);
    columns.push(
      `coalesce((select json_agg(${c.object('KpiObservation', 'o', pointSets)} order by o.month) from kpi_observation o where ${where.join(' and ')}), '[]'::json) as points`,
    );
  }
  const [row] = await runSql<SeriesRow>(em, c.params, `select ${columns.join(', ')}`);
  if (!row!.visible) {
    if (row!.found) throw forbidden('This employee is outside your scope', 'employeeId');
    throw notFound('Employee', employeeId, 'employeeId');
  }
  if (row!.kpiId === null) throw notFound('KPI', kpiCode, 'kpi');
  return { kpi: row!.kpi, employee: row!.employee, points: row!.points ?? [] };
}
