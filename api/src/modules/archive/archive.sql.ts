import type { SelectionSetNode } from 'graphql';
import { EnrollmentStatus, KpiDirection, PracticeCaseStatus } from '@talentloop/db/entities';
import type { ReadPathCompiler } from '../../readpath/compiler';
import { subSelections } from '../../readpath/selection';

/**
 * The growth archive's SQL (one statement, see archive.service.ts): the ten event sources as
 * one UNION ALL, and the summary's aggregates. Linked records (an event's course, case,
 * review …) are compiled from the request's selection by the read-path compiler, so they cost
 * nothing when not asked for. Same-day order is cause before effect: the `rank` column.
 */

/** Order of same-day events: cause before effect (complete → submit → approve → adopt → cite …). */
const SAME_DAY_ORDER = [
  'EnrollmentCompletedEvent',
  'LectureGivenEvent',
  'PracticeCaseSubmittedEvent',
  'PracticeCaseApprovedEvent',
  'PracticeCaseAdoptedEvent',
  'PracticeCaseCitedEvent',
  'KpiChangeEvent',
  'PerformanceReviewedEvent',
  'PromotedEvent',
  'AwardedEvent',
] as const;
type EventType = (typeof SAME_DAY_ORDER)[number];

/** Hours credited for an enrollment: what was recorded, else the course's nominal hours. */
const CREDITED_HOURS = 'case when en.hours > 0 then en.hours else co.hours end';

/** The UTC calendar day of an instant, as the archive dates instants. */
const utcDay = (column: string) => `(${column} at time zone 'UTC')::date`;

export interface ArchiveSqlInput {
  employeeId: string;
  from: string | null;
  to: string | null;
}

/** One event source: its row, the day, and the event's own fields (plus title ingredients, `$`-prefixed). */
interface Source {
  type: EventType;
  day: string;
  id: string;
  fields: (linked: (name: string, sql: (sets: SelectionSetNode[]) => string) => string[]) => string[];
  from: string;
  where: string[];
}

export class ArchiveSql {
  constructor(
    private readonly c: ReadPathCompiler,
    private readonly input: ArchiveSqlInput,
  ) {}

  private bind(value: unknown) {
    return this.c.params.bind(value);
  }

  private range(day: string): string[] {
    const { from, to } = this.input;
    return [
      `${day} is not null`,
      ...(from ? [`${day} >= ${this.bind(from)}`] : []),
      ...(to ? [`${day} <= ${this.bind(to)}`] : []),
    ];
  }

  private sources(): Source[] {
    const id = this.input.employeeId;
    const c = this.c;
    const obj = (type: string, alias: string) => (sets: SelectionSetNode[]) => c.object(type, alias, sets);
    const byId = (type: string, column: string) => (sets: SelectionSetNode[]) => {
      const alias = c.alias('l');
      return `(select ${c.object(type, alias, sets)} from ${c.table(type)} ${alias} where ${alias}.id = ${column})`;
    };
    const cases = `practice_case pc`;
    return [
      {
        type: 'EnrollmentCompletedEvent',
        day: 'en.completed_on',
        id: 'en.id',
        from: 'enrollment en join course co on co.id = en.course_id',
        where: [
          `en.employee_id = ${id}`,
          `en.status in (${this.bind(EnrollmentStatus.COMPLETED)}, ${this.bind(EnrollmentStatus.FAILED)})`,
        ],
        fields: (linked) => [
          `'passed', en.status = ${this.bind(EnrollmentStatus.COMPLETED)}`,
          `'hours', ${CREDITED_HOURS}`,
          `'examScore', en.exam_score`,
          `'practiceScore', en.practice_score`,
          `'$course', co.name`,
          ...linked('enrollment', obj('Enrollment', 'en')),
          ...linked('course', obj('Course', 'co')),
        ],
      },
      {
        type: 'LectureGivenEvent',
        day: 'se.starts_on',
        id: 'se.id',
        from: 'course_session se join course co on co.id = se.course_id',
        where: [`se.lecturer_id = ${id}`],
        fields: (linked) => [
          `'lectureRating', se.rating_avg`,
          `'ratingCount', se.rating_count`,
          `'$course', co.name`,
          ...linked('session', obj('CourseSession', 'se')),
          ...linked('course', obj('Course', 'co')),
        ],
      },
      {
        type: 'PracticeCaseSubmittedEvent',
        day: utcDay('pc.submitted_at'),
        id: 'pc.id',
        from: cases,
        where: [`pc.employee_id = ${id}`],
        fields: (linked) => [`'$case', pc.title`, ...linked('practiceCase', obj('PracticeCase', 'pc'))],
      },
      {
        type: 'PracticeCaseApprovedEvent',
        day: utcDay('pc.reviewed_at'),
        id: 'pc.id',
        from: cases,
        where: [`pc.employee_id = ${id}`, `pc.status = ${this.bind(PracticeCaseStatus.APPROVED)}`],
        fields: (linked) => [
          `'score', pc.review_score`,
          `'$case', pc.title`,
          ...linked('practiceCase', obj('PracticeCase', 'pc')),
        ],
      },
      {
        type: 'PracticeCaseAdoptedEvent',
        day: utcDay('pc.adopted_at'),
        id: 'pc.id',
        from: cases,
        where: [`pc.employee_id = ${id}`],
        fields: (linked) => [`'$case', pc.title`, ...linked('practiceCase', obj('PracticeCase', 'pc'))],
      },
      {
        type: 'PracticeCaseCitedEvent',
        day: utcDay('ci.cited_at'),
        id: 'ci.id',
        from: 'knowledge_citation ci join practice_case pc on pc.id = ci.practice_case_id',
        where: [`pc.employee_id = ${id}`],
        fields: (linked) => [
          `'note', ci.note`,
          `'$case', pc.title`,
          ...linked('practiceCase', obj('PracticeCase', 'pc')),
          ...linked('department', byId('Department', 'ci.department_id')),
        ],
      },
      {
        type: 'KpiChangeEvent',
        day: 'ko.month',
        id: 'ko.id',
        // The previous value of the same KPI, whatever its month (before `from` included).
        from: `(select o.*, lag(o.value) over (partition by o.kpi_id order by o.month) as prior
                  from kpi_observation o where o.employee_id = ${id}${this.input.to ? ` and o.month <= ${this.bind(this.input.to)}` : ''}) ko
               join kpi_definition k on k.id = ko.kpi_id`,
        where: [],
        fields: (linked) => [
          `'month', ko.month`,
          `'value', ko.value`,
          `'previousValue', ko.prior`,
          `'change', ko.value - ko.prior`,
          `'improved', case when ko.prior is null then null when k.direction = ${this.bind(KpiDirection.LOWER_IS_BETTER)} then ko.value < ko.prior else ko.value > ko.prior end`,
          `'$kpiName', k.name`,
          `'$kpiUnit', k.unit`,
          ...linked('kpi', obj('KpiDefinition', 'k')),
        ],
      },
      {
        type: 'PerformanceReviewedEvent',
        day: `coalesce(${utcDay('rv.reviewed_at')}, rv.period_start)`,
        id: 'rv.id',
        from: 'performance_review rv',
        where: [`rv.employee_id = ${id}`],
        fields: (linked) => [
          `'rating', rv.rating`,
          `'finalScore', rv.final_score`,
          `'$period', rv.period`,
          ...linked('review', obj('PerformanceReview', 'rv')),
        ],
      },
      {
        type: 'PromotedEvent',
        day: 'pr.effective_on',
        id: 'pr.id',
        from: 'promotion pr',
        where: [`pr.employee_id = ${id}`],
        fields: (linked) => [
          ...linked('fromPosition', byId('Position', 'pr.from_position_id')),
          ...linked('toPosition', byId('Position', 'pr.to_position_id')),
        ],
      },
      {
        type: 'AwardedEvent',
        day: 'aw.awarded_on',
        id: 'aw.id',
        from: 'award aw join award_campaign ca on ca.id = aw.campaign_id',
        where: [`aw.employee_id = ${id}`],
        fields: () => [`'awardTitle', aw.title`, `'campaignName', ca.name`],
      },
    ];
  }

  /** The timeline as one ordered json array (empty array when there is nothing). */
  events(eventSets: SelectionSetNode[]): string {
    const branches = this.sources().map((source) => {
      const selected = this.c.fields(source.type, eventSets);
      const linked = (name: string, sql: (sets: SelectionSetNode[]) => string) => {
        const sets = subSelections(selected, name);
        return sets.length ? [`'${name}', ${sql(sets)}`] : [];
      };
      const key = source.type.replace(/Event$/, '');
      const event = [
        `'__typename', '${source.type}'`,
        `'key', '${key}:' || ${source.id}`,
        `'occurredOn', ${source.day}`,
        ...source.fields(linked),
      ];
      const where = [...source.where, ...this.range(source.day)];
      return `select ${source.day} as day_, ${SAME_DAY_ORDER.indexOf(source.type)} as rank_, ${source.id} as id_, json_build_object(${event.join(', ')}) as event_
  from ${source.from} where ${where.join(' and ')}`;
    });
    return `coalesce((select json_agg(ev.event_ order by ev.day_, ev.rank_, ev.id_) from (
  ${branches.join('\n  union all\n  ')}
) ev), '[]'::json)`;
  }

  /**
   * The summary's figures as one json object: all-time counts, the hour figures of `year`,
   * the latest review, the current position and its career-path edges (compiled objects).
   * Ratios are divided in JS (archive.service.ts) so they round like every other figure.
   */
  summary(summarySets: SelectionSetNode[], year: number): string {
    const id = this.input.employeeId;
    const c = this.c;
    const fields = c.fields('GrowthArchiveSummary', summarySets);
    const position = `(select r.position_id from employee r where r.id = ${id})`;
    const parts = [
      `'hoursThisYear', (select round(coalesce(sum(${CREDITED_HOURS}), 0), 1) from enrollment en join course co on co.id = en.course_id
         where en.employee_id = ${id} and en.status = ${this.bind(EnrollmentStatus.COMPLETED)}
           and en.completed_on between ${this.bind(`${year}-01-01`)} and ${this.bind(`${year}-12-31`)})`,
      // The campaign starting last; among those starting together the longest (the annual one).
      `'standardHours', (select ca.standard_hours from award_campaign ca
         where ca.period_start <= ${this.bind(`${year}-12-31`)} and ca.period_end >= ${this.bind(`${year}-01-01`)}
         order by ca.period_start desc, ca.period_end desc limit 1)`,
      `'coreCoursesPassed', (select count(distinct en.course_id) from enrollment en join course co on co.id = en.course_id
         where en.employee_id = ${id} and en.status = ${this.bind(EnrollmentStatus.COMPLETED)} and co.core)`,
      `'approvedCases', (select count(*) from practice_case pc where pc.employee_id = ${id} and pc.status = ${this.bind(PracticeCaseStatus.APPROVED)})`,
      `'adoptedCases', (select count(*) from practice_case pc where pc.employee_id = ${id} and pc.adopted_at is not null)`,
      `'lecturesGiven', (select count(*) from course_session se where se.lecturer_id = ${id})`,
      `'lectureRatingSum', (select sum(se.rating_avg * se.rating_count) from course_session se
         where se.lecturer_id = ${id} and se.rating_avg is not null and se.rating_count > 0)`,
      `'lectureRatingCount', (select sum(se.rating_count) from course_session se
         where se.lecturer_id = ${id} and se.rating_avg is not null and se.rating_count > 0)`,
      `'latest', (select json_build_object('rating', rv.rating, 'period', rv.period) from performance_review rv
         where rv.employee_id = ${id} order by rv.period_start desc, rv.id desc limit 1)`,
    ];
    const current = subSelections(fields, 'currentPosition');
    if (current.length) {
      parts.push(
        `'currentPosition', (select ${c.object('Position', 'cp', current)} from position cp where cp.id = ${position})`,
      );
    }
    const next = subSelections(fields, 'nextPositions');
    if (next.length) {
      parts.push(
        `'nextPositions', coalesce((select json_agg(${c.object('CareerPath', 'np', next)} order by np.id) from career_path np where np.from_position_id = ${position}), '[]'::json)`,
      );
    }
    return `json_build_object(${parts.join(',\n    ')})`;
  }
}
