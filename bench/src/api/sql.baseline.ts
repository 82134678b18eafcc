/**
 * Hand-written SQL returning the same data as the API for scenarios (a)/(c), (b) and (d):
 * what a careful developer would write against this schema without an ORM or GraphQL.
 * Each is ONE statement that builds the response JSON inside PostgreSQL, so the server only
 * passes text through — the floor for "a Node HTTP service answering from this database".
 */

/** (a) one page of a department subtree + the subtree's total, with the nested lists. */
export const EMPLOYEE_PAGE_SQL = `
with root as (select path from department where id = $1),
scope as (
  select e.id, e.name, e.employee_no, e.position_id, e.department_id
  from employee e join department d on d.id = e.department_id
  where d.path like (select path from root) || '%'
),
page as (select * from scope order by employee_no, id limit $2)
select json_build_object('data', json_build_object('employees', json_build_object(
  'totalCount', (select count(*) from scope),
  'nodes', coalesce((
    select json_agg(json_build_object(
      'name', p.name,
      'position', json_build_object('name', pos.name),
      'department', json_build_object('name', dep.name),
      'enrollments', coalesce((
        select json_agg(json_build_object('course', json_build_object('name', c.name), 'examScore', en.exam_score)
                        order by en.enrolled_on, en.id)
        from enrollment en join course c on c.id = en.course_id where en.employee_id = p.id), '[]'),
      'reviews', coalesce((
        select json_agg(json_build_object('period', r.period, 'finalScore', r.final_score) order by r.period_start)
        from performance_review r where r.employee_id = p.id), '[]')
    ) order by p.employee_no, p.id)
    from page p join position pos on pos.id = p.position_id join department dep on dep.id = p.department_id
  ), '[]')
)))::text as body`;

/**
 * (b) the growth archive: the same typed events (same keys, days, fields, order) and summary
 * as api/src/modules/archive/archive.service.ts, computed in one statement. Titles (display
 * strings the API composes) are left out; everything they are made of is included.
 * $1 employee id, $2 from, $3 to (dates).
 */
export const ARCHIVE_SQL = `
with emp as (select id, name, position_id from employee where id = $1),
enr as (
  select en.*, c.code as course_code, c.core, c.name as course_name,
         case when en.hours > 0 then en.hours else c.hours end as credited
  from enrollment en join course c on c.id = en.course_id where en.employee_id = $1),
cases as (select * from practice_case where employee_id = $1),
kpi as (
  select o.id, o.month, o.value, k.code, k.direction,
         lag(o.value) over (partition by o.kpi_id order by o.month) as prior
  from kpi_observation o join kpi_definition k on k.id = o.kpi_id
  where o.employee_id = $1 and o.month <= $3::date),
lect as (
  select s.*, c.code as course_code from course_session s join course c on c.id = s.course_id
  where s.lecturer_id = $1),
reviews as (select * from performance_review where employee_id = $1),
events as (
  select (completed_on) as on_day, 1 as rank, id, json_build_object(
      '__typename', 'EnrollmentCompletedEvent', 'key', 'EnrollmentCompleted:' || id, 'occurredOn', completed_on,
      'passed', status = 'COMPLETED', 'hours', credited, 'examScore', exam_score, 'practiceScore', practice_score,
      'course', json_build_object('code', course_code), 'enrollment', json_build_object('status', status)) as e
    from enr where status in ('COMPLETED', 'FAILED') and completed_on between $2 and $3
  union all
  select starts_on, 2, id, json_build_object(
      '__typename', 'LectureGivenEvent', 'key', 'LectureGiven:' || id, 'occurredOn', starts_on,
      'lectureRating', rating_avg, 'ratingCount', rating_count,
      'course', json_build_object('code', course_code), 'session', json_build_object('startsOn', starts_on))
    from lect where starts_on between $2 and $3
  union all
  select (submitted_at at time zone 'UTC')::date, 3, id, json_build_object(
      '__typename', 'PracticeCaseSubmittedEvent', 'key', 'PracticeCaseSubmitted:' || id,
      'occurredOn', (submitted_at at time zone 'UTC')::date, 'practiceCase', json_build_object('title', title))
    from cases where (submitted_at at time zone 'UTC')::date between $2 and $3
  union all
  select (reviewed_at at time zone 'UTC')::date, 4, id, json_build_object(
      '__typename', 'PracticeCaseApprovedEvent', 'key', 'PracticeCaseApproved:' || id,
      'occurredOn', (reviewed_at at time zone 'UTC')::date, 'score', review_score,
      'practiceCase', json_build_object('status', status))
    from cases where status = 'APPROVED' and (reviewed_at at time zone 'UTC')::date between $2 and $3
  union all
  select (adopted_at at time zone 'UTC')::date, 5, id, json_build_object(
      '__typename', 'PracticeCaseAdoptedEvent', 'key', 'PracticeCaseAdopted:' || id,
      'occurredOn', (adopted_at at time zone 'UTC')::date, 'practiceCase', json_build_object('adoptedAt', adopted_at))
    from cases where (adopted_at at time zone 'UTC')::date between $2 and $3
  union all
  select (k.cited_at at time zone 'UTC')::date, 6, k.id, json_build_object(
      '__typename', 'PracticeCaseCitedEvent', 'key', 'PracticeCaseCited:' || k.id,
      'occurredOn', (k.cited_at at time zone 'UTC')::date, 'department', json_build_object('name', d.name), 'note', k.note)
    from knowledge_citation k join cases c on c.id = k.practice_case_id join department d on d.id = k.department_id
    where (k.cited_at at time zone 'UTC')::date between $2 and $3
  union all
  select month, 7, id, json_build_object(
      '__typename', 'KpiChangeEvent', 'key', 'KpiChange:' || id, 'occurredOn', month,
      'kpi', json_build_object('code', code), 'month', month, 'value', value, 'previousValue', prior,
      'change', value - prior,
      'improved', case when prior is null then null when direction = 'LOWER_IS_BETTER' then value < prior else value > prior end)
    from kpi where month >= $2
  union all
  select coalesce((reviewed_at at time zone 'UTC')::date, period_start), 8, id, json_build_object(
      '__typename', 'PerformanceReviewedEvent', 'key', 'PerformanceReviewed:' || id,
      'occurredOn', coalesce((reviewed_at at time zone 'UTC')::date, period_start),
      'rating', rating, 'finalScore', final_score, 'review', json_build_object('period', period))
    from reviews where coalesce((reviewed_at at time zone 'UTC')::date, period_start) between $2 and $3
  union all
  select p.effective_on, 9, p.id, json_build_object(
      '__typename', 'PromotedEvent', 'key', 'Promoted:' || p.id, 'occurredOn', p.effective_on,
      'fromPosition', json_build_object('code', f.code), 'toPosition', json_build_object('code', t.code))
    from promotion p join position f on f.id = p.from_position_id join position t on t.id = p.to_position_id
    where p.employee_id = $1 and p.effective_on between $2 and $3
  union all
  select a.awarded_on, 10, a.id, json_build_object(
      '__typename', 'AwardedEvent', 'key', 'Awarded:' || a.id, 'occurredOn', a.awarded_on,
      'awardTitle', a.title, 'campaignName', c.name)
    from award a join award_campaign c on c.id = a.campaign_id
    where a.employee_id = $1 and a.awarded_on between $2 and $3
),
campaign as (
  select standard_hours from award_campaign
  where period_start <= make_date(extract(year from $3::date)::int, 12, 31)
    and period_end >= make_date(extract(year from $3::date)::int, 1, 1)
  order by period_start desc, period_end desc limit 1),
hours as (
  select round(coalesce(sum(credited) filter (
    where status = 'COMPLETED' and extract(year from completed_on) = extract(year from $3::date)), 0), 1) as h
  from enr),
latest as (select rating, period from reviews order by period_start desc limit 1)
select json_build_object('data', json_build_object('growthArchive', json_build_object(
  'employee', (select json_build_object('name', name) from emp),
  'events', coalesce((select json_agg(e order by on_day, rank, id) from events), '[]'),
  'summary', json_build_object(
    'year', extract(year from $3::date)::int,
    'hoursThisYear', (select h from hours),
    'standardHours', (select standard_hours from campaign),
    'hoursRatio', (select round((select h from hours) / nullif(standard_hours, 0), 4) from campaign),
    'coreCoursesPassed', (select count(distinct course_id) from enr where status = 'COMPLETED' and core),
    'approvedCases', (select count(*) from cases where status = 'APPROVED'),
    'adoptedCases', (select count(*) from cases where adopted_at is not null),
    'lecturesGiven', (select count(*) from lect),
    'lectureRating', (select round(sum(rating_avg * rating_count) / nullif(sum(rating_count) filter (where rating_avg is not null), 0), 2)
                      from lect where rating_count > 0),
    'latestRating', (select rating from latest),
    'latestReviewPeriod', (select period from latest),
    'currentPosition', (select json_build_object('code', p.code) from emp join position p on p.id = emp.position_id),
    'nextPositions', coalesce((select json_agg(json_build_object('toPosition', json_build_object('code', t.code)) order by cp.id)
                      from career_path cp join position t on t.id = cp.to_position_id
                      where cp.from_position_id = (select position_id from emp)), '[]'))
)))::text as body`;

/** (d) one KPI series by code. $1 employee, $2 KPI code, $3 from (first of month), $4 to. */
export const KPI_SERIES_SQL = `
select json_build_object('data', json_build_object('kpiSeries', json_build_object(
  'kpi', json_build_object('code', k.code),
  'points', coalesce((
    select json_agg(json_build_object('month', o.month, 'value', o.value) order by o.month)
    from kpi_observation o
    where o.employee_id = $1 and o.kpi_id = k.id and o.month between $3 and $4), '[]')
)))::text as body
from kpi_definition k where k.code = $2`;
