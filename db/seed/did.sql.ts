// The reference difference-in-differences estimator of GROUND_TRUTH.md, as one plain SQL query
// over the base tables. The seed tests run it to prove the planted effects are recoverable; the
// semantic layer's own DiD must agree with it within the documented tolerances.
//
// For each employee who COMPLETED `course` (first completion, month M) and has `kpi` rows:
//   d_treated = mean(kpi, M+1..M+3) − mean(kpi, M−3..M−1)
//   d_control = mean over never-completers in the KPI population of the same difference, same M
// DiD = mean(d_treated − d_control); se = sd(d_treated − d_control) / √n.
// Parameters: $1 = course code, $2 = KPI code.

export const DID_SQL = `
with obs as (
  select o.employee_id, extract(year from o.month)::int * 12 + extract(month from o.month)::int as mi, o.value
  from kpi_observation o join kpi_definition k on k.id = o.kpi_id
  where k.code = $2 and o.employee_id is not null
),
pop as (select distinct employee_id from obs),
treated as (
  select en.employee_id, min(extract(year from en.completed_on)::int * 12 + extract(month from en.completed_on)::int) as m
  from enrollment en join course c on c.id = en.course_id
  where c.code = $1 and en.status = 'COMPLETED' and en.employee_id in (select employee_id from pop)
  group by en.employee_id
),
delta as (
  select o.employee_id, t.m,
         avg(o.value) filter (where o.mi between t.m + 1 and t.m + 3)
       - avg(o.value) filter (where o.mi between t.m - 3 and t.m - 1) as d
  from (select distinct m from treated) t join obs o on o.mi between t.m - 3 and t.m + 3
  group by o.employee_id, t.m
),
control as (
  select d.m, avg(d.d) as d_control, count(*) as n
  from delta d where d.employee_id not in (select employee_id from treated)
  group by d.m
),
per_treated as (
  select t.employee_id, d.d - c.d_control as diff, d.d as d_treated
  from treated t
  join delta d on d.employee_id = t.employee_id and d.m = t.m
  join control c on c.m = t.m
)
select count(*)::int as n_treated,
       ((select count(*) from pop) - (select count(*) from treated))::int as n_control,
       avg(diff)::float8 as did,
       (stddev_samp(diff) / sqrt(count(*)))::float8 as se,
       avg(d_treated)::float8 as naive
from per_treated`;

export interface DidResult {
  n_treated: number;
  n_control: number;
  did: number;
  se: number;
  /** The bare before/after change of the treated (biased by the common trend). */
  naive: number;
}
