import { CourseSession } from '@talentloop/db/entities';
import type { Context } from '../../context';

type Ctx = Pick<Context, 'em' | 'loaders'>;

/**
 * The latest `first` sessions of each course, for many courses in one statement (a window
 * function: at 100 000 employees a course has thousands of runs, and loading them all to show
 * a handful cost seconds). Sessions are catalogue data — not row-scoped — so plain SQL is safe.
 */
export function recentSessions(ctx: Ctx, first: number) {
  return ctx.loaders.custom<number, CourseSession[]>(`recentSessions:${first}`, async (courseIds) => {
    const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
      `select s.* from (
         select cs.*, row_number() over (partition by cs.course_id order by cs.starts_on desc, cs.id desc) as rn
           from course_session cs where cs.course_id in (${courseIds.map(() => '?').join(', ')})
       ) s where s.rn <= ? order by s.course_id, s.starts_on desc, s.id desc`,
      [...courseIds, first],
    );
    const byCourse = new Map<number, CourseSession[]>(courseIds.map((id) => [id, []]));
    for (const { rn: _rn, ...row } of rows) {
      const session = ctx.em.map(CourseSession, row);
      byCourse.get(session.course.id)?.push(session);
    }
    return courseIds.map((id) => byCourse.get(id) ?? []);
  });
}

export interface CourseRating {
  average: number | null;
  count: number;
  sessions: number;
}

/** Rating over all sessions of each course, folded in SQL (weighted by each session's count). */
export function courseRatings(ctx: Ctx) {
  return ctx.loaders.custom<number, CourseRating>('courseRatings', async (courseIds) => {
    const rows = await ctx.em
      .getConnection()
      .execute<{ course_id: number; weighted: string | null; ratings: string | null; sessions: string }[]>(
        `select course_id,
              sum(rating_avg * rating_count) filter (where rating_avg is not null) as weighted,
              sum(rating_count) filter (where rating_avg is not null) as ratings,
              count(*) as sessions
         from course_session where course_id in (${courseIds.map(() => '?').join(', ')})
        group by course_id`,
        [...courseIds],
      );
    const byCourse = new Map(rows.map((r) => [Number(r.course_id), r]));
    return courseIds.map((id) => {
      const r = byCourse.get(id);
      const count = Number(r?.ratings ?? 0);
      return {
        average: count ? Math.round((Number(r!.weighted) / count) * 100) / 100 : null,
        count,
        sessions: Number(r?.sessions ?? 0),
      };
    });
  });
}
