import type { EntityManager } from '@mikro-orm/core';
import { KpiDefinition, KpiObservation } from '@talentloop/db/entities';
import { badInput, notFound } from '../../common/errors';
import { requireVisibleEmployee } from '../employee/employee.service';

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

export async function kpiSeries(
  em: EntityManager,
  employeeId: number,
  kpiCode: string,
  from?: string,
  to?: string,
) {
  if (from && to && from > to) throw badInput({ field: 'to', message: 'must not be before from' });
  const employee = await requireVisibleEmployee(em, employeeId, 'employeeId');
  const kpi = await em.findOne(KpiDefinition, { code: kpiCode });
  if (!kpi) throw notFound('KPI', kpiCode, 'kpi');
  const month: Record<string, string> = {};
  if (from) month.$gte = monthStart(from) ?? from;
  if (to) month.$lte = to;
  const points = await em.find(
    KpiObservation,
    { employee: employee.id, kpi: kpi.id, ...(from || to ? { month } : {}) },
    { orderBy: { month: 'asc' } },
  );
  return { kpi, employee, points };
}
