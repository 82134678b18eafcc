/* eslint-disable @typescript-eslint/no-explicit-any -- responses are untyped JSON; this module projects them. */
/**
 * Projects each engine's answer onto one canonical form, so "returns the same data" is
 * checked, not assumed, before anything is timed. Numbers are compared to 6 decimals
 * (PostgreSQL numeric vs JS float), instants as ISO strings, PostGraphile's numeric strings
 * as numbers. Display-only `title` strings of archive events are not compared (the SQL
 * baseline does not compose them).
 */

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

export function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? new Date(value).toISOString() : value;
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort())
      out[key] = canonical((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** (a)/(c): total + rows of [name, position, department, enrollments, reviews]. */
export function employeePageFromApi(body: any) {
  const c = body.data.employees;
  return canonical({
    total: c.totalCount,
    rows: c.nodes.map((n: any) => [
      n.name,
      n.position.name,
      n.department.name,
      n.enrollments.map((e: any) => [e.course.name, num(e.examScore)]),
      n.reviews.map((r: any) => [r.period, num(r.finalScore)]),
    ]),
  });
}

export const employeePageFromSql = employeePageFromApi;

export function employeePageFromPostGraphile(body: any) {
  const c = body.data.allEmployees;
  return canonical({
    total: c.totalCount,
    rows: c.nodes.map((n: any) => [
      n.name,
      n.positionByPositionId.name,
      n.departmentByDepartmentId.name,
      n.enrollmentsByEmployeeId.nodes.map((e: any) => [e.courseByCourseId.name, num(e.examScore)]),
      n.performanceReviewsByEmployeeId.nodes.map((r: any) => [r.period, num(r.finalScore)]),
    ]),
  });
}

export function archiveFromApi(body: any) {
  const a = body.data.growthArchive;
  return canonical({
    employee: a.employee,
    events: a.events.map(({ title: _title, ...rest }: any) => rest),
    summary: a.summary,
  });
}

export const archiveFromSql = archiveFromApi;

export function kpiFromApi(body: any) {
  const s = body.data.kpiSeries;
  return canonical({ kpi: s.kpi.code, points: s.points.map((p: any) => [p.month, num(p.value)]) });
}

export const kpiFromSql = kpiFromApi;

export function kpiFromPostGraphile(body: any) {
  const k = body.data.kpiDefinitionByCode;
  return canonical({
    kpi: k.code,
    points: k.kpiObservationsByKpiId.nodes.map((p: any) => [p.month, num(p.value)]),
  });
}

/** First difference between two canonical values, as a JSON path, or null when equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}
