import { Migration } from '@mikro-orm/migrations';

/**
 * Statistics views for the semantic layer (semantic/, Cube). Owned by the Cube helper.
 *
 * Everything lives in schema `analytics` as plain views: the formulas are here, once, in SQL;
 * Cube exposes them (semantic/model) and materialises them as pre-aggregation tables with
 * refresh keys, so nothing in this file needs a manual REFRESH. docs/metrics.md explains each
 * formula, window and population.
 */
export class Migration20261127190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists analytics;`);

    // One row per employee with the org attributes every metric is cut by and scoped on.
    this.addSql(`
create view analytics.employee_scope as
select e.id as employee_id, e.employee_no, e.name as employee_name, e.status, e.hire_date, e.terminated_on,
       d.id as department_id, d.name as department_name, d.path as department_path,
       p.id as position_id, p.name as position_name, p.family as position_family, p.level as position_level
from employee e
join department d on d.id = e.department_id
join position p on p.id = e.position_id;`);

    // One row per enrollment: the grain of completion, pass rate, exam score, hours and cost.
    this.addSql(`
create view analytics.enrollment_fact as
select en.id as enrollment_id, en.employee_id, en.course_id, en.session_id, en.status,
       en.enrolled_on, date_trunc('month', en.enrolled_on)::date as enrolled_month, en.completed_on,
       en.voluntary, en.attempt, en.hours, en.exam_score,
       case when en.status <> 'WITHDRAWN' then c.cost else 0 end as cost,
       (en.status in ('COMPLETED', 'FAILED'))::int as finished,
       (en.status = 'COMPLETED')::int as passed,
       -- People-count weights: 1 on exactly one row per person (and per course / category /
       -- participation type), so distinct people are a plain SUM and stay additive in rollups.
       (row_number() over (partition by en.employee_id order by en.enrolled_on, en.id) = 1)::int as first_of_employee,
       (row_number() over (partition by en.employee_id, en.course_id order by en.enrolled_on, en.id) = 1)::int as first_of_course,
       (row_number() over (partition by en.employee_id, c.category order by en.enrolled_on, en.id) = 1)::int as first_of_category,
       (row_number() over (partition by en.employee_id, en.voluntary order by en.enrolled_on, en.id) = 1)::int as first_of_type,
       c.name as course_name, c.category as course_category, c.core as course_core, c.mandatory as course_mandatory,
       es.employee_name, es.department_id, es.department_name, es.department_path,
       es.position_family, es.position_level
from enrollment en
join course c on c.id = en.course_id
join analytics.employee_scope es on es.employee_id = en.employee_id;`);

    // One row per employee per month employed (hire month .. termination, within the months that
    // have training data): participation = share of these rows with at least one enrollment.
    this.addSql(`
create view analytics.employee_month as
with bounds as (
  select min(enrolled_on) as lo, max(enrolled_on) as hi from enrollment
), months as (
  select generate_series(date_trunc('month', lo), date_trunc('month', hi), interval '1 month')::date as month
  from bounds where lo is not null
), activity as (
  select en.employee_id, date_trunc('month', en.enrolled_on)::date as month,
         count(*) as enrollments,
         count(*) filter (where en.voluntary) as voluntary_enrollments,
         count(*) filter (where not en.voluntary) as mandatory_enrollments,
         count(*) filter (where en.status in ('COMPLETED', 'FAILED')) as finished,
         count(*) filter (where en.status = 'COMPLETED') as passed,
         sum(en.hours) as hours,
         sum(case when en.status <> 'WITHDRAWN' then c.cost else 0 end) as cost
  from enrollment en join course c on c.id = en.course_id
  group by 1, 2
)
select es.employee_id, m.month, es.department_id, es.department_name, es.department_path, es.position_family,
       1 as employed,
       (coalesce(a.enrollments, 0) > 0)::int as participated,
       (coalesce(a.voluntary_enrollments, 0) > 0)::int as participated_voluntary,
       (coalesce(a.mandatory_enrollments, 0) > 0)::int as participated_mandatory,
       coalesce(a.enrollments, 0) as enrollments,
       coalesce(a.finished, 0) as finished,
       coalesce(a.passed, 0) as passed,
       coalesce(a.hours, 0) as hours,
       coalesce(a.cost, 0) as cost
from analytics.employee_scope es
join months m on m.month >= date_trunc('month', es.hire_date)::date
             and (es.terminated_on is null or m.month <= es.terminated_on)
left join activity a on a.employee_id = es.employee_id and a.month = m.month;`);

    // Course contribution, unit level: for every bound KPI (course_kpi_binding, window W months)
    // and every employee whose first COMPLETED enrollment of the course fell in month c:
    //   change_i = mean(KPI in months c+1..c+W) − mean(KPI in months c−W..c−1)
    // The comparison arm is every employee of the same position family who had not enrolled in
    // the course by the end of that post window, with the same calendar windows around the same
    // month c. did_i = change_i − mean(control changes for (binding, c, family)).
    this.addSql(`
create view analytics.course_contribution_control as
with binding as (
  select b.id as binding_id, b.course_id, b.kpi_id, b.window_months as w
  from course_kpi_binding b where b.active
), first_completion as (
  select en.employee_id, en.course_id, min(en.completed_on) as completed_on
  from enrollment en
  where en.status = 'COMPLETED' and en.completed_on is not null
    and en.course_id in (select course_id from binding)
  group by 1, 2
), first_enrollment as (
  select en.employee_id, en.course_id, min(en.enrolled_on) as enrolled_on
  from enrollment en where en.course_id in (select course_id from binding)
  group by 1, 2
), member as (
  select e.id as employee_id, p.family from employee e join position p on p.id = e.position_id
), cohort as (
  select distinct bd.binding_id, bd.course_id, bd.kpi_id, bd.w, m.family,
         date_trunc('month', fc.completed_on)::date as cohort_month
  from binding bd
  join first_completion fc on fc.course_id = bd.course_id
  join member m on m.employee_id = fc.employee_id
), last_month as (
  select kpi_id, max(month) as last_month from kpi_observation
  where employee_id is not null and kpi_id in (select kpi_id from binding)
  group by 1
), cohort_window as (
  -- Windows per (KPI, W, family, month c): courses bound to the same KPI share one computation.
  select distinct c.kpi_id, c.w, c.family, c.cohort_month,
         (c.cohort_month + make_interval(months => k))::date as month, k > 0 as post
  from cohort c
  join last_month lm on lm.kpi_id = c.kpi_id
  cross join lateral generate_series(-c.w, c.w) as k
  where k <> 0 and (c.cohort_month + make_interval(months => c.w))::date <= lm.last_month
), obs as (
  select o.employee_id, o.kpi_id, o.month, o.value, m.family
  from kpi_observation o join member m on m.employee_id = o.employee_id
  where o.kpi_id in (select kpi_id from binding)
), window_change as (
  -- Grouped on integer keys only: sorting ~1M rows on a text key (family) under a non-C
  -- collation costs several times more; family follows from the employee.
  select cw.kpi_id, cw.w, cw.cohort_month, o.employee_id,
         avg(o.value) filter (where not cw.post) as pre_mean,
         avg(o.value) filter (where cw.post) as post_mean
  from cohort_window cw
  join obs o on o.kpi_id = cw.kpi_id and o.family = cw.family and o.month = cw.month
  group by 1, 2, 3, 4
)
select c.binding_id, c.family as position_family, c.cohort_month, wc.employee_id, wc.pre_mean, wc.post_mean,
       wc.post_mean - wc.pre_mean as change,
       coalesce(date_trunc('month', fc.completed_on)::date = c.cohort_month, false) as treated,
       (fe.enrolled_on is null or fe.enrolled_on > (c.cohort_month + make_interval(months => c.w))::date) as untrained
from cohort c
join window_change wc on wc.kpi_id = c.kpi_id and wc.w = c.w and wc.cohort_month = c.cohort_month
join member m on m.employee_id = wc.employee_id and m.family = c.family
left join first_completion fc on fc.employee_id = wc.employee_id and fc.course_id = c.course_id
left join first_enrollment fe on fe.employee_id = wc.employee_id and fe.course_id = c.course_id
where wc.pre_mean is not null and wc.post_mean is not null;`);

    this.addSql(`
create view analytics.course_contribution_unit as
with arms as (
  select * from analytics.course_contribution_control
), control_cell as (
  select binding_id, position_family, cohort_month,
         count(*) as n_control, avg(change) as control_change, coalesce(var_samp(change), 0) as control_var
  from arms where untrained
  group by 1, 2, 3
)
select t.binding_id, b.course_id, b.kpi_id, k.code as kpi_code, k.direction, b.window_months,
       t.employee_id, es.employee_name, es.department_id, es.department_path, t.position_family, t.cohort_month,
       t.pre_mean, t.post_mean, t.change as treated_change,
       cc.control_change, cc.n_control, cc.control_var,
       t.change - cc.control_change as did,
       -- Improvement in the KPI's good direction, in KPI units.
       case when k.direction = 'LOWER_IS_BETTER' then -1 else 1 end * (t.change - cc.control_change) as improvement,
       k.value_per_unit
from arms t
join control_cell cc on cc.binding_id = t.binding_id and cc.position_family = t.position_family
                    and cc.cohort_month = t.cohort_month
join course_kpi_binding b on b.id = t.binding_id
join kpi_definition k on k.id = b.kpi_id
join analytics.employee_scope es on es.employee_id = t.employee_id
where t.treated;`);

    // Course contribution, one row per binding: the DiD estimate with a 95% CI.
    //   estimate = mean_i(did_i)
    //   SE² = var(did_i)/N_t + Σ_cells (n_t,cell/N_t)² · var(control change)_cell / n_control,cell
    //   CI = estimate ± 1.96·SE; fewer than 30 treated or 30 distinct controls → insufficient data.
    this.addSql(`
create view analytics.course_contribution as
with arms as (
  -- Referenced several times below, so PostgreSQL computes it once.
  select * from analytics.course_contribution_control
), control_cell as (
  select binding_id, position_family, cohort_month,
         count(*) as n_control, avg(change) as control_change, coalesce(var_samp(change), 0) as control_var
  from arms where untrained
  group by 1, 2, 3
), unit as (
  select t.binding_id, t.position_family, t.cohort_month, t.change as treated_change,
         cc.control_change, cc.n_control, cc.control_var, t.change - cc.control_change as did
  from arms t
  join control_cell cc on cc.binding_id = t.binding_id and cc.position_family = t.position_family
                      and cc.cohort_month = t.cohort_month
  where t.treated
), cell as (
  select binding_id, position_family, cohort_month, count(*) as n_t,
         max(n_control) as n_control, max(control_var) as control_var
  from unit group by 1, 2, 3
), totals as (
  select binding_id, count(*) as n_treated, avg(did) as estimate,
         coalesce(var_samp(did), 0) as did_var,
         avg(treated_change) as treated_change, avg(control_change) as control_change
  from unit group by 1
), control_part as (
  select c.binding_id, sum(power(c.n_t::numeric / t.n_treated, 2) * c.control_var / c.n_control) as var_part
  from cell c join totals t using (binding_id) group by 1
), controls as (
  select a.binding_id, count(distinct a.employee_id) as n_control
  from arms a
  join cell c on c.binding_id = a.binding_id and c.position_family = a.position_family and c.cohort_month = a.cohort_month
  where a.untrained
  group by 1
), stats as (
  select t.binding_id, t.n_treated, coalesce(ct.n_control, 0) as n_control, t.estimate, t.treated_change, t.control_change,
         sqrt(t.did_var / t.n_treated + coalesce(cp.var_part, 0)) as std_error
  from totals t
  left join control_part cp using (binding_id)
  left join controls ct using (binding_id)
)
select b.id as binding_id, c.id as course_id, c.name as course_name, c.category as course_category,
       k.id as kpi_id, k.code as kpi_code, k.name as kpi_name, k.unit as kpi_unit, k.direction, b.window_months,
       coalesce(s.n_treated, 0) as n_treated, coalesce(s.n_control, 0) as n_control,
       (coalesce(s.n_treated, 0) >= 30 and coalesce(s.n_control, 0) >= 30) as sufficient,
       case when coalesce(s.n_treated, 0) >= 30 and coalesce(s.n_control, 0) >= 30 then 'OK' else 'INSUFFICIENT_DATA' end as evidence,
       s.treated_change, s.control_change,
       case when s.n_treated >= 30 and s.n_control >= 30 then s.estimate end as estimate,
       case when s.n_treated >= 30 and s.n_control >= 30 then s.std_error end as std_error,
       case when s.n_treated >= 30 and s.n_control >= 30 then s.estimate - 1.96 * s.std_error end as ci_low,
       case when s.n_treated >= 30 and s.n_control >= 30 then s.estimate + 1.96 * s.std_error end as ci_high,
       case when s.n_treated >= 30 and s.n_control >= 30 then
         (s.estimate - 1.96 * s.std_error > 0 or s.estimate + 1.96 * s.std_error < 0) end as significant
from course_kpi_binding b
join course c on c.id = b.course_id
join kpi_definition k on k.id = b.kpi_id
left join stats s on s.binding_id = b.id
where b.active;`);

    // KPIs that restate another KPI's gain in other units, so ROI does not count one gain twice
    // (SALES_AMOUNT = reference × (1 + SALES_GROWTH/100)). Data, not code: HR may edit it.
    this.addSql(`
create table analytics.roi_excluded_kpi (
  kpi_code text primary key,
  reason text not null
);`);
    this.addSql(`
insert into analytics.roi_excluded_kpi (kpi_code, reason) values
  ('SALES_AMOUNT', 'Same gain as SALES_GROWTH (sales = reference × (1 + growth/100)); monetised once, through SALES_GROWTH.');`);

    // Training ROI (Phillips), one row per employee × course with a measured KPI contribution:
    //   benefit = Σ over the course's bound KPIs (minus roi_excluded_kpi) of
    //             improvement (DiD, good direction, per month) × value per unit (CNY per unit per
    //             employee-month) × W (the months of the tracking window — no extrapolation beyond it)
    //   cost    = fully loaded cost of that employee's enrollments in the course (every attempt,
    //             withdrawn ones excluded): course cost per participant.
    this.addSql(`
create view analytics.training_roi_unit as
with benefit as (
  select u.employee_id, u.course_id, min(u.cohort_month) as cohort_month,
         sum(u.improvement * u.value_per_unit * u.window_months) as benefit, count(*) as kpis
  from analytics.course_contribution_unit u
  where u.kpi_code not in (select kpi_code from analytics.roi_excluded_kpi)
  group by 1, 2
), priced as (
  -- Cost per (employee, course) as an index lookup per row: a join against an aggregate of all
  -- enrollments is planned as a nested loop when row estimates are off, and turns quadratic.
  select b.*,
         (select coalesce(sum(c.cost), 0) from enrollment en join course c on c.id = en.course_id
           where en.employee_id = b.employee_id and en.course_id = b.course_id and en.status <> 'WITHDRAWN') as cost,
         (select coalesce(sum(en.hours), 0) from enrollment en
           where en.employee_id = b.employee_id and en.course_id = b.course_id and en.status <> 'WITHDRAWN') as hours
  from benefit b
)
select b.employee_id, b.course_id, co.name as course_name, co.category as course_category, b.cohort_month,
       es.employee_name, es.department_id, es.department_name, es.department_path, es.position_family,
       b.benefit, b.cost, b.hours, b.kpis,
       (row_number() over (partition by b.employee_id order by b.course_id) = 1)::int as first_of_employee,
       (row_number() over (partition by b.employee_id, co.category order by b.course_id) = 1)::int as first_of_category
from priced b
join course co on co.id = b.course_id
join analytics.employee_scope es on es.employee_id = b.employee_id;`);

    // Training profile of promoted staff, as counts per course and per category:
    //   promoted  = employees with a promotion; "with" = completed the course before their first
    //               promotion's effective date;
    //   comparison = employees never promoted, not heading a department, whose current position is
    //               the from-position of at least one observed promotion (they stood on the same
    //               rungs); "with" = ever completed.
    this.addSql(`
create view analytics.promotion_training_profile as
with first_promotion as (
  select employee_id, min(effective_on) as effective_on from promotion group by 1
), ladder as (
  select distinct from_position_id as position_id from promotion
), population as (
  select fp.employee_id, true as promoted, fp.effective_on as cutoff
  from first_promotion fp
  union all
  select e.id, false, null::date
  from employee e
  where e.position_id in (select position_id from ladder)
    and not exists (select 1 from promotion p where p.employee_id = e.id)
    -- Department heads are not candidates for the next rung in the same way; leave them out.
    and not exists (select 1 from department d where d.head_id = e.id)
), completed as (
  select distinct pop.employee_id, pop.promoted, en.course_id
  from population pop
  join enrollment en on en.employee_id = pop.employee_id and en.status = 'COMPLETED'
   and (pop.cutoff is null or en.completed_on < pop.cutoff)
), group_size as (
  select count(*) filter (where promoted) as promoted_n, count(*) filter (where not promoted) as comparison_n
  from population
), by_course as (
  select 'COURSE'::text as item_type, c.id::text as item_key, c.name as item_name, c.category,
         count(distinct cp.employee_id) filter (where cp.promoted) as promoted_with,
         count(distinct cp.employee_id) filter (where not cp.promoted) as comparison_with
  from course c left join completed cp on cp.course_id = c.id
  group by c.id, c.name, c.category
), by_category as (
  select 'CATEGORY'::text, c.category, c.category, c.category,
         count(distinct cp.employee_id) filter (where cp.promoted),
         count(distinct cp.employee_id) filter (where not cp.promoted)
  from course c left join completed cp on cp.course_id = c.id
  group by c.category
)
select x.item_type, x.item_key, x.item_name, x.category,
       g.promoted_n, x.promoted_with, g.comparison_n, x.comparison_with
from (select * from by_course union all select * from by_category) x
cross join group_size g;`);

    // Traits of award nominees, one row per nomination × trait, evaluated in the campaign's window:
    //   CORE_COURSE   completed ≥ 1 core course
    //   LECTURING_2   lectured ≥ 2 course sessions
    //   ADOPTED_CASE  had a practice case adopted into the knowledge base
    //   HOURS_120     hours of courses completed (COMPLETED, by completed_on) ≥ 120% of the standard
    this.addSql(`
create view analytics.award_nominee_trait as
with nominee as (
  select n.id as nomination_id, n.employee_id, n.campaign_id, n.result, ac.name as campaign_name, ac.period,
         ac.period_start, ac.period_end, ac.standard_hours
  from award_nomination n join award_campaign ac on ac.id = n.campaign_id
  where n.result in ('AWARDED', 'NOT_AWARDED')
), facts as (
  select nm.nomination_id,
         exists (select 1 from enrollment en join course c on c.id = en.course_id
                 where en.employee_id = nm.employee_id and c.core and en.status = 'COMPLETED'
                   and en.completed_on between nm.period_start and nm.period_end) as core_course,
         (select count(*) from course_session s where s.lecturer_id = nm.employee_id
            and s.starts_on between nm.period_start and nm.period_end) >= 2 as lecturing_2,
         exists (select 1 from practice_case pc where pc.employee_id = nm.employee_id
                   and pc.adopted_at is not null
                   and pc.adopted_at::date between nm.period_start and nm.period_end) as adopted_case,
         coalesce((select sum(en.hours) from enrollment en where en.employee_id = nm.employee_id
                   and en.status = 'COMPLETED'
                   and en.completed_on between nm.period_start and nm.period_end), 0)
           >= 1.2 * nm.standard_hours as hours_120
  from nominee nm
)
select x.*,
       -- People-count weights (see enrollment_fact): one row per winner overall / per trait /
       -- per winning nomination.
       (x.winner = 1 and row_number() over (partition by x.employee_id, x.winner order by x.campaign_id, x.trait) = 1)::int as winner_first_of_employee,
       (x.winner = 1 and row_number() over (partition by x.employee_id, x.winner, x.trait order by x.campaign_id) = 1)::int as winner_first_of_trait,
       (x.winner = 1 and x.trait = 'CORE_COURSE')::int as winner_nomination
from (
select nm.nomination_id, nm.employee_id, nm.campaign_id, nm.campaign_name, nm.period,
       (nm.result = 'AWARDED')::int as winner, t.trait, t.has_trait::int as has_trait,
       es.department_id, es.department_path, es.position_family
from nominee nm
join facts f on f.nomination_id = nm.nomination_id
join analytics.employee_scope es on es.employee_id = nm.employee_id
cross join lateral (values ('CORE_COURSE', f.core_course), ('LECTURING_2', f.lecturing_2),
                           ('ADOPTED_CASE', f.adopted_case), ('HOURS_120', f.hours_120)) as t(trait, has_trait)
) x;`);

    // Lecturer value-added, one row per scored enrollment taught by an internal lecturer:
    //   residual = exam score − mean exam score of the same course over all sessions
    // A lecturer's value-added is the mean residual of their trainees (exam points above the
    // course average). Exam scores, not KPIs: most courses have no bound KPI, and trainees' KPI
    // gains are already attributed per course by the DiD.
    this.addSql(`
create view analytics.lecturer_trainee as
with scored as (
  select en.id as enrollment_id, en.employee_id, en.course_id, s.lecturer_id, en.exam_score,
         avg(en.exam_score) over (partition by en.course_id) as course_mean
  from enrollment en join course_session s on s.id = en.session_id
  where en.exam_score is not null and s.lecturer_id is not null
)
select sc.enrollment_id, sc.lecturer_id, le.employee_name as lecturer_name, le.department_id as lecturer_department_id,
       le.department_path as lecturer_department_path, sc.employee_id as trainee_id, sc.course_id, c.name as course_name,
       sc.exam_score, sc.course_mean, sc.exam_score - sc.course_mean as exam_residual,
       (row_number() over (partition by sc.employee_id order by sc.enrollment_id) = 1)::int as first_of_trainee,
       (row_number() over (partition by sc.employee_id, sc.lecturer_id order by sc.enrollment_id) = 1)::int as first_of_lecturer,
       (row_number() over (partition by sc.employee_id, sc.course_id order by sc.enrollment_id) = 1)::int as first_of_course,
       (row_number() over (partition by sc.employee_id, sc.lecturer_id, sc.course_id order by sc.enrollment_id) = 1)::int as first_of_lecturer_course
from scored sc
join analytics.employee_scope le on le.employee_id = sc.lecturer_id
join course c on c.id = sc.course_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists analytics cascade;`);
  }
}
